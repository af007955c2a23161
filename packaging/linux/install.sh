#!/bin/sh
# Install SMM Desktop for this user only, without root: the app in ~/.local/lib/smm-desktop, a
# command in ~/.local/bin, the menu entry, the icon and the workspace file type in ~/.local/share.
#   ./install.sh            (run it from the unpacked folder; ./uninstall.sh undoes it)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APP="$HOME/.local/lib/smm-desktop"
BIN="$HOME/.local/bin"

[ -x "$HERE/app/smm-desktop" ] || { echo "install.sh: run me from the unpacked folder" >&2; exit 1; }
rm -rf "$APP"
mkdir -p "$APP" "$BIN"
cp -a "$HERE/app/." "$APP/"
cp "$HERE/uninstall.sh" "$APP/uninstall.sh"
ln -sf "$APP/smm-desktop" "$BIN/smm-desktop"

# The menu entry starts the app by its full path: ~/.local/bin is not on every PATH.
mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo"
sed -e "s|^Exec=smm-desktop|Exec=$APP/smm-desktop|" -e "s|^TryExec=smm-desktop|TryExec=$APP/smm-desktop|" \
    "$HERE/share/applications/smm-desktop.desktop" > "$DATA/applications/smm-desktop.desktop"
cp "$HERE/share/mime/packages/smm-desktop.xml" "$DATA/mime/packages/"
cp "$HERE"/share/metainfo/*.metainfo.xml "$DATA/metainfo/"
cp -R "$HERE/share/icons" "$DATA/"

command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ] \
    && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "SMM Desktop is installed: find it in your applications menu, or run $BIN/smm-desktop"
echo "To remove it: $APP/uninstall.sh"
