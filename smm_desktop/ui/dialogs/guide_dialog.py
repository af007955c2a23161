"""Edit how the brand speaks: its voice, its tone and the words to use and to avoid."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from smm_desktop.services.guides import GuideInput
from smm_desktop.ui.dialogs.form import Validator
from smm_desktop.ui.dialogs.guide_form import GuideFormDialog


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class GuideDialog(GuideFormDialog):
    """Voice and tone in a few lines; the word lists one word or phrase a line."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: GuideInput | None) -> None:
        super().__init__(parent, self.tr("Voice and tone"), validator)
        self.setMinimumWidth(560)
        self.voice = self._edit(72, self.tr("Who the brand sounds like, e.g. a friendly "
                                            "florist next door."))
        self.tone = self._edit(72, self.tr("How it speaks, e.g. warm, light, never pushy."))
        self.words_to_use = self._edit(96, self.tr("One word or phrase a line"))
        self.words_to_avoid = self._edit(96, self.tr("One word or phrase a line"))
        self.add_row("voice", self.tr("Voice"), self.voice)
        self.add_row("tone", self.tr("Tone"), self.tone)
        self.add_row("words_to_use", self.tr("Words to use"), self.words_to_use)
        self.add_row("words_to_avoid", self.tr("Words to avoid"), self.words_to_avoid)
        data = initial or GuideInput()
        self.voice.setPlainText(data.voice)
        self.tone.setPlainText(data.tone)
        self.words_to_use.setPlainText("\n".join(data.words_to_use))
        self.words_to_avoid.setPlainText("\n".join(data.words_to_avoid))

    def _edit(self, height: int, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.setPlaceholderText(placeholder)
        return edit

    def value(self) -> GuideInput:
        return GuideInput(self.voice.toPlainText().strip(), self.tone.toPlainText().strip(),
                          _lines(self.words_to_use), _lines(self.words_to_avoid))

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: GuideInput | None = None) -> tuple[GuideInput | None, bool]:
        return cls(parent, validator, initial).ask()
