from datetime import datetime, timedelta
from itertools import pairwise

from smm_desktop.domain.retention import RetentionPolicy, backups_to_keep

NOW = datetime(2026, 11, 28, 12, 0)


def every(hours: int, count: int) -> list[datetime]:
    return [NOW - timedelta(hours=hours * i) for i in range(count)]


def test_everything_of_today_and_yesterday_is_kept() -> None:
    stamps = every(1, 36)  # hourly, back to yesterday's first hour
    assert backups_to_keep(stamps, NOW) == set(stamps)


def test_older_backups_thin_out_to_days_then_weeks_then_months() -> None:
    stamps = every(6, 4 * 400)
    kept = sorted(backups_to_keep(stamps, NOW), reverse=True)
    recent = [s for s in kept if s.date() >= (NOW - timedelta(days=1)).date()]
    older = kept[len(recent):]
    days, weeks, months = older[:12], older[12:22], older[22:]
    assert len({s.date() for s in days}) == 12
    assert len({s.isocalendar()[:2] for s in weeks}) == 10
    assert len({(s.year, s.month) for s in months}) == 9 == len(months)
    assert all(a > b for a, b in pairwise(kept))
    # the newest of each bucket is the one kept
    assert days[0] == max(s for s in stamps if s.date() == days[0].date())


def test_the_policy_is_configurable() -> None:
    stamps = every(24, 400)
    kept = backups_to_keep(stamps, NOW, RetentionPolicy(daily=3, weekly=0, monthly=2))
    assert len(kept) == 2 + 3 + 2


def test_a_sparse_history_keeps_everything_the_buckets_allow() -> None:
    stamps = [NOW - timedelta(days=d) for d in (0, 30, 60, 90)]
    assert backups_to_keep(stamps, NOW) == set(stamps)
