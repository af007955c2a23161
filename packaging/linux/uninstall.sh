#!/bin/sh
# Remove what install.sh put in ~/.local. Your workspaces and settings stay where they are.
set -eu
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APP="$HOME/.local/lib/smm-desktop"

rm -f "$HOME/.local/bin/smm-desktop" "$DATA/applications/smm-desktop.desktop" \
    "$DATA/mime/packages/smm-desktop.xml" "$DATA"/metainfo/org.smmdesktop.SMMDesktop.metainfo.xml
find "$DATA/icons/hicolor" -name 'smm-desktop.png' -o -name 'smm-desktop.svg' 2>/dev/null \
    | while read -r icon; do rm -f "$icon"; done
rm -rf "$APP"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
echo "SMM Desktop is removed (your workspaces and settings are kept)."
