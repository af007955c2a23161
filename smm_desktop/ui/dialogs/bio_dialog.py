"""Edit the display name, bio and link the brand shows on one platform, with a live count
against the platform's limit."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from smm_desktop.domain.brand_guide import DISPLAY_NAME_MAX, bio_length, bio_limit, bio_warnings
from smm_desktop.domain.enums import Platform
from smm_desktop.services.guides import BioInput
from smm_desktop.ui import guide_text, labels
from smm_desktop.ui.dialogs.form import Validator
from smm_desktop.ui.dialogs.guide_form import GuideFormDialog
from smm_desktop.ui.i18n import digits_in

WARNING_STYLE = "color: #c0392b;"


class BioDialog(GuideFormDialog):
    """Over the limit is said under the bio as you type; it is a warning, not a refusal."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: BioInput | None) -> None:
        data = initial or BioInput(Platform.OTHER)
        self.platform = data.platform
        super().__init__(parent, self.tr("Bio on %1").replace(
            "%1", labels.platform_name(data.platform)), validator)
        self.display_name = QLineEdit(data.display_name)
        self.display_name.setMaxLength(DISPLAY_NAME_MAX)
        self.bio = QPlainTextEdit(data.bio)
        self.bio.setTabChangesFocus(True)
        self.bio.setFixedHeight(110)
        self.count = QLabel()
        self.count.setObjectName("bioCount")
        self.count.setWordWrap(True)
        self.link = QLineEdit(data.link)
        self.link.setPlaceholderText("https://")
        self.add_row("display_name", self.tr("Display name"), self.display_name)
        self.add_row("bio", self.tr("Bio"), self._bio_box())
        self.add_row("link", self.tr("Link"), self.link)
        self.bio.textChanged.connect(self._update_count)
        self._update_count()

    def _bio_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.bio)
        column.addWidget(self.count)
        return box

    def _update_count(self) -> None:
        text = self.bio.toPlainText()
        used, limit = bio_length(text), bio_limit(self.platform)
        warnings = bio_warnings(self.platform, text)
        if warnings:
            self.count.setText(guide_text.field_message(warnings[0]))
        elif limit is None:
            self.count.setText(digits_in(self.tr("Characters: %1").replace("%1", str(used))))
        else:
            self.count.setText(digits_in(self.tr("Characters: %1 of %2").replace(
                "%1", str(used)).replace("%2", str(limit))))
        self.count.setStyleSheet(WARNING_STYLE if warnings else "")

    def warning_text(self) -> str:
        """What the count under the bio says (for tests)."""
        return self.count.text()

    def value(self) -> BioInput:
        return BioInput(self.platform, self.display_name.text().strip(),
                        self.bio.toPlainText().strip(), self.link.text().strip())

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: BioInput | None = None) -> tuple[BioInput | None, bool]:
        return cls(parent, validator, initial).ask()
