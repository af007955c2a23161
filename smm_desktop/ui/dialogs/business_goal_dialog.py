"""Add or edit a brand's business goal: what it wants from social media, in its words."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from smm_desktop.domain.enums import BusinessGoalKind
from smm_desktop.services.goals import BusinessGoalInput
from smm_desktop.ui import labels
from smm_desktop.ui.dialogs.form import FormDialog, Validator


class BusinessGoalDialog(FormDialog):
    """Kind (awareness, sales, a new audience, other) and a description."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: BusinessGoalInput | None) -> None:
        title = self.tr("Edit business goal") if initial else self.tr("New business goal")
        super().__init__(parent, title, validator)
        self.kind = QComboBox()
        for kind in BusinessGoalKind:
            self.kind.addItem(labels.business_goal_kind_name(kind), kind.value)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(96)
        self.description.setPlaceholderText(self.tr(
            "For example: make the new spring bouquets known to young families in Riyadh."))
        self.add_row("kind", self.tr("Kind"), self.kind)
        self.add_row("description", self.tr("Description"), self.description)
        data = initial or BusinessGoalInput(BusinessGoalKind.AWARENESS)
        self.kind.setCurrentIndex(self.kind.findData(data.kind.value))
        self.description.setPlainText(data.description)

    def value(self) -> BusinessGoalInput:
        return BusinessGoalInput(BusinessGoalKind(self.kind.currentData()),
                                 self.description.toPlainText().strip())

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: BusinessGoalInput | None = None) -> tuple[BusinessGoalInput | None, bool]:
        return cls(parent, validator, initial).ask()
