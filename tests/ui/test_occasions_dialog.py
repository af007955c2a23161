"""The brand's own occasions: the list, add, edit and delete through the undo stack, and the
form's errors on its fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from smm_desktop.services.brands import BrandInput
from smm_desktop.services.occasions import BrandOccasionInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.occasion_dialog import OccasionDialog
from smm_desktop.ui.dialogs.occasions_dialog import OccasionsDialog

from .helpers import answer_dialog

OPENING = BrandOccasionInput("ذكرى افتتاح المقهى", date(2019, 9, 10), True, "خصم ٢٠٪")


@pytest.fixture
def brand_id(ctx: UiContext) -> int:
    brand = ctx.services.brands.create(BrandInput(name="مقهى النخيل", country="SA"))
    ctx.services.occasions.create(brand.id, OPENING)
    return brand.id


def _dialog(qtbot: QtBot, ctx: UiContext, brand_id: int) -> OccasionsDialog:
    dialog = OccasionsDialog(None, ctx, brand_id, date(2027, 3, 5))
    qtbot.addWidget(dialog)
    return dialog


def _names(dialog: OccasionsDialog) -> list[str]:
    return [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def test_the_list(qtbot: QtBot, ctx: UiContext, brand_id: int) -> None:
    dialog = _dialog(qtbot, ctx, brand_id)
    assert _names(dialog) == ["ذكرى افتتاح المقهى"]
    assert dialog.table.item(0, 2).text() == "Yes"
    assert dialog.table.item(0, 3).text() == "خصم ٢٠٪"
    assert not dialog.edit_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.edit_button.isEnabled() and dialog.delete_button.isEnabled()


def test_add_edit_delete_and_undo(qtbot: QtBot, ctx: UiContext, brand_id: int,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, ctx, brand_id)
    launch = BrandOccasionInput("Summer menu launch", date(2027, 6, 1))
    calls = answer_dialog(monkeypatch, OccasionDialog, launch)
    dialog.new_occasion()
    assert calls[0][1] == BrandOccasionInput("", date(2027, 3, 5))  # the chosen day offered
    assert _names(dialog) == ["ذكرى افتتاح المقهى", "Summer menu launch"]
    dialog.table.selectRow(1)
    moved = BrandOccasionInput("Summer menu launch", date(2027, 6, 15), notes="Teaser first")
    calls = answer_dialog(monkeypatch, OccasionDialog, moved)
    dialog.edit_occasion()
    assert calls[0][1] == launch
    assert ctx.services.occasions.list_occasions(brand_id)[1].to_input() == moved
    dialog.table.selectRow(0)
    dialog.delete_occasion()
    assert _names(dialog) == ["Summer menu launch"]
    ctx.undo.undo()
    assert _names(dialog) == ["ذكرى افتتاح المقهى", "Summer menu launch"]
    ctx.undo.undo()
    assert ctx.services.occasions.list_occasions(brand_id)[1].day == date(2027, 6, 1)
    ctx.undo.undo()
    assert _names(dialog) == ["ذكرى افتتاح المقهى"]
    ctx.undo.redo()
    assert _names(dialog) == ["ذكرى افتتاح المقهى", "Summer menu launch"]


def test_a_refused_save_reopens_with_the_draft(qtbot: QtBot, ctx: UiContext, brand_id: int,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, ctx, brand_id)
    dialog.table.selectRow(0)
    item = dialog.current()
    assert item is not None
    elsewhere = BrandOccasionInput(OPENING.name, OPENING.day, True, "Changed elsewhere")
    ctx.services.occasions.update(item.id, item.version, elsewhere)  # saved meanwhile
    edited = BrandOccasionInput("Opening day", date(2019, 9, 10), True)
    answers = iter([(edited, True), (None, False)])
    seen: list[object] = []

    def run(cls: type, parent: object, validator: object, initial: object = None) -> object:
        seen.append(initial)
        return next(answers)

    monkeypatch.setattr(OccasionDialog, "run", classmethod(run))
    failures: list[object] = []
    ctx.hub.failed.connect(failures.append)
    dialog.edit_occasion()
    assert failures and seen[1] == edited  # reopened with what was typed


def test_the_form_shows_errors_on_its_fields(qtbot: QtBot, ctx: UiContext,
                                             brand_id: int) -> None:
    form = OccasionDialog(None, ctx.services.occasions.validate, None, date(2027, 3, 5))
    qtbot.addWidget(form)
    assert form.value() == BrandOccasionInput("", date(2027, 3, 5))
    form._try_accept()
    assert form.error_text("name") == "This field is required."
    form.name.setText("Old times")
    form.day.setDate(QDate(1960, 1, 1))
    form._try_accept()
    assert "1970" in form.error_text("day") and form.error_text("name") == ""
    assert form.result() == 0
    form.day.setDate(QDate(2027, 3, 6))
    form.yearly.setChecked(True)
    form.notes.setPlainText(" Cake ")
    form._try_accept()
    assert form.result() == 1
    assert form.value() == BrandOccasionInput("Old times", date(2027, 3, 6), True, "Cake")
