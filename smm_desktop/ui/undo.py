"""Undoable edits: every change to brands and accounts goes through the undo stack (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from typing_extensions import override

from smm_desktop.domain.errors import Conflict, NotFound, StorageFault, ValidationFailed
from smm_desktop.ui.hub import DataHub

EXPECTED = (Conflict, NotFound, ValidationFailed, StorageFault)


class _HubCommand(QUndoCommand):
    """Runs a service call, then tells the hub; a refused call makes the command obsolete."""

    def __init__(self, text: str, hub: DataHub, area: str) -> None:
        super().__init__(text)
        self._hub, self._area = hub, area
        self.failed = False

    def _run(self, call: Callable[[], None]) -> None:
        try:
            call()
        except EXPECTED as err:
            self.failed = True
            self.setObsolete(True)
            self._hub.failed.emit(err)
        self._hub.changed.emit(self._area)

    def version_of(self, record: Any) -> int:
        """The version to write over: a later command on the same record (an edit after an
        archive) moved it past the one this command saw; a change made elsewhere still conflicts."""
        return max(record.version, self._hub.versions.get((type(record), record.id), 0))

    def seen(self, record: Any) -> Any:
        """Note the version a service call gave back, for the other commands on the record."""
        if record is not None:
            self._hub.versions[(type(record), record.id)] = record.version
        return record


class CreateCommand(_HubCommand):
    """Create once; undo moves it to the trash; redo brings the same record back."""

    def __init__(self, text: str, hub: DataHub, area: str, create: Callable[[], Any],
                 delete: Callable[[int, int], None], undelete: Callable[[int], Any]) -> None:
        super().__init__(text, hub, area)
        self._create, self._delete, self._undelete = create, delete, undelete
        self.record: Any = None

    @override

    def redo(self) -> None:
        def call() -> None:
            if self.record is None:
                self.record = self.seen(self._create())
            else:
                self.record = self.seen(self._undelete(self.record.id))
        self._run(call)

    @override

    def undo(self) -> None:
        self._run(lambda: self._delete(self.record.id, self.version_of(self.record)))


class DeleteCommand(_HubCommand):
    """Move to the trash; undo restores it whole."""

    def __init__(self, text: str, hub: DataHub, area: str, record: Any,
                 delete: Callable[[int, int], None], undelete: Callable[[int], Any]) -> None:
        super().__init__(text, hub, area)
        self.record, self._delete, self._undelete = record, delete, undelete

    @override

    def redo(self) -> None:
        self._run(lambda: self._delete(self.record.id, self.version_of(self.record)))

    @override

    def undo(self) -> None:
        def call() -> None:
            self.record = self.seen(self._undelete(self.record.id))
        self._run(call)


class ChangeCommand(_HubCommand):
    """Write `after` over `before` (an edit, an archive) with the version it last saw."""

    def __init__(self, text: str, hub: DataHub, area: str, record: Any,
                 write: Callable[[int, int, Any], Any], before: Any, after: Any) -> None:
        super().__init__(text, hub, area)
        self.record, self._write, self._before, self._after = record, write, before, after

    def _apply(self, value: Any) -> None:
        def call() -> None:
            self.record = self.seen(
                self._write(self.record.id, self.version_of(self.record), value))
        self._run(call)

    @override

    def redo(self) -> None:
        self._apply(self._after)

    @override

    def undo(self) -> None:
        self._apply(self._before)


def swap_order(ids: list[int], row: int, step: int) -> list[int] | None:
    """`ids` with the one at `row` moved `step` places (-1 earlier, 1 later), for a
    ReorderCommand's `after`; None when it cannot move there."""
    if not 0 <= row < len(ids) or not 0 <= row + step < len(ids):
        return None
    after = list(ids)
    after[row], after[row + step] = after[row + step], after[row]
    return after


class ReorderCommand(_HubCommand):
    """Put records in the order of `after` (a list of ids); undo puts back `before`."""

    def __init__(self, text: str, hub: DataHub, area: str, write: Callable[[list[int]], Any],
                 before: list[int], after: list[int]) -> None:
        super().__init__(text, hub, area)
        self._write, self._before, self._after = write, before, after

    @override

    def redo(self) -> None:
        self._run(lambda: self._write(self._after))

    @override

    def undo(self) -> None:
        self._run(lambda: self._write(self._before))


class CallCommand(_HubCommand):
    """Run `do` on redo and `undo_call` on undo: a change with no record to trash or restore
    by id (a value recorded for a day)."""

    def __init__(self, text: str, hub: DataHub, area: str, do: Callable[[], Any],
                 undo_call: Callable[[], Any]) -> None:
        super().__init__(text, hub, area)
        self._do, self._undo_call = do, undo_call

    @override
    def redo(self) -> None:
        self._run(self._do)

    @override
    def undo(self) -> None:
        self._run(self._undo_call)
