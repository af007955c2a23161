"""The persona editor through its real widgets: every field, the rules' messages, the picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Gender, Platform
from smm_desktop.services.persona_rules import AGE_MAX
from smm_desktop.services.personas import PersonaInput
from smm_desktop.services.registry import Services
from smm_desktop.ui.dialogs.persona_dialog import NOT_SET, PersonaDialog, PersonaEdit

ACCEPTED = QDialog.DialogCode.Accepted
OK = QDialogButtonBox.StandardButton.Ok
NOURA = PersonaEdit(PersonaInput(
    name="نورة الطالبة", gender=Gender.FEMALE, age_min=19, age_max=24,
    locations=("الرياض", "حي الملقا, شمال الرياض"), marital_status="عزباء", education="جامعية",
    occupation="طالبة", income_band="أقل من ٣٠٠٠ ريال", interests=("القهوة المختصة", "التصوير"),
    pains=("لا تجد مكانًا هادئًا",), dreams=("التخرج بامتياز",), buying_habits=("بعد المحاضرات",),
    objections=("الأسعار مرتفعة",), preferred_content=("ريلز قصيرة",), active_hours="٤-٩ مساءً",
    notes="Comes with friends\nstays 3 hours"),
    ((Platform.INSTAGRAM, 85), (Platform.SNAPCHAT, 90), (Platform.TIKTOK, 70)))


def _dialog(qtbot: QtBot, services: Services | None = None, initial: PersonaEdit | None = None,
            segments: int | None = None) -> PersonaDialog:
    validator = (lambda e: services.personas.validate(e.data)) if services else None
    dialog = PersonaDialog(None, validator, initial, segments)
    qtbot.addWidget(dialog)
    return dialog


def _press_ok(dialog: PersonaDialog) -> None:
    dialog.buttons.button(OK).click()


def test_every_field_comes_back_as_it_went_in(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, initial=NOURA)
    assert dialog.windowTitle() == "Edit persona"
    assert dialog.value() == NOURA
    assert dialog.share_boxes[Platform.SNAPCHAT].value() == 90
    assert dialog.locations.toPlainText() == "الرياض\nحي الملقا, شمال الرياض"


def test_a_new_persona_starts_empty_with_no_ages(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == "New persona"
    assert dialog.value() == PersonaEdit(PersonaInput(name=""))
    assert dialog.age_min.text() == "Not set"


def test_typed_lists_drop_blank_lines_and_spaces(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.name.setText("  Emma  ")
    dialog.interests.setPlainText(" weddings \n\n  seasonal flowers\n")
    dialog.share_boxes[Platform.PINTEREST].setValue(80)
    dialog.share_boxes[Platform.INSTAGRAM].setValue(0)
    value = dialog.value()
    assert value.data.name == "Emma"
    assert value.data.interests == ("weddings", "seasonal flowers")
    assert value.shares == ((Platform.PINTEREST, 80),)


def test_an_empty_name_is_refused_on_its_field(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    _press_ok(dialog)
    assert dialog.error_text("name") == "This field is required."
    assert dialog.result() != ACCEPTED


def test_an_oldest_age_below_the_youngest_is_refused(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    dialog.name.setText("Emma")
    dialog.age_min.setValue(45)
    dialog.age_max.setValue(28)
    _press_ok(dialog)
    assert dialog.error_text("age_max") == "The oldest age cannot be below the youngest."
    assert dialog.error_text("name") == ""
    assert dialog.result() != ACCEPTED
    dialog.age_max.setValue(50)
    _press_ok(dialog)
    assert dialog.error_text("age_max") == ""
    assert dialog.result() == ACCEPTED


def test_ages_and_shares_cannot_leave_the_rules_range(qtbot: QtBot) -> None:
    """The boxes hold only what the rules allow: below 0 reads "Not set", above 120 is 120."""
    dialog = _dialog(qtbot)
    dialog.age_min.setValue(-5)
    dialog.age_max.setValue(500)
    dialog.share_boxes[Platform.X].setValue(150)
    dialog.share_boxes[Platform.TIKTOK].setValue(-3)
    value = dialog.value()
    assert (value.data.age_min, value.data.age_max) == (None, AGE_MAX)
    assert dialog.age_min.value() == NOT_SET
    assert value.shares == ((Platform.X, 100),)


def test_a_picture_is_stored_as_a_small_png(qtbot: QtBot, tmp_path: Path) -> None:
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#D9A441"))
    path = tmp_path / "noura.jpg"
    assert image.save(str(path))
    dialog = _dialog(qtbot)
    dialog.load_picture(str(path))
    png = dialog.value().data.picture_png
    assert png is not None and png.startswith(b"\x89PNG")
    stored = QImage.fromData(png)
    assert max(stored.width(), stored.height()) == 256
    assert dialog.picture_preview.pixmap().width() == 64
    dialog.set_picture(None)
    assert dialog.value().data.picture_png is None
    assert dialog.picture_preview.text() == "No picture"


def test_an_unreadable_picture_is_named_on_its_field(
        qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    dialog = _dialog(qtbot, services, NOURA)
    dialog.load_picture(str(broken))
    assert dialog.error_text("picture_png") == f"Could not read this image: \u2068{broken}\u2069"
    _press_ok(dialog)
    assert dialog.result() != ACCEPTED


@pytest.mark.parametrize(("segments", "editing", "shown"), [
    (0, False, True), (0, True, True), (1, False, False), (None, False, False)])
def test_the_only_segment_warning(qtbot: QtBot, segments: int | None, editing: bool,
                                  shown: bool) -> None:
    dialog = _dialog(qtbot, initial=NOURA if editing else None, segments=segments)
    assert dialog.warning.isVisibleTo(dialog) == shown
    assert "at least two" in dialog.warning.text()


def test_run_returns_the_value_when_accepted(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    def exec_(dialog: PersonaDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.name.setText("Tom")
        dialog.gender.setCurrentIndex(dialog.gender.findData(Gender.MALE.value))
        dialog.share_boxes[Platform.LINKEDIN].setValue(85)
        _press_ok(dialog)
        return dialog.result()

    monkeypatch.setattr(PersonaDialog, "exec", exec_)
    value, accepted = PersonaDialog.run(None, lambda e: services.personas.validate(e.data))
    assert accepted and value is not None
    assert (value.data.name, value.data.gender) == ("Tom", Gender.MALE)
    assert value.shares == ((Platform.LINKEDIN, 85),)


def test_run_returns_nothing_when_cancelled(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def exec_(dialog: PersonaDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.name.setText("Tom")
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(PersonaDialog, "exec", exec_)
    assert PersonaDialog.run(None, None, NOURA) == (None, False)
