"""The report email's subject and body, per language: what "Send by email" writes in the draft,
with {brand}, {period} and {kind} filled in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.reports.report_data import EmailTexts
from smm_desktop.ui.context import UiContext

Texts = dict[str, EmailTexts]  # language -> subject and body


class EmailTemplateDialog(QDialog):
    """One language at a time; switching keeps what was typed in the other."""

    def __init__(self, parent: QWidget | None, ctx: UiContext, language: str) -> None:
        super().__init__(parent)
        self.setObjectName("emailTemplateDialog")
        self.setWindowTitle(self.tr("Report email"))
        self.setMinimumWidth(520)
        self.stored: Texts = {code: ctx.services.reports.email_template(code)
                              for code in ("en", "ar")}
        self.texts: Texts = dict(self.stored)
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Arabic"), "ar")
        self.subject = QLineEdit()
        self.subject.setObjectName("emailSubject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("emailBody")
        self._build()
        self._current = language if language in self.texts else "en"
        self.language.setCurrentIndex(self.language.findData(self._current))
        self._show(self._current)
        self.language.currentIndexChanged.connect(self._switch)

    def _build(self) -> None:
        hint = QLabel(self.tr("{brand}, {period} and {kind} are filled in when the draft is "
                              "written."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Body:"), self.body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _show(self, code: str) -> None:
        self.subject.setText(self.texts[code].subject)
        self.body.setPlainText(self.texts[code].body)

    def _keep(self) -> None:
        self.texts[self._current] = EmailTexts(self.subject.text().strip(),
                                               self.body.toPlainText())

    def _switch(self) -> None:
        self._keep()
        self._current = str(self.language.currentData())
        self._show(self._current)

    def changed(self) -> Texts:
        """The languages whose texts differ from what is stored."""
        self._keep()
        return {code: texts for code, texts in self.texts.items() if texts != self.stored[code]}

    @classmethod
    def run(cls, parent: QWidget | None, ctx: UiContext,
            language: str) -> tuple[tuple[Texts, Texts], bool]:
        """((the changed texts, what was stored before), accepted)."""
        dialog = cls(parent, ctx, language)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        changed = dialog.changed() if accepted else {}
        return (changed, {code: dialog.stored[code] for code in changed}), accepted
