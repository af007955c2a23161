"""macOS hands a double-clicked workspace to the running app as a QFileOpenEvent, not argv."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication


class FileOpenFilter(QObject):
    """Opens the file of every QFileOpenEvent the application receives."""

    def __init__(self, app: QApplication, open_file: Callable[[str], object]) -> None:
        super().__init__(app)
        self._open_file = open_file

    @classmethod
    def install(cls, app: QApplication, open_file: Callable[[str], object]) -> FileOpenFilter:
        """Filter `app`'s events from now on; the filter lives as long as the application."""
        event_filter = cls(app, open_file)
        app.installEventFilter(event_filter)
        return event_filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.type() == QEvent.Type.FileOpen:
            path = event.file()
            if path:
                self._open_file(path)
                return True
        return super().eventFilter(watched, event)
