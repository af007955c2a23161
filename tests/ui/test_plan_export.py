"""The calendar's Export… menu: asks for a file, writes it off the GUI thread, says so; a
failure is reported and leaves no half file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from smm_desktop.services.plan_export import ExportKind
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs.calendar.plan_export import plan_texts

from .calendar_helpers import add_post, make_brand, make_tab


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(path), "")))


@pytest.mark.parametrize("kind", list(ExportKind))
def test_exports_the_month_shown(qtbot: QtBot, ctx: UiContext, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch, kind: ExportKind) -> None:
    brand, accounts = make_brand(ctx)
    add_post(ctx, brand, "Tulip week", datetime(2027, 3, 12, 9, 30), [accounts[0].id])
    tab = make_tab(qtbot, ctx)
    assert tab.exporter.button.menu() is not None
    target = tmp_path / "plan"  # no suffix: the kind's is added
    _choose(monkeypatch, target)
    tab.exporter.export(kind)
    written = target.with_name(f"plan.{kind.value}")
    qtbot.waitUntil(lambda: not tab.exporter.running and written.exists())
    data = written.read_bytes()
    assert b"Tulip week" in data or kind is ExportKind.PDF
    assert len([p for p in tmp_path.iterdir() if p.name.startswith(".")]) == 0


def test_failure_is_reported(qtbot: QtBot, ctx: UiContext, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    make_brand(ctx)
    tab = make_tab(qtbot, ctx)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    _choose(monkeypatch, tmp_path / "missing folder" / "plan.csv")
    tab.exporter.export(ExportKind.CSV)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["The plan could not be exported."]
    assert not (tmp_path / "missing folder").exists()


def test_cancel_writes_nothing(qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    make_brand(ctx)
    tab = make_tab(qtbot, ctx)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: ("", "")))
    tab.exporter.export(ExportKind.PDF)
    assert not tab.exporter.running


def test_texts_follow_the_locale(qapp: object) -> None:
    texts = plan_texts(2027, 3, "latin")
    assert texts.month_title and len(texts.weekdays) == 7 and texts.headers["caption"]
