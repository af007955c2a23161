"""Render the app icon from its one SVG source, and write the Windows version resource.

    python packaging/make_icons.py [OUT]   (OUT defaults to build/)

OUT/icons/hicolor/<N>x<N>/apps/smm-desktop.png for the Linux sizes, OUT/icons/smm-desktop.ico
(Windows), OUT/icons/smm-desktop.icns (macOS) and OUT/windows-version.txt. Qt's own SVG renderer
(QtSvg, part of PySide6-Essentials) draws every size, so no other tool is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "smm-desktop.svg"
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (the @2x ones share sizes).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
              (b"ic14", 512))


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon as PNG bytes at size x size pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"make_icons: could not encode a {size} px PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (Windows Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose elements are PNG images."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def windows_version(version: str) -> str:
    """The VSVersionInfo PyInstaller puts in the .exe (Explorer's Details tab)."""
    numbers = (tuple(int(part) for part in version.split(".")[:3]) + (0, 0, 0, 0))[:4]
    strings = {"CompanyName": "SMM Desktop", "FileDescription": "SMM Desktop",
               "FileVersion": version, "InternalName": "smm-desktop",
               "OriginalFilename": "smm-desktop.exe", "ProductName": "SMM Desktop",
               "ProductVersion": version, "LegalCopyright": "GPL-3.0-or-later"}
    table = ", ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return (f"VSVersionInfo(ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),\n"
            f"  kids=[StringFileInfo([StringTable('040904B0', [{table}])]),\n"
            f"        VarFileInfo([VarStruct('Translation', [1033, 1200])])])\n")


def main(out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from smm_desktop import __version__

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SOURCE} is not a valid SVG")
    sizes = sorted({*LINUX_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    pngs = {size: render(renderer, size) for size in sizes}
    icons = out / "icons"
    for size in LINUX_SIZES:
        folder = icons / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "smm-desktop.png").write_bytes(pngs[size])
    scalable = icons / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / "smm-desktop.svg").write_bytes(SOURCE.read_bytes())
    (icons / "smm-desktop.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (icons / "smm-desktop.icns").write_bytes(icns(pngs))
    (out / "windows-version.txt").write_text(windows_version(__version__), encoding="utf-8")
    print(f"make_icons: {len(LINUX_SIZES)} PNG sizes, .ico, .icns and the version file in {out}")
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build")
