"""The form dialog of the guide's dialogs: the guide's own message codes on their fields."""

from __future__ import annotations

from smm_desktop.domain.errors import FieldError
from smm_desktop.ui import guide_text
from smm_desktop.ui.dialogs.form import FormDialog


class GuideFormDialog(FormDialog):
    """FormDialog whose messages know the guide's codes (duplicate set, bad tag, …)."""

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.hide()
        for error in errors:
            if error.field in self._errors:
                self._errors[error.field].setText(guide_text.field_message(error))
                self._errors[error.field].show()
