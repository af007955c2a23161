"""`smm-desktop --self-test`: every check passes on a sound install, a broken one is named and
fails the run, and the GUI's arguments take a workspace the way a file manager passes it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from smm_desktop import app as gui
from smm_desktop.ui import fonts, self_test
from smm_desktop.ui.file_open import FileOpenFilter

CHECKS = ("workspace", "brand", "post", "plan PDF", "report PDF", "fonts", "translations",
          "close")


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))


def test_every_check_passes_and_is_printed(qapp: QApplication) -> None:
    out = io.StringIO()
    assert self_test.run(out=out) == self_test.EXIT_PASSED
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0].removeprefix("ok").strip() for line in lines[1:-1]] == list(CHECKS)
    assert lines[-1] == "self-test passed"
    assert "2 pages" in next(line for line in lines if "plan PDF" in line)
    assert "client report in Arabic" in next(line for line in lines if "report PDF" in line)


def test_a_failed_check_is_named_and_stops_the_run(qapp: QApplication,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "UI_FONTS", ("Missing-Regular.ttf",))
    out = io.StringIO()
    assert self_test.run(out=out) == self_test.EXIT_FAILED
    text = out.getvalue()
    assert "FAIL  fonts: CheckFailed: Missing-Regular.ttf did not load" in text
    assert text.splitlines()[-1] == "self-test failed: fonts"
    assert "translations" not in text


def test_a_pdf_without_pages_is_refused() -> None:
    with pytest.raises(self_test.CheckFailed, match="not a PDF"):
        self_test.describe_pdf(b"<html>not a pdf</html>")
    with pytest.raises(self_test.CheckFailed, match="0 pages"):
        self_test.describe_pdf(b"%PDF-1.4\n/Type /Pages\n%%EOF")


def test_the_command_line_runs_it_in_a_new_process(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           **{v: str(tmp_path / v.lower()) for v in ("XDG_DATA_HOME", "XDG_CONFIG_HOME",
                                                      "XDG_STATE_HOME", "XDG_CACHE_HOME")}}
    done = subprocess.run([sys.executable, "-m", "smm_desktop", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "self-test passed"
    assert not (tmp_path / "xdg_data_home" / "smm-desktop").exists()  # no user data touched


def test_a_workspace_is_the_plain_argument_a_file_manager_passes() -> None:
    args, _qt = gui.build_parser().parse_known_args(["/home/me/Clients.smmws"])
    assert args.file == "/home/me/Clients.smmws"
    args, _qt = gui.build_parser().parse_known_args(["--workspace", "/w.smmws"])
    assert (args.workspace, args.file) == ("/w.smmws", None)
    with pytest.raises(SystemExit):
        gui.build_parser().parse_args(["--workspace", "/a.smmws", "/b.smmws"])


def test_a_macos_file_open_event_opens_the_workspace(qapp: QApplication) -> None:
    opened: list[str] = []
    event_filter = FileOpenFilter.install(qapp, opened.append)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent("/Users/me/Clients.smmws"))
    finally:
        qapp.removeEventFilter(event_filter)
        event_filter.deleteLater()
    assert opened == ["/Users/me/Clients.smmws"]
