"""The manager's notes of the reported period (what worked, what did not, next actions),
saved as the period's review and printed in the report's notes section."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.reports import report_data as rd

FIELDS = ("what_worked", "what_did_not", "next_actions")


class NotesEditor(QGroupBox):
    """Three boxes side by side and Save notes; a custom range has no review to save into."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Notes for this period"))
        self.setObjectName("reportNotes")
        names = (self.tr("What worked"), self.tr("What did not work"), self.tr("Next actions"))
        self.edits: dict[str, QPlainTextEdit] = {}
        row = QHBoxLayout()
        for key, name in zip(FIELDS, names, strict=True):
            edit = QPlainTextEdit()
            edit.setObjectName(f"notes_{key}")
            edit.setPlaceholderText(name)
            edit.setTabChangesFocus(True)
            self.edits[key] = edit
            column = QVBoxLayout()
            label = QLabel(name)
            label.setBuddy(edit)
            column.addWidget(label)
            column.addWidget(edit)
            row.addLayout(column)
        self.save = QPushButton(self.tr("Save &notes"))
        self.save.setObjectName("reportSaveNotes")
        self.note = QLabel()
        self.note.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.save)
        box = QVBoxLayout(self)
        box.addLayout(row, 1)
        box.addLayout(bottom)
        self.shown_values: tuple[str, str, str] = ("", "", "")

    def values(self) -> tuple[str, str, str]:
        worked, did_not, actions = (self.edits[k].toPlainText().strip() for k in FIELDS)
        return worked, did_not, actions

    def show_notes(self, kind: rd.ReportKind, notes: rd.NotesSection | None) -> None:
        """Show the period's saved notes, unless the person is typing new ones."""
        can_save = kind is not rd.ReportKind.RANGE
        self.save.setEnabled(can_save)
        self.note.setText("" if can_save else self.tr(
            "Notes are saved for a week, a month or a quarter, not for custom dates."))
        if any(edit.document().isModified() for edit in self.edits.values()):
            return
        found = notes or rd.NotesSection()
        self.shown_values = (found.what_worked, found.what_did_not, found.next_actions)
        for key, value in zip(FIELDS, self.shown_values, strict=True):
            self.edits[key].setPlainText(value)
            self.edits[key].document().setModified(False)

    def mark_saved(self) -> None:
        self.shown_values = self.values()
        for edit in self.edits.values():
            edit.document().setModified(False)
