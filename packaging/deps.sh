#!/usr/bin/env bash
# Installs the Debian 12 packages Cashews Studio needs (only the missing ones).
# Sourced or run by run.sh, test.sh and bench.sh.
set -euo pipefail

PACKAGES=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    qt6-declarative-dev
    qcoro-qt6-dev libhiredis-dev libsqlite3-dev zlib1g-dev libzstd-dev libssl-dev libgl-dev libqt6opengl6-dev libxkbcommon-dev
    qtkeychain-qt6-dev
    qt6-httpserver-dev qt6-websockets-dev
    redis-server redis-tools openssl python3 python3-diskcache
    xvfb xauth
    dpkg-dev file desktop-file-utils appstream
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
