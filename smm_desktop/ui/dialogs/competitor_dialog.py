"""Create or edit a competitor: its profile, logo and accounts per platform."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.competitors import check_competitor_name, check_url
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import FieldError
from smm_desktop.services.competitor_data import CompetitorAccountInput, CompetitorInput
from smm_desktop.ui import labels
from smm_desktop.ui.dialogs.brand_dialog import image_to_png
from smm_desktop.ui.dialogs.form import FormDialog, Validator


@dataclass(frozen=True)
class AccountDraft:
    """One account line of the dialog; `id` 0 for a new one."""

    platform: Platform
    handle: str
    profile_url: str = ""
    id: int = 0

    def to_input(self) -> CompetitorAccountInput:
        return CompetitorAccountInput(self.platform, self.handle, self.profile_url)


@dataclass(frozen=True)
class CompetitorDraft:
    profile: CompetitorInput
    accounts: tuple[AccountDraft, ...] = ()


def draft_errors(draft: CompetitorDraft) -> list[FieldError]:
    """The rules the dialog can check before any save: a name, readable addresses, handles."""
    errors = check_competitor_name(draft.profile.name) + check_url(draft.profile.website,
                                                                    "website")
    for account in draft.accounts:
        if not account.handle.strip():
            errors.append(FieldError("accounts", "required"))
        errors += check_url(account.profile_url, "accounts")
    return errors


class _AccountLine:
    """Platform, handle, profile address and a remove button, in one grid row."""

    def __init__(self, draft: AccountDraft, remove_text: str,
                 on_remove: Callable[[], None]) -> None:
        self.id = draft.id
        self.platform = QComboBox()
        for platform in Platform:
            self.platform.addItem(labels.platform_name(platform), platform.value)
        self.platform.setCurrentIndex(max(0, self.platform.findData(draft.platform.value)))
        self.handle = QLineEdit(draft.handle)
        self.handle.setPlaceholderText("@handle")
        self.url = QLineEdit(draft.profile_url)
        self.url.setPlaceholderText("https://")
        self.remove = QPushButton(remove_text)
        self.remove.clicked.connect(on_remove)

    def value(self) -> AccountDraft:
        return AccountDraft(Platform(self.platform.currentData()), self.handle.text().strip(),
                            self.url.text().strip(), self.id)

    def widgets(self) -> tuple[QWidget, ...]:
        return self.platform, self.handle, self.url, self.remove


class CompetitorDialog(FormDialog):
    """Name, website, logo, accounts, positioning, strengths and weaknesses, what to learn and
    what to avoid, notes."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: CompetitorDraft | None) -> None:
        title = self.tr("Edit competitor") if initial else self.tr("New competitor")
        super().__init__(parent, title, validator or draft_errors)
        self.setMinimumWidth(640)
        initial = initial or CompetitorDraft(CompetitorInput(name=""))
        self._logo: bytes | None = None
        self._logo_error = ""
        self._lines: list[_AccountLine] = []
        self._build()
        self._fill(initial)

    def _text(self, height: int = 56) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setFixedHeight(height)
        edit.setTabChangesFocus(True)
        return edit

    def _build(self) -> None:
        self.name = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        self.positioning, self.strengths = self._text(), self._text()
        self.weaknesses, self.to_learn, self.to_avoid = self._text(), self._text(), self._text()
        self.notes = self._text()
        self.add_row("name", self.tr("Name"), self.name)
        self.add_row("website", self.tr("Website"), self.website)
        self.add_row("logo", self.tr("Logo"), self._logo_row())
        self.add_row("accounts", self.tr("Accounts"), self._accounts_box())
        for field, label, edit in (
                ("positioning", self.tr("Positioning"), self.positioning),
                ("strengths", self.tr("Strengths"), self.strengths),
                ("weaknesses", self.tr("Weaknesses"), self.weaknesses),
                ("to_learn", self.tr("What to learn"), self.to_learn),
                ("to_avoid", self.tr("What to avoid"), self.to_avoid),
                ("notes", self.tr("Notes"), self.notes)):
            self.add_row(field, label, edit)

    def _logo_row(self) -> QWidget:
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(48, 48)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose, clear = QPushButton(self.tr("Choose image…")), QPushButton(self.tr("Remove"))
        choose.clicked.connect(self._choose_logo)
        clear.clicked.connect(lambda: self.set_logo(None))
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.logo_preview, choose, clear):
            row.addWidget(widget)
        row.addStretch()
        return box

    def _accounts_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.accounts_grid = QGridLayout()
        column.addLayout(self.accounts_grid)
        self.add_account_button = QPushButton(self.tr("Add account"))
        self.add_account_button.clicked.connect(
            lambda: self.add_account(AccountDraft(Platform.INSTAGRAM, "")))
        column.addWidget(self.add_account_button, 0, Qt.AlignmentFlag.AlignLeading)
        return box

    def add_account(self, draft: AccountDraft) -> None:
        line: _AccountLine | None = None

        def remove() -> None:
            if line is not None:
                self.remove_account(line)
        line = _AccountLine(draft, self.tr("Remove"), remove)
        self._lines.append(line)
        self._relayout()
        line.handle.setFocus()

    def remove_account(self, line: _AccountLine) -> None:
        self._lines.remove(line)
        for widget in line.widgets():
            widget.deleteLater()
        self._relayout()

    def _relayout(self) -> None:
        for row, line in enumerate(self._lines):
            for column, widget in enumerate(line.widgets()):
                self.accounts_grid.addWidget(widget, row, column)
        self.accounts_grid.setColumnStretch(2, 1)

    def _fill(self, draft: CompetitorDraft) -> None:
        data = draft.profile
        self.name.setText(data.name)
        self.website.setText(data.website)
        for edit, text in ((self.positioning, data.positioning), (self.strengths, data.strengths),
                           (self.weaknesses, data.weaknesses), (self.to_learn, data.to_learn),
                           (self.to_avoid, data.to_avoid), (self.notes, data.notes)):
            edit.setPlainText(text)
        self.set_logo(data.logo_png)
        for account in draft.accounts:
            self.add_account(account)
        self.name.setFocus()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the competitor's logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.load_logo(path)

    def load_logo(self, path: str) -> None:
        image = QImage(path)
        self._logo_error = path if image.isNull() else ""
        if image.isNull():
            self.show_errors(self.local_errors())
            return
        self.set_logo(image_to_png(image))

    def set_logo(self, png: bytes | None) -> None:
        self._logo = png
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.logo_preview.setPixmap(pixmap.scaled(
                48, 48, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("No logo"))

    def local_errors(self) -> list[FieldError]:
        return [FieldError("logo", "bad_image", {"value": self._logo_error})] if self._logo_error else []

    def value(self) -> CompetitorDraft:
        profile = CompetitorInput(
            name=self.name.text().strip(), website=self.website.text().strip(),
            logo_png=self._logo, positioning=self.positioning.toPlainText().strip(),
            strengths=self.strengths.toPlainText().strip(),
            weaknesses=self.weaknesses.toPlainText().strip(),
            to_learn=self.to_learn.toPlainText().strip(),
            to_avoid=self.to_avoid.toPlainText().strip(), notes=self.notes.toPlainText().strip())
        return CompetitorDraft(profile, tuple(line.value() for line in self._lines))

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: CompetitorDraft | None = None) -> tuple[CompetitorDraft | None, bool]:
        return cls(parent, validator, initial).ask()
