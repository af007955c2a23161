"""File > Export / Import JSON from the window, and a table to CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.backups import list_backups
from smm_desktop.settings import Settings
from smm_desktop.ui.controller import Controller

from .helpers import brands_shown, close_controller, fast_first_backup, make_workspace

WAIT_MS = 10_000


@pytest.fixture(autouse=True)
def no_delay(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return fast_first_backup(monkeypatch)


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[Controller]:
    made = Controller(Settings(), persist=False)
    yield made
    close_controller(made)


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_export_then_import_into_another_workspace(
        qtbot: QtBot, controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_workspace(tmp_path / "source.smmws", "Palm Café", "Bloom")
    assert controller.open_workspace(str(source))
    out = tmp_path / "export.json"
    choose_file(monkeypatch, out)
    controller.window.commands.export_json.trigger()
    qtbot.waitUntil(lambda: out.exists(), timeout=WAIT_MS)
    assert sorted(b["name"] for b in json.loads(out.read_text("utf-8"))["brands"]) == ["Bloom", "Palm Café"]
    target = make_workspace(tmp_path / "target.smmws", "Existing")
    assert controller.open_workspace(str(target))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    controller.window.commands.import_json.trigger()
    qtbot.waitUntil(lambda: len(brands_shown(controller)) == 3, timeout=WAIT_MS)
    assert "New brands: 2." in asked[0]
    assert brands_shown(controller) == ["Bloom", "Existing", "Palm Café"]
    assert [b.reason for b in list_backups(target, target.parent / "backups")].count("before-import") == 1


def test_a_bad_file_is_refused_with_where_and_nothing_changes(
        qtbot: QtBot, controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = make_workspace(tmp_path / "target.smmws", "Existing")
    assert controller.open_workspace(str(target))
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "smm-desktop-workspace",\n "format_version": 1,\n "brands": [}', "utf-8")
    choose_file(monkeypatch, bad)
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: (
        seen.append((box.text(), box.informativeText(), box.detailedText())), 0)[1])
    controller.window.commands.import_json.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    headline, where, detail = seen[0]
    assert headline == "The file is not valid JSON."
    assert "line 3" in where and "bad.json" in detail
    assert brands_shown(controller) == ["Existing"]


def test_export_of_one_brand_holds_only_that_brand(
        qtbot: QtBot, controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_workspace(tmp_path / "source.smmws", "Palm Café", "Bloom")
    assert controller.open_workspace(str(source))
    ctx = controller.window.ctx
    assert ctx is not None
    palm = next(b for b in ctx.services.brands.list_brands() if b.name == "Palm Café")
    ctx.scope.set_brand(palm.id)
    out = tmp_path / "palm.json"
    choose_file(monkeypatch, out)
    controller.window.commands.export_brand_json.trigger()
    qtbot.waitUntil(lambda: out.exists(), timeout=WAIT_MS)
    assert [b["name"] for b in json.loads(out.read_text("utf-8"))["brands"]] == ["Palm Café"]


def test_a_table_exports_to_csv_as_shown_with_risky_cells_defused(
        controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_workspace(tmp_path / "source.smmws", "=HYPERLINK(1)")
    assert controller.open_workspace(str(source))
    ctx = controller.window.ctx
    assert ctx is not None and controller.window.strategy is not None
    brand = ctx.services.brands.list_brands()[0]
    ctx.services.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "palm.cafe"))
    ctx.hub.changed.emit("accounts")
    out = tmp_path / "accounts.csv"
    choose_file(monkeypatch, out)
    controller.window.strategy.accounts.export_csv()
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
    assert rows[0] == ["Platform", "Handle", "Profile", "Status"]
    # a cell starting with @ could run in a spreadsheet: it is defused like = + - (OWASP)
    assert rows[1] == ["Instagram", "'@palm.cafe", "https://www.instagram.com/palm.cafe/", "Active"]
    controller.window.strategy.brands.export_csv()
    brands = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
    assert brands[1][0] == "'=HYPERLINK(1)"


def test_csv_numbers_are_latin_digits_whatever_the_screen_shows(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    controller = Controller(Settings(digits="arabic"), persist=False)
    try:
        source = make_workspace(tmp_path / "source.smmws", "Palm Café")
        assert controller.open_workspace(str(source))
        ctx = controller.window.ctx
        assert ctx is not None and controller.window.strategy is not None
        brand = ctx.services.brands.list_brands()[0]
        for handle in ("palm.one", "palm.two"):
            ctx.services.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, handle))
        ctx.hub.changed.emit("accounts")
        panel = controller.window.strategy.brands
        assert "٢" in panel.model.index(0, 3).data()  # the screen shows Arabic-Indic digits
        out = tmp_path / "brands.csv"
        choose_file(monkeypatch, out)
        panel.export_csv()
        rows = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
        assert rows[1][3] == "2"
        assert "(rows: 1)" in controller.window.statusBar().currentMessage()
    finally:
        close_controller(controller)


def test_an_import_that_only_adds_strategy_rows_is_offered_and_shown(
        qtbot: QtBot, controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Merging a brand the workspace has: its new goals count, and the goals view reloads."""
    workspace = make_workspace(tmp_path / "w.smmws", "Palm Café")
    assert controller.open_workspace(str(workspace))
    out = tmp_path / "export.json"
    choose_file(monkeypatch, out)
    controller.window.commands.export_json.trigger()
    qtbot.waitUntil(lambda: out.exists(), timeout=WAIT_MS)
    document = json.loads(out.read_text("utf-8"))
    document["brands"][0]["business_goals"] = [
        {"ref": 1, "kind": "awareness", "description": "Known by students"}]
    out.write_text(json.dumps(document), "utf-8")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    controller.window.commands.import_json.trigger()
    ctx = controller.window.ctx
    assert ctx is not None
    brand_id = ctx.services.brands.list_brands()[0].id
    qtbot.waitUntil(lambda: bool(ctx.services.goals.list_business_goals(brand_id)), timeout=WAIT_MS)
    assert "Strategy rows to add (goals, snapshots, personas, audits, guide, reviews…): 1." in asked[0]
    shown = controller.window.strategy.goals.business.model  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: shown.rowCount() == 1, timeout=WAIT_MS)
