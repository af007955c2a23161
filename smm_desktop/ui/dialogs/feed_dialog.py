"""Add or edit one feed: its name, its address and what it is about."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from smm_desktop.domain.feeds import FeedKind
from smm_desktop.services.feeds import FeedInput
from smm_desktop.ui.dialogs.form import FormDialog, Validator
from smm_desktop.ui.panels.news_model import kind_label


class FeedDialog(FormDialog):
    """Title, RSS/Atom address (https:// or file://), news or platform updates, on or off."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: FeedInput | None) -> None:
        super().__init__(parent, self.tr("Edit feed") if initial else self.tr("New feed"),
                         validator)
        self.setObjectName("feedDialog")
        data = initial or FeedInput("", "")
        self.title_edit = QLineEdit(data.title)
        self.title_edit.setMaxLength(200)
        self.url = QLineEdit(data.url)
        self.url.setPlaceholderText("https://")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.kind = QComboBox()
        for kind in FeedKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.enabled = QCheckBox(self.tr("Read this feed when refreshing"))
        self.enabled.setChecked(data.enabled)
        self.add_row("title", self.tr("Name"), self.title_edit)
        self.add_row("url", self.tr("Feed address"), self.url)
        self.add_row("kind", self.tr("About"), self.kind)
        self.add_row("enabled", "", self.enabled)

    def value(self) -> FeedInput:
        return FeedInput(self.title_edit.text().strip(), self.url.text().strip(),
                         self.kind.currentData(), self.enabled.isChecked())

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: FeedInput | None = None) -> tuple[FeedInput | None, bool]:
        return cls(parent, validator, initial).ask()
