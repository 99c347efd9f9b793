#!/usr/bin/env bash
# Installs what is missing, builds, and launches Cashews Studio on an embedded mem:// store
# seeded with demo data (no server needed). Arguments go to cashews-studio.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/deps.sh"
"$here/build.sh"
exec "$here/../build/app/studio/cashews-studio" "$@"
