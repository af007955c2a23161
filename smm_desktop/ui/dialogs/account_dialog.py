"""Add or edit a social account of a brand."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from smm_desktop.domain.enums import PROFILE_URL_PATTERNS, Platform
from smm_desktop.services.accounts import AccountInput
from smm_desktop.ui import labels
from smm_desktop.ui.dialogs.form import FormDialog, Validator


class AccountDialog(FormDialog):
    """Platform, handle, profile address and notes."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: AccountInput | None) -> None:
        title = self.tr("Edit account") if initial else self.tr("New account")
        super().__init__(parent, title, validator)
        self.platform = QComboBox()
        for platform in Platform:
            self.platform.addItem(labels.platform_name(platform), platform.value)
        self.handle = QLineEdit()
        self.handle.setPlaceholderText(self.tr("@handle"))
        self.profile_url = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(72)
        self.add_row("platform", self.tr("Platform"), self.platform)
        self.add_row("handle", self.tr("Handle"), self.handle)
        self.add_row("profile_url", self.tr("Profile address"), self.profile_url)
        self.add_row("notes", self.tr("Notes"), self.notes)
        self.platform.currentIndexChanged.connect(self._hint_url)
        self.handle.textChanged.connect(self._hint_url)
        self._fill(initial or AccountInput(Platform.INSTAGRAM, ""))

    def _fill(self, data: AccountInput) -> None:
        self.platform.setCurrentIndex(self.platform.findData(data.platform.value))
        self.handle.setText(data.handle)
        self.profile_url.setText(data.profile_url)
        self.notes.setPlainText(data.notes)
        self._hint_url()

    def _hint_url(self) -> None:
        """Show the address the handle gives when the field is left empty."""
        pattern = PROFILE_URL_PATTERNS.get(Platform(self.platform.currentData()))
        handle = self.handle.text().strip().removeprefix("@") or "handle"
        self.profile_url.setPlaceholderText(pattern.format(handle=handle) if pattern else "https://")

    def value(self) -> AccountInput:
        return AccountInput(
            platform=Platform(self.platform.currentData()),
            handle=self.handle.text().strip(),
            profile_url=self.profile_url.text().strip(),
            notes=self.notes.toPlainText(),
        )

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: AccountInput | None = None) -> tuple[AccountInput | None, bool]:
        return cls(parent, validator, initial).ask()
