"""Add or edit a named hashtag set: paste the tags any way (spaces, commas, lines); the dialog
shows them as they will be saved."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from smm_desktop.domain import hashtags
from smm_desktop.services.guide_data import SET_NAME_MAX, HashtagSetInput
from smm_desktop.ui import guide_text
from smm_desktop.ui.dialogs.form import Validator
from smm_desktop.ui.dialogs.guide_form import GuideFormDialog
from smm_desktop.ui.i18n import digits_in

WARNING_STYLE = "color: #c0392b;"


class HashtagSetDialog(GuideFormDialog):
    """Name and tags; below the tags, their count and a warning past Instagram's 30."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: HashtagSetInput | None) -> None:
        title = self.tr("Edit hashtag set") if initial else self.tr("New hashtag set")
        super().__init__(parent, title, validator)
        data = initial or HashtagSetInput("")
        self.name = QLineEdit(data.name)
        self.name.setMaxLength(SET_NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Weddings"))
        self.tags = QPlainTextEdit(" ".join(data.tags))
        self.tags.setTabChangesFocus(True)
        self.tags.setFixedHeight(110)
        self.tags.setPlaceholderText(self.tr("#weddingflowers #manchester, or one a line"))
        self.summary = QLabel()
        self.summary.setObjectName("tagSummary")
        self.summary.setWordWrap(True)
        self.add_row("name", self.tr("Name"), self.name)
        self.add_row("tags", self.tr("Tags"), self._tags_box())
        self.tags.textChanged.connect(self._update_summary)
        self._update_summary()

    def _tags_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tags)
        column.addWidget(self.summary)
        return box

    def _update_summary(self) -> None:
        result = hashtags.normalise_tags(self.tags.toPlainText())
        warnings = hashtags.tag_warnings(result.tags)
        if warnings:
            self.summary.setText(guide_text.field_message(warnings[0]))
        else:
            self.summary.setText(digits_in(self.tr("Tags: %1").replace(
                "%1", str(len(result.tags)))))
        self.summary.setStyleSheet(WARNING_STYLE if warnings else "")

    def value(self) -> HashtagSetInput:
        """The tags as they will be saved; as typed while a piece is refused (so the rule
        names it)."""
        text = self.tags.toPlainText()
        result = hashtags.normalise_tags(text)
        return HashtagSetInput(self.name.text().strip(), (text,) if result.refused else result.tags)

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: HashtagSetInput | None = None) -> tuple[HashtagSetInput | None, bool]:
        return cls(parent, validator, initial).ask()
