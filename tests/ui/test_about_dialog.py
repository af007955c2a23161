"""Help > About: the version, the GPL, and the notices the bundled software's licences ask for
(Qt's LGPL with where its source is, the fonts' OFL texts, every runtime library)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from smm_desktop import __version__
from smm_desktop.settings import Settings
from smm_desktop.ui.controller import Controller
from smm_desktop.ui.dialogs.about_dialog import AboutDialog, read_notices

ROOT = Path(__file__).resolve().parents[2]


def _browsers(dialog: AboutDialog) -> list[QTextBrowser]:
    pages = (dialog.tabs.widget(i) for i in range(dialog.tabs.count()))
    return [page for page in pages if isinstance(page, QTextBrowser)]


def test_shows_the_version_the_licence_and_the_notices(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    heading = dialog.findChild(QLabel, "aboutHeading")
    summary = dialog.findChild(QLabel, "aboutSummary")
    assert heading is not None and summary is not None
    assert __version__ in heading.text()
    assert "GNU General Public License" in summary.text() and "gpl-3.0" in summary.text()
    notices, font_licences = (b.toPlainText() for b in _browsers(dialog))
    assert "LGPL" in notices and "download.qt.io" in notices
    assert font_licences.count("SIL OPEN FONT LICENSE") >= 2  # Noto and Amiri


def test_every_runtime_library_has_a_notice() -> None:
    """A dependency added to pyproject.toml without its licence in THIRD_PARTY.md fails here."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    notices = read_notices().lower().replace("_", "-")
    for requirement in project["dependencies"]:
        name = re.split(r"[\s<>=!~\[;]", requirement, maxsplit=1)[0].lower().replace("_", "-")
        name = name.removesuffix("-essentials")  # PySide6-Essentials is PySide6 there
        assert name in notices, f"{name} has no notice in resources/THIRD_PARTY.md"


def test_legal_texts_stay_left_to_right_in_arabic(qtbot: QtBot, qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert all(b.layoutDirection() == Qt.LayoutDirection.LeftToRight for b in _browsers(dialog))
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[Controller]:
    made = Controller(Settings(), persist=False)
    yield made
    made.window.close()
    made.window.deleteLater()


def test_help_about_opens_it(controller: Controller, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[AboutDialog] = []

    def exec_(dialog: AboutDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AboutDialog, "exec", exec_)
    controller.window.commands.about.trigger()
    assert len(shown) == 1 and shown[0].parent() is controller.window
