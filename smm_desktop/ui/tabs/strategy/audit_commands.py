"""An undo command that tells more than one area: an audit's change is also a change of the
snapshots (its baseline numbers), which goal progress reads."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand
from typing_extensions import override

from smm_desktop.ui.hub import DataHub


class AlsoTell(QUndoCommand):
    """Runs `inner` (a command of ui/undo.py, which tells its own area) and then tells `areas`
    too, after the change on redo and on undo alike."""

    def __init__(self, inner: Any, hub: DataHub, *areas: str) -> None:
        super().__init__(inner.text())
        self.inner, self._hub, self._areas = inner, hub, areas

    @property
    def failed(self) -> bool:
        return bool(self.inner.failed)

    @property
    def record(self) -> Any:
        return self.inner.record

    @override
    def redo(self) -> None:
        self.inner.redo()
        self._tell()

    @override
    def undo(self) -> None:
        self.inner.undo()
        self._tell()

    def _tell(self) -> None:
        self.setObsolete(self.inner.isObsolete())
        for area in self._areas:
            self._hub.changed.emit(area)
