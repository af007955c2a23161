"""Which rolling backups to keep: every one of today and yesterday, then the newest of each
day, ISO week and month, going back as far as the policy says (in the spirit of Anki)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetentionPolicy:
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


def _day(stamp: datetime) -> tuple[int, ...]:
    return (stamp.year, stamp.month, stamp.day)


def _week(stamp: datetime) -> tuple[int, ...]:
    year, week, _ = stamp.isocalendar()
    return (year, week)


def _month(stamp: datetime) -> tuple[int, ...]:
    return (stamp.year, stamp.month)


_LEVELS: tuple[tuple[str, Callable[[datetime], tuple[int, ...]]], ...] = (
    ("daily", _day), ("weekly", _week), ("monthly", _month))


def backups_to_keep(stamps: Iterable[datetime], now: datetime,
                    policy: RetentionPolicy = RetentionPolicy()) -> set[datetime]:
    """The backup times to keep; the rest may be deleted (only after a new one is verified)."""
    ordered = sorted(set(stamps), reverse=True)
    recent_from = (now - timedelta(days=1)).date()
    keep = {s for s in ordered if s.date() >= recent_from}
    taken: dict[str, set[tuple[int, ...]]] = {name: set() for name, _ in _LEVELS}
    used = dict.fromkeys(taken, 0)
    for stamp in keep:
        for name, key in _LEVELS:
            taken[name].add(key(stamp))
    for stamp in ordered:
        if stamp not in keep:
            _take(stamp, policy, taken, used, keep)
    return keep


def _take(stamp: datetime, policy: RetentionPolicy, taken: dict[str, set[tuple[int, ...]]],
          used: dict[str, int], keep: set[datetime]) -> None:
    """Keep `stamp` at the level now being filled (daily, then weekly, then monthly) when its
    bucket there is still free."""
    for level, (name, key) in enumerate(_LEVELS):
        if used[name] >= getattr(policy, name):
            continue
        if key(stamp) in taken[name]:
            return
        keep.add(stamp)
        used[name] += 1
        for coarser, coarser_key in _LEVELS[level:]:
            taken[coarser].add(coarser_key(stamp))
        return
