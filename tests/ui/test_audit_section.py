"""The Account audit section: empty states, the accounts with their last audit, the report, and
new / edit / delete through the undo stack (audits and their baseline snapshots together)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import AuditItem, CheckResult, Platform, SnapshotSource
from smm_desktop.domain.errors import Conflict
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountData, AccountInput
from smm_desktop.services.audits import AuditData, AuditInput, CheckEntry
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.snapshots import SnapshotData
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.audit_dialog import AuditDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.tabs.strategy.audit_section import AuditSection

from .goal_helpers import english_numbers

DAY = date.today() - timedelta(days=10)
F = Metric.FOLLOWERS
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture(autouse=True)
def _english_numbers(qapp: object) -> Iterator[None]:
    with english_numbers():
        yield


@pytest.fixture
def account(ctx: UiContext) -> AccountData:
    brand = ctx.services.brands.create(BrandInput("Bloom & Co."))
    ctx.scope.set_brand(brand.id)
    return ctx.services.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloomandco"))


def _section(qtbot: QtBot, ctx: UiContext) -> AuditSection:
    section = AuditSection(ctx)
    qtbot.addWidget(section)
    section.resize(1100, 600)
    section.show()
    return section


def _focus(qtbot: QtBot, section: AuditSection) -> None:
    """Make the section's window active and give the accounts table focus (for its keys)."""
    with qtbot.waitActive(section):
        section.activateWindow()
    section.view.setFocus()
    qtbot.waitUntil(section.view.hasFocus)


def _audit(day: date = DAY, followers: float = 1200.0) -> AuditInput:
    return AuditInput(day, checks=(CheckEntry(AuditItem.BIO_LINK, CheckResult.FIX, "Old link"),
                                   CheckEntry(AuditItem.IMAGES, CheckResult.PASS)),
                      posts_last_90_days=26, best_posts="Wedding reels", notes="Take-over",
                      baseline={F: followers})


def _answer(monkeypatch: pytest.MonkeyPatch, *answers: AuditInput | None) -> list[Any]:
    """Make AuditDialog.run give `answers` in turn (None = cancelled); returns what it got."""
    calls: list[Any] = []
    queue = list(answers)

    def run(cls: type, parent: Any, validator: Any, env: Any, initial: Any) -> Any:
        calls.append((validator, env, initial))
        value = queue.pop(0)
        return value, value is not None

    monkeypatch.setattr(AuditDialog, "run", classmethod(run))
    return calls


def _followers(ctx: UiContext, account: AccountData) -> list[SnapshotData]:
    return ctx.services.snapshots.history(account.id, F)


