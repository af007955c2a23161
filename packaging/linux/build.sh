#!/usr/bin/env bash
# Make the Linux packages from the PyInstaller folder dist/smm-desktop (./dev package runs this):
#   dist/smm-desktop_<version>_amd64.deb                 installs to /opt/smm-desktop (needs root)
#   dist/smm-desktop-<version>-linux-x86_64.tar.gz       install.sh puts it in ~/.local (no root)
# The icons come from build/icons (packaging/make_icons.py). Needs dpkg-deb and tar.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
HERE="$ROOT/packaging/linux"
BUNDLE="$ROOT/dist/smm-desktop"
ICONS="$ROOT/build/icons/hicolor"
APPSTREAM_ID=org.smmdesktop.SMMDesktop
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' smm_desktop/__init__.py)
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
[ -x "$BUNDLE/smm-desktop" ] || { echo "build.sh: no bundle in $BUNDLE (run PyInstaller first)" >&2; exit 1; }
[ -d "$ICONS" ] || { echo "build.sh: no icons in $ICONS (run packaging/make_icons.py)" >&2; exit 1; }

# Libraries the bundle takes from the system (the spec leaves them out on purpose, see _SYSTEM):
# glibc, OpenGL/EGL, fontconfig/freetype, glib, D-Bus, X11/xcb with the xcb platform's helpers,
# xkbcommon, Wayland. Checked by `ldd` below: a library not found and not listed fails the build.
DEPENDS="libc6 (>= 2.34), libstdc++6, libgl1, libegl1, libopengl0, libfontconfig1, libfreetype6, \
libglib2.0-0, libdbus-1-3, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, \
libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render0, libxcb-render-util0, \
libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-xkb1, libxcb-glx0, \
libxcb-util1, libxkbcommon0, libxkbcommon-x11-0, libwayland-client0, libwayland-cursor0, \
libwayland-egl1, libexpat1, libuuid1, zlib1g, libgssapi-krb5-2, libbrotli1, libzstd1"
RECOMMENDS="fonts-noto-core, xdg-utils, shared-mime-info, desktop-file-utils, hicolor-icon-theme"

missing_libraries() {  # the bundle's ELF files whose libraries this system cannot find
    find "$BUNDLE" -type f -name '*.so*' -o -type f -name smm-desktop | while read -r elf; do
        LD_LIBRARY_PATH="$BUNDLE/_internal:$BUNDLE/_internal/PySide6/Qt/lib" ldd "$elf" 2>/dev/null \
            | awk -v f="${elf#"$BUNDLE"/}" '/not found/ {print f": "$1}'
    done | grep -v -E 'libqwayland|wayland-|libqxcb-egl|libqxcb-glx' || true
}

install_desktop_files() {  # install_desktop_files SHARE: menu entry, metadata, MIME type, icons
    local share=$1
    install -Dm644 "$HERE/smm-desktop.desktop" "$share/applications/smm-desktop.desktop"
    install -Dm644 "$HERE/$APPSTREAM_ID.metainfo.xml" "$share/metainfo/$APPSTREAM_ID.metainfo.xml"
    install -Dm644 "$HERE/smm-desktop-mime.xml" "$share/mime/packages/smm-desktop.xml"
    (cd "$ICONS" && find . -type f) | while read -r icon; do
        install -Dm644 "$ICONS/$icon" "$share/icons/hicolor/$icon"
    done
}

make_deb() {
    local stage="$ROOT/build/deb/smm-desktop_${VERSION}_$ARCH"
    rm -rf "$stage"
    mkdir -p "$stage/opt" "$stage/DEBIAN"
    cp -a "$BUNDLE" "$stage/opt/smm-desktop"
    install -Dm755 "$HERE/launcher.sh" "$stage/usr/bin/smm-desktop"
    install_desktop_files "$stage/usr/share"
    install -Dm644 "$HERE/copyright" "$stage/usr/share/doc/smm-desktop/copyright"
    install -m755 "$HERE/postinst" "$HERE/postrm" "$stage/DEBIAN/"
    local size
    size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
    sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$size/" \
        -e "s/@DEPENDS@/$DEPENDS/" -e "s/@RECOMMENDS@/$RECOMMENDS/" \
        "$HERE/control.in" > "$stage/DEBIAN/control"
    dpkg-deb --root-owner-group -Zxz -z6 --build "$stage" "$ROOT/dist/smm-desktop_${VERSION}_$ARCH.deb"
}

make_tarball() {
    local name="smm-desktop-$VERSION-linux-x86_64" stage="$ROOT/build/tar"
    rm -rf "$stage"
    mkdir -p "$stage/$name"
    cp -a "$BUNDLE" "$stage/$name/app"
    install_desktop_files "$stage/$name/share"
    install -m755 "$HERE/install.sh" "$HERE/uninstall.sh" "$stage/$name/"
    install -m644 "$HERE/copyright" "$stage/$name/COPYRIGHT"
    tar -C "$stage" -czf "$ROOT/dist/$name.tar.gz" "$name"
    echo "build.sh: dist/$name.tar.gz"
}

desktop-file-validate "$HERE/smm-desktop.desktop"
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$HERE/$APPSTREAM_ID.metainfo.xml"
else
    echo "build.sh: appstreamcli not found (apt package appstream): metainfo not validated" >&2
fi
missing=$(missing_libraries)
if [ -n "$missing" ]; then
    echo "build.sh: libraries neither bundled nor found on this system:" >&2
    echo "$missing" >&2
    exit 1
fi
make_deb
make_tarball
echo "build.sh: bundle $(du -sh "$BUNDLE" | cut -f1) in dist/smm-desktop"
