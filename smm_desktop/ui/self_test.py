"""`smm-desktop --self-test`: proves an installed copy works (a packaged build above all).

Opens a throwaway workspace (so the bundled migrations run), creates a brand and a post, renders
the month's plan PDF and a client report PDF in Arabic, and checks the bundled fonts and the
Arabic translations load. Prints one line per check; exit 0 when all pass, 1 naming the first
failure. The output is an English diagnostic on purpose: it goes to a terminal or a CI log.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from smm_desktop import APP_NAME, __version__, paths

if TYPE_CHECKING:
    from smm_desktop.services.registry import Services

EXIT_PASSED, EXIT_FAILED = 0, 1
Check = Callable[[], str]


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


def run(qt_args: list[str] | None = None, out: TextIO | None = None) -> int:
    """Run every check in order, stop at the first failure; the exit code of the app."""
    out = out or _output()
    app = QApplication.instance() or QApplication([sys.argv[0], *(qt_args or [])])
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "Python environment"
    _say(out, f"{APP_NAME} {__version__} self-test ({frozen}, Qt platform "
              f"{QApplication.platformName()}, resources in {paths.resources_dir()})")
    with tempfile.TemporaryDirectory(prefix="smm-self-test-") as folder:
        for name, check in _checks(Path(folder)):
            try:
                _say(out, f"ok    {name}: {check()}")
            except Exception as err:  # any failure is the answer, named
                _say(out, f"FAIL  {name}: {type(err).__name__}: {err}")
                _say(out, f"self-test failed: {name}")
                return EXIT_FAILED
    del app
    _say(out, "self-test passed")
    return EXIT_PASSED


def _checks(folder: Path) -> list[tuple[str, Check]]:
    state = _Scratch(folder)
    return [("workspace", state.open_workspace), ("brand", state.create_brand),
            ("post", state.create_post), ("plan PDF", state.render_plan_pdf),
            ("report PDF", state.render_report_pdf),
            ("fonts", check_fonts), ("translations", check_translations),
            ("close", state.close)]


class _Scratch:
    """The temporary workspace the checks share."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.workspace: object | None = None
        self.brand_id = 0

    def services(self) -> Services:
        """The services of the scratch workspace (imported late, like the app does)."""
        from smm_desktop.services.registry import Services
        from smm_desktop.services.workspace import Workspace

        assert isinstance(self.workspace, Workspace)
        return Services(self.workspace)

    def open_workspace(self) -> str:
        from smm_desktop.db.migrate import current_revision
        from smm_desktop.services.workspace import Workspace

        path = self.folder / f"self-test{paths.WORKSPACE_SUFFIX}"
        self.workspace = Workspace.open(path, backup_dir=self.folder / "backups")
        return f"created {path.name}, migrated to {current_revision(self.workspace.engine)}"

    def create_brand(self) -> str:
        from smm_desktop.services.brands import BrandInput

        brand = self.services().brands.create(
            BrandInput("مقهى الاختبار Self-test", country="SA", languages=("ar", "en")))
        self.brand_id = brand.id
        if self.services().brands.get(brand.id).name != brand.name:
            raise CheckFailed("the brand's Arabic name did not read back the same")
        return f"brand #{brand.id} saved and read back (Arabic name)"

    def create_post(self) -> str:
        from smm_desktop.domain.enums import PostStatus
        from smm_desktop.services.post_data import PostInput

        when = datetime.now().replace(day=10, hour=18, minute=0, second=0, microsecond=0)
        post = self.services().posts.create(self.brand_id, PostInput(
            topic="Self-test post", status=PostStatus.SCHEDULED, scheduled_at=when))
        return f"post #{post.id} scheduled for {when:%Y-%m-%d %H:%M}"

    def render_plan_pdf(self) -> str:
        from smm_desktop.services import plan_export
        from smm_desktop.services.plan_export import ExportKind, MonthRequest

        now = datetime.now()
        request = MonthRequest(self.brand_id, now.year, now.month, rtl_language=True)
        path = plan_export.export_month(self.services(), request, ExportKind.PDF,
                                        self.folder / "plan.pdf")
        return describe_pdf(path.read_bytes())

    def render_report_pdf(self) -> str:
        """This month's client report, in Arabic with its translated words (the charts'
        matplotlib and the bundled .qm load here too)."""
        from smm_desktop.reports import report_data as rd
        from smm_desktop.reports.report_pdf import render
        from smm_desktop.ui.tabs.reports.report_texts import report_texts

        today = date.today()
        report = self.services().reports.build(rd.ReportRequest(
            self.brand_id, rd.ReportKind.MONTHLY, today.replace(day=1), today, language="ar"))
        data = render(report, report_texts("ar"))
        (self.folder / "report.pdf").write_bytes(data)
        return describe_pdf(data, "a monthly client report in Arabic")

    def close(self) -> str:
        from smm_desktop.services.workspace import Workspace

        assert isinstance(self.workspace, Workspace)
        self.workspace.close()
        return "the workspace closed cleanly"


def describe_pdf(data: bytes, what: str = "the month's plan") -> str:
    """What the PDF is, or CheckFailed when it is not one with pages."""
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    if not data.startswith(b"%PDF-") or pages < 1 or b"%%EOF" not in data[-1024:]:
        raise CheckFailed(f"not a PDF with pages ({len(data)} bytes, {pages} pages)")
    return f"{what} rendered: {len(data)} bytes, {pages} pages, Arabic and Latin fonts"


def check_fonts() -> str:
    """The bundled UI fonts load into Qt and give the families the app asks for."""
    from smm_desktop.ui.fonts import UI_FAMILIES, UI_FONTS

    families: set[str] = set()
    for name in UI_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
        if font_id < 0:
            raise CheckFailed(f"{name} did not load from {paths.resource('fonts')}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    missing = [family for family in UI_FAMILIES if family not in families]
    if missing:
        raise CheckFailed(f"no {', '.join(missing)} among {sorted(families)}")
    return f"{len(UI_FONTS)} fonts loaded: {', '.join(sorted(families))}"


def check_translations() -> str:
    """The app's Arabic .qm and Qt's own Arabic translations load and translate."""
    app_qm = _load("smm_desktop_ar", str(paths.resource("i18n")))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_qm = _load("qtbase_ar", qt_dir)
    # The keys are held in names so lupdate does not take them for the app's own strings.
    app_key, qt_key = ("Actions", "&Quit"), ("QPlatformTheme", "Cancel")
    quit_text = app_qm.translate(*app_key)
    if not quit_text or quit_text == "&Quit":
        raise CheckFailed("smm_desktop_ar.qm loaded but did not translate 'Actions|&Quit'")
    if not qt_qm.translate(*qt_key):
        raise CheckFailed("qtbase_ar.qm loaded but did not translate 'QPlatformTheme|Cancel'")
    return f"smm_desktop_ar.qm and qtbase_ar.qm (from {qt_dir}) translate"


def _load(name: str, folder: str) -> QTranslator:
    translator = QTranslator(QCoreApplication.instance())
    if not translator.load(name, folder):
        raise CheckFailed(f"{name}.qm not found in {folder}")
    return translator


def _output() -> TextIO:
    """Standard output; a windowed Windows build has none, so a file in the log folder then."""
    if sys.stdout is not None:
        return sys.stdout
    paths.log_dir().mkdir(parents=True, exist_ok=True)
    return (paths.log_dir() / "self-test.txt").open("w", encoding="utf-8")


def _say(out: TextIO, line: str) -> None:
    out.write(line + "\n")
    out.flush()
