"""What a tab whose feature is still to come shows: the step of the job it serves, honestly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


class StepPage(QScrollArea):
    """A title, what this step of the job is, and what this part of the app will hold."""

    def __init__(self, title: str, job: str, planned: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(self._paragraph(job))
        layout.addWidget(self._paragraph(self.tr("Not built yet. This part of the app will hold:")))
        for item in planned:
            layout.addWidget(self._paragraph("• " + item))
        layout.addStretch()
        self.setWidget(body)

    @staticmethod
    def _paragraph(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label