def test_nothing_is_read_until_the_section_is_shown(
        qtbot: QtBot, ctx: UiContext, account: AccountData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    real = ctx.services.audits.list_audits

    def counted(brand_id: int) -> list[AuditData]:
        reads.append(brand_id)
        return real(brand_id)

    monkeypatch.setattr(ctx.services.audits, "list_audits", counted)
    section = AuditSection(ctx)
    qtbot.addWidget(section)
    ctx.hub.changed.emit(DataHub.AUDITS)
    assert reads == [] and section.dirty
    section.show()
    assert reads == [account.brand_id] and not section.dirty


def test_empty_states(qtbot: QtBot, ctx: UiContext) -> None:
    section = _section(qtbot, ctx)
    assert section.pages.currentIndex() == 0
    assert "choose a brand" in section.empty.text()
    brand = ctx.services.brands.create(BrandInput("Bloom & Co."))
    ctx.scope.set_brand(brand.id)
    assert "“Brands and accounts” tab of Strategy" in section.empty.text()
    assert "Accounts panel" not in section.empty.text()
    assert not section.new_button.isEnabled()
    ctx.services.accounts.create(brand.id, AccountInput(Platform.FACEBOOK, "bloom"))
    ctx.hub.changed.emit(DataHub.ACCOUNTS)
    assert section.pages.currentIndex() == 1
    assert section.model.index(0, 3).data() == "Never audited"
    assert section.detail.currentIndex() == 1 and section.first_button.isVisible()
    assert not section.edit_button.isEnabled()


def test_new_audit_is_prefilled_saved_with_its_numbers_and_undone(
        qtbot: QtBot, ctx: UiContext, account: AccountData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx.services.snapshots.record(account.id, F, DAY - timedelta(days=3), 1150)
    section = _section(qtbot, ctx)
    areas: list[str] = []
    ctx.hub.changed.connect(areas.append)
    calls = _answer(monkeypatch, _audit())
    qtbot.mouseClick(section.first_button, Qt.MouseButton.LeftButton)
    _validator, env, initial = calls[0]
    assert initial.baseline == {F: 1150.0} and initial.audited_on == date.today()
    assert env.known_on == {F: DAY - timedelta(days=3)}
    assert areas == [DataHub.AUDITS, DataHub.SNAPSHOTS]
    assert section.model.index(0, 3).data() == "Points to fix: 1"
    assert "✘ To fix" in section.report.toPlainText()
    assert _followers(ctx, account)[-1] == SnapshotData(account.id, F, DAY, 1200.0,
                                                        SnapshotSource.AUDIT)
    ctx.undo.undo()
    assert section.current_audit() is None
    assert len(_followers(ctx, account)) == 1
    ctx.undo.redo()
    assert section.current_audit() is not None
    assert _followers(ctx, account)[-1].value == 1200.0


def test_edit_moves_the_numbers_and_undo_puts_them_back(
        qtbot: QtBot, ctx: UiContext, account: AccountData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    made = ctx.services.audits.create(account.id, _audit())
    section = _section(qtbot, ctx)
    later = DAY + timedelta(days=2)
    calls = _answer(monkeypatch, dataclasses.replace(made.to_input(), audited_on=later,
                                                     baseline={F: 1300.0}))
    _focus(qtbot, section)
    qtbot.keyClick(section.view, Qt.Key.Key_F2)
    assert calls[0][2] == made.to_input() and calls[0][1].editing
    assert [(s.day, s.value) for s in _followers(ctx, account)] == [(later, 1300.0)]
    ctx.undo.undo()
    assert [(s.day, s.value) for s in _followers(ctx, account)] == [(DAY, 1200.0)]
    assert section.current_audit() == ctx.services.audits.get(made.id)


def test_delete_is_undoable_with_its_numbers(
        qtbot: QtBot, ctx: UiContext, account: AccountData) -> None:
    ctx.services.audits.create(account.id, _audit())
    section = _section(qtbot, ctx)
    _focus(qtbot, section)
    qtbot.keyClick(section.view, Qt.Key.Key_Delete)
    assert section.current_audit() is None and _followers(ctx, account) == []
    ctx.undo.undo()
    assert section.current_audit() is not None
    assert [s.value for s in _followers(ctx, account)] == [1200.0]


def test_a_refused_save_reopens_with_what_was_typed(
        qtbot: QtBot, ctx: UiContext, account: AccountData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    made = ctx.services.audits.create(account.id, _audit())
    section = _section(qtbot, ctx)
    ctx.services.audits.update(made.id, made.version,
                               dataclasses.replace(made.to_input(), notes="changed elsewhere"))
    typed = dataclasses.replace(made.to_input(), notes="my notes")
    failures: list[object] = []
    ctx.hub.failed.connect(failures.append)
    calls = _answer(monkeypatch, typed, None)
    section.edit_audit()
    assert isinstance(failures[0], Conflict)
    assert calls[1][2] == typed


def test_several_audits_newest_first_and_choosing_one(
        qtbot: QtBot, ctx: UiContext, account: AccountData) -> None:
    old = ctx.services.audits.create(account.id, _audit(DAY - timedelta(days=90), 900))
    new = ctx.services.audits.create(account.id, dataclasses.replace(_audit(), checks=()))
    section = _section(qtbot, ctx)
    assert section.current_audit_id() == new.id
    assert section.model.index(0, 3).data() == "Nothing to fix"
    section.audit_choice.setCurrentIndex(1)
    assert section.current_audit_id() == old.id
    assert "900" in section.report.toPlainText()
    ctx.hub.changed.emit(DataHub.SNAPSHOTS)
    assert section.current_audit_id() == old.id


def test_the_accounts_model_passes_the_model_tester(
        qtbot: QtBot, ctx: UiContext, account: AccountData) -> None:
    ctx.services.audits.create(account.id, _audit())
    section = _section(qtbot, ctx)
    QAbstractItemModelTester(section.model, FATAL)
    section.reload()
    assert section.model.rowCount() == 1
