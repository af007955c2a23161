"""The packaging files agree with the app: one workspace extension and MIME type everywhere, the
menu entry starts the app with the file, and the icon renders from its one SVG source into the
Linux, Windows and macOS formats. (CI builds and installs the real package: .ci/run.)"""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from smm_desktop import __version__, paths

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
MIME_TYPE = "application/x-smm-workspace"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / "smm-desktop.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture(scope="module")
def make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_menu_entry_opens_workspace_files_with_the_app() -> None:
    entry = _desktop_entry()
    assert entry["Exec"] == "smm-desktop %f" and entry["Icon"] == "smm-desktop"
    assert entry["MimeType"].split(";")[0] == MIME_TYPE


def test_the_mime_type_is_the_apps_workspace_extension() -> None:
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = ET.parse(LINUX / "smm-desktop-mime.xml").getroot().find("m:mime-type", namespace)
    assert kind is not None and kind.get("type") == MIME_TYPE
    globs = [g.get("pattern") for g in kind.findall("m:glob", namespace)]
    assert globs == [f"*{paths.WORKSPACE_SUFFIX}"]


def test_windows_and_macos_claim_the_same_extension() -> None:
    suffix = paths.WORKSPACE_SUFFIX
    iss = (ROOT / "packaging" / "windows" / "smm-desktop.iss").read_text(encoding="utf-8")
    assert f'Subkey: "Software\\Classes\\{suffix}"' in iss
    spec = (ROOT / "packaging" / "smm_desktop.spec").read_text(encoding="utf-8")
    assert f'WORKSPACE_SUFFIX = "{suffix.lstrip(".")}"' in spec
    assert f'"public.mime-type": ["{MIME_TYPE}"]' in spec


def test_the_appstream_file_names_the_menu_entry_and_the_release() -> None:
    root = ET.parse(LINUX / "org.smmdesktop.SMMDesktop.metainfo.xml").getroot()
    assert root.findtext("id") == "org.smmdesktop.SMMDesktop"
    assert root.findtext("launchable") == "smm-desktop.desktop"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    releases = [r.get("version") for r in root.iter("release")]
    assert __version__ in releases, "add a <release> for the app's version"


def test_the_icon_renders_into_every_format(make_icons: ModuleType, tmp_path: Path,
                                            qapp: object) -> None:
    """With the tests' QApplication: a QGuiApplication the script made and dropped here would
    abort the next test that makes widgets."""
    make_icons.main(tmp_path)
    for size in make_icons.LINUX_SIZES:
        png = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "smm-desktop.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png.read_bytes()[16:24]) == (size, size)
    ico = (tmp_path / "icons" / "smm-desktop.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(make_icons.ICO_SIZES))
    icns = (tmp_path / "icons" / "smm-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    version = (tmp_path / "windows-version.txt").read_text(encoding="utf-8")
    assert re.search(rf"'ProductVersion', '{re.escape(__version__)}'", version)


def test_the_macos_document_type_is_a_valid_plist() -> None:
    """The Info.plist part of the spec, evaluated alone, makes a plist macOS can read."""
    spec = (ROOT / "packaging" / "smm_desktop.spec").read_text(encoding="utf-8")
    start = spec.index("info_plist={") + len("info_plist=")
    end = spec.index("\n        },\n    )", start) + len("\n        }")
    names = {"APP_NAME": "SMM Desktop", "__version__": __version__,
             "BUNDLE_ID": "org.smmdesktop.SMMDesktop", "WORKSPACE_SUFFIX": "smmws"}
    info = eval(spec[start:end], {}, names)  # our own file: literals only
    document = info["CFBundleDocumentTypes"][0]
    assert document["CFBundleTypeExtensions"] == ["smmws"]
    assert info["LSMinimumSystemVersion"] and info["CFBundleShortVersionString"] == __version__
    assert plistlib.loads(plistlib.dumps(info)) == info
