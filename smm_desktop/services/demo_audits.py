"""The sample's account audits: every account audited a few days after the brand came on board
(some points to fix, with notes), and a recent re-audit of two accounts.

Baseline numbers follow the account's snapshot history (written by demo_strategy): followers
between the two weekly readings around the audit day, reach near that week's. The audit days
fall between the weekly readings, so no imported snapshot is overwritten.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta

from smm_desktop.domain.enums import AuditItem, CheckResult, Platform
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.audits import AuditData, AuditInput, AuditService, CheckEntry
from smm_desktop.services.demo_audit_texts import (
    BEST_POSTS,
    FAILED_BEFORE,
    FIXED_PREFIX,
    NOTES,
    NOTES_AGAIN,
    NOTES_FIRST,
)
from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.snapshots import SnapshotService
from smm_desktop.services.workspace import Workspace

Series = list[tuple[date, float]]
_VIDEO = {Platform.TIKTOK, Platform.YOUTUBE, Platform.SNAPCHAT}
_NO_PIN = {Platform.SNAPCHAT, Platform.WHATSAPP_BUSINESS}
# (brand index, account index) re-audited lately.
REAUDITED = ((0, 0), (1, 1))


def write_audits(workspace: Workspace, rng: random.Random, sample: Sequence[SampleBrand],
                 today: date) -> None:
    sf = workspace.session_factory
    audits, snapshots = AuditService(sf, today=lambda: today), SnapshotService(sf)
    for brand in sample:
        for n, account in enumerate(brand.accounts):
            history = {m: [(s.day, s.value) for s in snapshots.history(account.id, m)]
                       for m in (Metric.FOLLOWERS, Metric.REACH)}
            day = _between_readings(brand.onboarded + timedelta(days=rng.randint(1, 5)),
                                    brand.onboarded)
            first = audits.create(account.id, _first(rng, brand.index, account, day, history))
            if (brand.index, n) in REAUDITED:
                again = _between_readings(today - timedelta(days=rng.randint(4, 12)),
                                          brand.onboarded)
                audits.create(account.id, _again(rng, brand.index, account, first, again,
                                                 history))


def _between_readings(day: date, first: date) -> date:
    """The day, or the one before when the weekly imports have a reading on it."""
    return day - timedelta(days=1) if (day - first).days % 7 == 0 else day


def _value_on(series: Series, day: date) -> float:
    """Between the readings around `day`, in proportion; the nearest one at either end."""
    at = bisect_right(series, (day, float("inf")))
    if at == 0 or at == len(series):
        return series[min(at, len(series) - 1)][1] if series else 0.0
    (d0, v0), (d1, v1) = series[at - 1], series[at]
    return round(v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days)


def _baseline(rng: random.Random, account: AccountData, day: date,
              history: dict[Metric, Series]) -> dict[Metric, float]:
    reach = round(_value_on(history[Metric.REACH], day) * rng.uniform(0.92, 1.08))
    rate = round(rng.uniform(0.8, 5.5), 1)
    numbers = {Metric.FOLLOWERS: _value_on(history[Metric.FOLLOWERS], day),
               Metric.REACH: float(reach),
               Metric.IMPRESSIONS: float(round(reach * rng.uniform(1.3, 1.9))),
               Metric.ENGAGEMENTS: float(round(reach * rate / 100)),
               Metric.ENGAGEMENT_RATE: rate}
    if account.platform in _VIDEO:
        numbers[Metric.VIDEO_VIEWS] = float(round(reach * rng.uniform(1.5, 3.0)))
        numbers[Metric.VIEW_RATE] = round(rng.uniform(18, 45), 1)
    if account.platform is Platform.WHATSAPP_BUSINESS:
        numbers[Metric.MESSAGES] = float(rng.randint(40, 160))
    return numbers


def _first_checks(rng: random.Random, brand: int, account: AccountData) -> tuple[CheckEntry, ...]:
    """Two to four points to fix, the rest passed; pinned content where a platform has none."""
    fix_notes, pass_notes = NOTES[brand]
    to_fix = set(rng.sample(list(AuditItem), rng.randint(2, 4)))
    checks = []
    for item in AuditItem:
        if item is AuditItem.PINNED and account.platform in _NO_PIN:
            checks.append(CheckEntry(item, CheckResult.NOT_APPLICABLE))
        elif item in to_fix:
            checks.append(CheckEntry(item, CheckResult.FIX, fix_notes[item]))
        else:
            checks.append(CheckEntry(item, CheckResult.PASS, pass_notes[item]))
    return tuple(checks)


def _first(rng: random.Random, brand: int, account: AccountData, day: date,
           history: dict[Metric, Series]) -> AuditInput:
    posts = 0 if account.platform is Platform.SNAPCHAT else rng.randint(3, 45)
    return AuditInput(
        day, checks=_first_checks(rng, brand, account), posts_last_90_days=posts,
        best_posts=rng.choice(BEST_POSTS[brand]), failed_before=rng.choice(FAILED_BEFORE[brand]),
        notes=NOTES_FIRST[brand], baseline=_baseline(rng, account, day, history))


def _again(rng: random.Random, brand: int, account: AccountData, first: AuditData, day: date,
           history: dict[Metric, Series]) -> AuditInput:
    """The points to fix are mostly fixed; one stays open."""
    fixes = [c for c in first.checks if c.result is CheckResult.FIX]
    still = fixes[-1].item if fixes else None
    checks = tuple(
        c if c.result is not CheckResult.FIX or c.item is still
        else CheckEntry(c.item, CheckResult.PASS, FIXED_PREFIX[brand] + c.note)
        for c in first.checks)
    return AuditInput(
        day, checks=checks, posts_last_90_days=rng.randint(36, 48),
        best_posts=rng.choice(BEST_POSTS[brand]), failed_before=first.failed_before,
        notes=NOTES_AGAIN[brand], baseline=_baseline(rng, account, day, history))
