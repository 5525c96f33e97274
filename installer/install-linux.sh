#!/usr/bin/env bash
# Install the desktop entry, icon and *.brief file type for the current user (Linux).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
install -Dm644 "$here/briefing.desktop" "$share/applications/briefing.desktop"
install -Dm644 "$here/../resources/icons/briefing.svg" "$share/icons/hicolor/scalable/apps/briefing.svg"
install -Dm644 "$here/briefing-mime.xml" "$share/mime/packages/briefing.xml"
update-mime-database "$share/mime" 2>/dev/null || true
update-desktop-database "$share/applications" 2>/dev/null || true
echo "installed the Briefing desktop entry for $USER"
