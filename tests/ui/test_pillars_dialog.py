"""The pillars editor: add, edit, delete and reorder through the undo stack, the share total."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from smm_desktop.services.brands import BrandInput
from smm_desktop.services.post_data import PillarInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.pillar_dialog import NO_SHARE, PillarDialog
from smm_desktop.ui.dialogs.pillars_dialog import PillarsDialog

from .helpers import answer_dialog


@pytest.fixture
def brand_id(ctx: UiContext) -> int:
    s = ctx.services
    brand = s.brands.create(BrandInput(name="Palm Café"))
    s.pillars.create(brand.id, PillarInput("Tips", "#2A9D8F", 40, "How to brew"))
    s.pillars.create(brand.id, PillarInput("Offers", "#E0A526", 30))
    return brand.id


def _dialog(qtbot: QtBot, ctx: UiContext, brand_id: int) -> PillarsDialog:
    dialog = PillarsDialog(None, ctx, brand_id)
    qtbot.addWidget(dialog)
    return dialog


def _names(dialog: PillarsDialog) -> list[str]:
    return [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def test_the_table_and_the_share_total(qtbot: QtBot, ctx: UiContext, brand_id: int) -> None:
    dialog = _dialog(qtbot, ctx, brand_id)
    assert _names(dialog) == ["Tips", "Offers"]
    assert dialog.table.item(0, 1).text() == "40%"
    assert dialog.share_sum() == 70
    assert dialog.total.property("warning") is True
    assert "add up to 70%" in dialog.total.text() and "should add up to 100%" in dialog.total.text()


def test_add_edit_delete_and_undo(qtbot: QtBot, ctx: UiContext, brand_id: int,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, ctx, brand_id)
    answer_dialog(monkeypatch, PillarDialog, PillarInput("Behind the scenes", "", 30))
    dialog.new_pillar()
    assert _names(dialog) == ["Tips", "Offers", "Behind the scenes"]
    assert dialog.total.property("warning") is False
    assert "should" not in dialog.total.text()
    dialog.table.selectRow(0)
    calls = answer_dialog(monkeypatch, PillarDialog, PillarInput("Brewing tips", "#2A9D8F", 40))
    dialog.edit_pillar()
    assert calls[0][1] == PillarInput("Tips", "#2A9D8F", 40, "How to brew")
    assert _names(dialog)[0] == "Brewing tips"
    dialog.table.selectRow(1)
    dialog.delete_pillar()
    assert _names(dialog) == ["Brewing tips", "Behind the scenes"]
    ctx.undo.undo()
    ctx.undo.undo()
    assert _names(dialog) == ["Tips", "Offers", "Behind the scenes"]


def test_reorder_and_undo(qtbot: QtBot, ctx: UiContext, brand_id: int) -> None:
    dialog = _dialog(qtbot, ctx, brand_id)
    dialog.table.selectRow(1)
    assert not dialog.later_button.isEnabled()
    dialog.shift(-1)
    assert _names(dialog) == ["Offers", "Tips"]
    assert dialog.current() is not None and dialog.current().name == "Offers"
    assert [p.name for p in ctx.services.pillars.list_pillars(brand_id)] == ["Offers", "Tips"]
    ctx.undo.undo()
    assert _names(dialog) == ["Tips", "Offers"]


def test_a_refused_edit_reopens_with_the_draft(qtbot: QtBot, ctx: UiContext, brand_id: int,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, ctx, brand_id)
    dialog.table.selectRow(0)
    first = dialog.current()
    assert first is not None
    ctx.services.pillars.update(first.id, first.version, PillarInput("Changed elsewhere"))
    typed = PillarInput("Mine", "#123456", 10)
    seen: list[PillarInput | None] = []

    def run(cls: type, parent: object, validator: object,
            initial: PillarInput | None = None) -> tuple[PillarInput | None, bool]:
        seen.append(initial)
        return (typed, True) if len(seen) == 1 else (None, False)

    monkeypatch.setattr(PillarDialog, "run", classmethod(run))
    dialog.edit_pillar()
    assert seen == [first.to_input(), typed]


def test_the_pillar_form_checks_and_gives_back(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = PillarDialog(None, ctx.services.pillars.validate, None)
    qtbot.addWidget(dialog)
    assert dialog.share.value() == NO_SHARE and dialog.value().target_share is None
    dialog.colour.setText("blue")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("name") == "This field is required."
    assert "is not a colour" in dialog.error_text("colour")
    dialog.name.setText(" Quotes ")
    dialog.colour.setText("#AABBCC")
    dialog.share.setValue(25)
    assert dialog.value() == PillarInput("Quotes", "#AABBCC", 25, "")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_run_gives_back_the_pillars(qtbot: QtBot, ctx: UiContext, brand_id: int,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PillarsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    pillars, accepted = PillarsDialog.run(None, ctx, brand_id)
    assert accepted and pillars is not None and [p.name for p in pillars] == ["Tips", "Offers"]
