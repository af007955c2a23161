"""Add or edit one content pillar: its name, colour, target share of the plan and description."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from smm_desktop.domain.errors import FieldError
from smm_desktop.services.pillars import NAME_MAX
from smm_desktop.services.post_data import PillarInput
from smm_desktop.ui import post_labels
from smm_desktop.ui.dialogs.form import FormDialog, Validator
from smm_desktop.ui.dialogs.post_form_parts import align_lines, swatch

NO_SHARE = -1  # the share box's lowest value reads "Not set"


class PillarDialog(FormDialog):
    """Name, colour (typed or picked), target share in percent, description."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: PillarInput | None) -> None:
        title = self.tr("Edit pillar") if initial else self.tr("New pillar")
        super().__init__(parent, title, validator)
        data = initial or PillarInput("")
        self.name = QLineEdit(data.name)
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Tips, Behind the scenes, Offers"))
        self.colour = QLineEdit(data.colour)
        self.colour.setPlaceholderText("#2A9D8F")
        self.pick = QPushButton(self.tr("Pick…"))
        self.pick.clicked.connect(self._pick_colour)
        self.colour.textChanged.connect(self._show_swatch)
        self.share = QSpinBox()
        self.share.setRange(NO_SHARE, 100)
        self.share.setSuffix(self.tr("%"))
        self.share.setSpecialValueText(self.tr("Not set"))
        self.share.setValue(NO_SHARE if data.target_share is None else data.target_share)
        self.description = QPlainTextEdit(data.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        align_lines(self.description)
        self.add_row("name", self.tr("Name"), self.name)
        self.add_row("colour", self.tr("Colour"), self._colour_row())
        self.add_row("target_share", self.tr("Target share of the plan"), self.share)
        self.add_row("description", self.tr("Description"), self.description)
        self._show_swatch()

    def _colour_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.colour, 1)
        row.addWidget(self.pick)
        return box

    def _show_swatch(self) -> None:
        self.pick.setIcon(swatch(self.colour.text().strip() or "#9aa0a6", 14))

    def _pick_colour(self) -> None:
        start = QColor(self.colour.text().strip() or "#2a9d8f")
        colour = QColorDialog.getColor(start, self, self.tr("Pillar colour"))
        if colour.isValid():
            self.colour.setText(colour.name().upper())

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.hide()
        for error in errors:
            if error.field in self._errors:
                self._errors[error.field].setText(post_labels.field_message(error))
                self._errors[error.field].show()

    def value(self) -> PillarInput:
        share = self.share.value()
        return PillarInput(self.name.text().strip(), self.colour.text().strip(),
                           None if share == NO_SHARE else share,
                           self.description.toPlainText().strip())

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: PillarInput | None = None) -> tuple[PillarInput | None, bool]:
        return cls(parent, validator, initial).ask()
