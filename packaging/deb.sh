#!/usr/bin/env bash
# Builds the .deb: a Release build for /usr in build-deb/ (or $BUILD_DIR), then CPack.
# Prints the package's control fields; the .deb is left in the build folder.
# Extra arguments go to cmake.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export BUILD_DIR="${BUILD_DIR:-$here/../build-deb}"
"$here/deps.sh"
BUILD_TYPE=Release "$here/build.sh" -DCMAKE_INSTALL_PREFIX=/usr -DBUILD_TESTING=OFF "$@"
cd "$BUILD_DIR"
cpack -G DEB
for deb in ./*.deb; do
    dpkg-deb --info "$deb"
done
