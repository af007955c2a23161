"""The undo command of a platform bio: its rows are deleted, not trashed, so undo writes the
bio back by platform instead of restoring a row by id."""

from __future__ import annotations

from collections.abc import Callable

from smm_desktop.services.guides import BioData, BioInput
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.undo import _HubCommand

SaveBio = Callable[[int, BioInput | None], BioData | None]


class BioCommand(_HubCommand):
    """Write `after` (None: remove) over `before` with the version last seen (0: none)."""

    def __init__(self, text: str, hub: DataHub, save: SaveBio, version: int,
                 before: BioInput | None, after: BioInput | None) -> None:
        super().__init__(text, hub, DataHub.GUIDE)
        self._save, self.version = save, version
        self._before, self._after = before, after

    def _apply(self, value: BioInput | None) -> None:
        def call() -> None:
            record = self._save(self.version, value)
            self.version = record.version if record else 0
        self._run(call)

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)
