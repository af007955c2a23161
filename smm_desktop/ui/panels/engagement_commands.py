"""Undoable edits of the engagement log: a quick step (+1/−1) and a typed edit of a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from typing_extensions import override

from smm_desktop.domain.engagement import Counter, Counts
from smm_desktop.services.engagement import EngagementEntry, EngagementService
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.undo import _HubCommand


@dataclass(frozen=True)
class DayValues:
    """What a person can type for one account's day."""

    counts: Counts
    response_minutes: int | None
    note: str

    @classmethod
    def of(cls, entry: EngagementEntry) -> DayValues:
        return cls(entry.counts, entry.response_minutes, entry.note)


class StepCommand(_HubCommand):
    """Add `step` to a counter; undo takes back what really moved (nothing at zero)."""

    def __init__(self, text: str, hub: DataHub, service: EngagementService, account_id: int,
                 day: date, counter: Counter, step: int) -> None:
        super().__init__(text, hub, DataHub.ENGAGEMENT)
        self._service, self._account_id, self._day = service, account_id, day
        self._counter, self._step = counter, step
        self.applied = 0

    def _move(self, step: int) -> None:
        result = self._service.step(self._account_id, self._day, self._counter, step)
        self.seen(result.entry)
        self.applied = result.applied

    @override
    def redo(self) -> None:
        self._run(lambda: self._move(self._step))

    @override
    def undo(self) -> None:
        if self.applied:
            self._run(lambda: self._move(-self.applied))


class SaveDayCommand(_HubCommand):
    """Write the typed values over what was seen; undo writes the former ones back."""

    def __init__(self, text: str, hub: DataHub, service: EngagementService,
                 entry: EngagementEntry, after: DayValues) -> None:
        super().__init__(text, hub, DataHub.ENGAGEMENT)
        self._service, self.entry = service, entry
        self._before, self._after = DayValues.of(entry), after

    def _version(self) -> int:
        return 0 if self.entry.id is None else self.version_of(self.entry)

    def _write(self, values: DayValues) -> None:
        entry = self.entry
        self.entry = self.seen(self._service.save_day(
            entry.account_id, entry.day, values.counts, values.response_minutes, values.note,
            self._version()))

    @override
    def redo(self) -> None:
        self._run(lambda: self._write(self._after))

    @override
    def undo(self) -> None:
        self._run(lambda: self._write(self._before))
