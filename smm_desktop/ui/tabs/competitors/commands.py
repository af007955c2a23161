"""The undo step of a weekly check: it was saved already; undo takes the new snapshots back
(and puts back the values an update replaced); redo saves them again."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from typing_extensions import override

from smm_desktop.services.competitor_data import SnapshotData, SnapshotInput
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.undo import _HubCommand

if TYPE_CHECKING:
    from smm_desktop.services.competitors import CompetitorService


class WeeklySaveCommand(_HubCommand):
    """`saved` came back from save_weekly; `previous` is what each account had that day."""

    def __init__(self, text: str, hub: DataHub, service: CompetitorService, brand_id: int,
                 day: date, rows: Sequence[tuple[int, SnapshotInput]],
                 saved: Sequence[SnapshotData],
                 previous: Mapping[int, SnapshotData | None]) -> None:
        super().__init__(text, hub, DataHub.COMPETITORS)
        self._service, self._brand_id, self._day = service, brand_id, day
        self._rows, self._previous = list(rows), dict(previous)
        self.saved = [self.seen(s) for s in saved]
        self._done = True

    @override
    def redo(self) -> None:
        if self._done:  # the first push: the form saved it already
            return
        self._done = True

        def call() -> None:
            saved = self._service.save_weekly(self._brand_id, self._day, self._rows, True)
            self.saved = [self.seen(s) for s in saved]
        self._run(call)

    @override
    def undo(self) -> None:
        self._done = False

        def call() -> None:
            for snapshot in self.saved:
                before = self._previous.get(snapshot.account_id)
                version = self.version_of(snapshot)
                if before is None:
                    self._service.delete_snapshot(snapshot.id, version)
                else:
                    self.seen(self._service.update_snapshot(snapshot.id, version,
                                                            before.to_input()))
        self._run(call)
