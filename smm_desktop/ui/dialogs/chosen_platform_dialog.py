"""Choose a platform for the brand, or edit why it is there: the platform and the reason."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget
from typing_extensions import override

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import FieldError
from smm_desktop.services.platform_choice import ChosenInput
from smm_desktop.ui import labels
from smm_desktop.ui.dialogs.form import FormDialog, Validator

DUPLICATE = "platform_already_chosen"


class ChosenPlatformDialog(FormDialog):
    """New: any platform (one already chosen is refused on the field). Editing: the reason only."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: ChosenInput | None, editing: bool = False) -> None:
        title = self.tr("Why this platform") if editing else self.tr("Choose a platform")
        super().__init__(parent, title, validator)
        self.platform = QComboBox()
        for platform in Platform:
            self.platform.addItem(labels.platform_name(platform), platform.value)
        self.platform.setEnabled(not editing)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(96)
        self.reason.setPlaceholderText(self.tr(
            "For example: two of our three segments spend their evenings there."))
        hint = QLabel(self.tr("Go where your audience is, not where your competitors are."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.add_row("platform", self.tr("Platform"), self.platform)
        self.add_row("reason", self.tr("Why the brand is there"), self.reason)
        data = initial or ChosenInput(Platform.INSTAGRAM)
        self.platform.setCurrentIndex(self.platform.findData(data.platform.value))
        self.reason.setPlainText(data.reason)
        (self.reason if editing else self.platform).setFocus()

    def value(self) -> ChosenInput:
        return ChosenInput(Platform(self.platform.currentData()),
                           self.reason.toPlainText().strip())

    @override
    def show_errors(self, errors: list[FieldError]) -> None:
        """The rules' messages, and this form's own one for a platform chosen twice."""
        super().show_errors(errors)
        if any(e.code == DUPLICATE for e in errors):
            self._errors["platform"].setText(self.tr(
                "This platform is already chosen for the brand: edit its reason instead."))

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: ChosenInput | None = None,
            editing: bool = False) -> tuple[ChosenInput | None, bool]:
        return cls(parent, validator, initial, editing).ask()
