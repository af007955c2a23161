"""The posting-slots editor: rows per account, kept while switching accounts, saved as one
undoable step."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QComboBox, QDialog, QTimeEdit
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.post_data import Slot
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.slots_dialog import SlotsDialog

SEVEN_PM = time(19, 0)


@pytest.fixture
def accounts(ctx: UiContext) -> tuple[int, int, int]:
    s = ctx.services
    brand = s.brands.create(BrandInput(name="Nabd Fitness"))
    insta = s.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "nabd"))
    tiktok = s.accounts.create(brand.id, AccountInput(Platform.TIKTOK, "nabd.fit"))
    s.pillars.set_slots(insta.id, [Slot(insta.id, 6, SEVEN_PM), Slot(insta.id, 1, SEVEN_PM)])
    return brand.id, insta.id, tiktok.id


def _dialog(qtbot: QtBot, ctx: UiContext, brand_id: int, account: int) -> SlotsDialog:
    dialog = SlotsDialog(None, ctx, brand_id, account)
    qtbot.addWidget(dialog)
    return dialog


def test_the_stored_slots_are_shown(qtbot: QtBot, ctx: UiContext,
                                    accounts: tuple[int, int, int]) -> None:
    brand_id, insta, _ = accounts
    dialog = _dialog(qtbot, ctx, brand_id, insta)
    assert dialog.rows() == [(1, SEVEN_PM), (6, SEVEN_PM)]
    day = dialog.table.cellWidget(0, 0)
    assert isinstance(day, QComboBox) and day.currentText() == "Tuesday"
    assert dialog.value() == {}


def test_edits_on_two_accounts_saved_and_undone(qtbot: QtBot, ctx: UiContext,
                                                accounts: tuple[int, int, int]) -> None:
    brand_id, insta, tiktok = accounts
    dialog = _dialog(qtbot, ctx, brand_id, insta)
    dialog.table.setCurrentCell(0, 0)
    dialog.remove_current()
    dialog.account.setCurrentIndex(dialog.account.findData(tiktok))
    assert dialog.rows() == []
    dialog.add_row(3, time(21, 0))
    clock = dialog.table.cellWidget(0, 1)
    assert isinstance(clock, QTimeEdit)
    clock.setTime(QTime(21, 30))
    dialog.add_row(3, time(21, 30))  # a repeat is kept once
    changed = dialog.value()
    assert changed == {insta: (Slot(insta, 6, SEVEN_PM),),
                       tiktok: (Slot(tiktok, 3, time(21, 30)),)}
    assert dialog.save(changed)
    assert ctx.services.pillars.slots(tiktok) == [Slot(tiktok, 3, time(21, 30))]
    assert ctx.services.pillars.slots(insta) == [Slot(insta, 6, SEVEN_PM)]
    ctx.undo.undo()
    assert ctx.services.pillars.slots(tiktok) == []
    assert len(ctx.services.pillars.slots(insta)) == 2


def test_run_saves_on_ok_only(qtbot: QtBot, ctx: UiContext, accounts: tuple[int, int, int],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    brand_id, insta, tiktok = accounts

    def accept(self: SlotsDialog) -> int:
        qtbot.addWidget(self)
        self.add_row(0, time(8, 0))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SlotsDialog, "exec", accept)
    changed, ok = SlotsDialog.run(None, ctx, brand_id, tiktok)
    assert ok and changed == {tiktok: (Slot(tiktok, 0, time(8, 0)),)}
    assert ctx.services.pillars.slots(tiktok) == [Slot(tiktok, 0, time(8, 0))]
    monkeypatch.setattr(SlotsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert SlotsDialog.run(None, ctx, brand_id, insta) == (None, False)


def test_add_slot_takes_the_next_day(qtbot: QtBot, ctx: UiContext,
                                     accounts: tuple[int, int, int]) -> None:
    brand_id, insta, tiktok = accounts
    dialog = _dialog(qtbot, ctx, brand_id, insta)
    dialog.add_next()
    assert dialog.rows()[-1] == (0, SEVEN_PM)  # after Sunday comes Monday
    dialog.account.setCurrentIndex(dialog.account.findData(tiktok))
    dialog.add_next()
    first_day = QLocale().firstDayOfWeek().value - 1  # where the locale starts the week
    assert dialog.rows() == [(first_day, SEVEN_PM)]
