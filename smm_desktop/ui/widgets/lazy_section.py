"""A section that reads its data only while on screen."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget
from typing_extensions import override


class LazySection(QWidget):
    """Reads nothing until first shown; a change while hidden only marks it out of date, and it
    reads again when next shown. Subclasses implement reload(), which clears `_dirty`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self) -> None:
        """Read now when on screen; otherwise when next shown."""
        self._dirty = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()
