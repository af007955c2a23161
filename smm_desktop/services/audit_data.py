"""What an account audit holds on the way in and out, its rules, and how its baseline numbers
live in the snapshot table (source "audit", dated on the audit day).

A number typed or imported for the same KPI and day is never taken over: the audit shows it as
its baseline, leaves it alone when the audit is moved or deleted, and a different number for it
is refused on the field ("recorded_that_day")."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import AccountAudit, AuditCheck, Snapshot
from smm_desktop.domain.audit import POSTS_MAX, AuditSummary, posts_problem, summarise
from smm_desktop.domain.enums import AuditItem, CheckResult, SnapshotSource
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.metrics import Metric, metric_or_none
from smm_desktop.services.snapshots import SnapshotData, snapshot_errors

TEXT_MAX = 4000
AUDIT = SnapshotSource.AUDIT.value


@dataclass(frozen=True)
class CheckEntry:
    """One point of the checklist: its result and the note that explains it."""

    item: AuditItem
    result: CheckResult = CheckResult.UNCHECKED
    note: str = ""


def full_checks(checks: Iterable[CheckEntry]) -> tuple[CheckEntry, ...]:
    """Every point in the job's order; a point left out is unchecked with no note."""
    given = {c.item: c for c in checks}
    return tuple(given.get(item, CheckEntry(item)) for item in AuditItem)


@dataclass(frozen=True)
class AuditInput:
    """The fields a person edits; `baseline` maps a KPI to its value on the audit day
    (a KPI left out was not recorded)."""

    audited_on: date
    checks: tuple[CheckEntry, ...] = ()
    posts_last_90_days: int | None = None
    best_posts: str = ""
    failed_before: str = ""
    notes: str = ""
    baseline: Mapping[Metric, float] = field(default_factory=dict)

    def check(self, item: AuditItem) -> CheckEntry:
        return next((c for c in self.checks if c.item is item), CheckEntry(item))

    @property
    def summary(self) -> AuditSummary:
        return summarise(self.check(item).result for item in AuditItem)

    def normalised(self) -> AuditInput:
        """The same audit with every point listed and the texts trimmed, as stored."""
        checks = tuple(dataclasses.replace(c, note=c.note.strip()) for c in full_checks(self.checks))
        baseline = {m: float(self.baseline[m]) for m in Metric if m in self.baseline}
        return dataclasses.replace(
            self, checks=checks, best_posts=self.best_posts.strip(),
            failed_before=self.failed_before.strip(), notes=self.notes.strip(), baseline=baseline)


@dataclass(frozen=True)
class AuditData(AuditInput):
    """A stored audit of one account."""

    id: int = 0
    account_id: int = 0
    version: int = 0

    def to_input(self) -> AuditInput:
        return AuditInput(**{f.name: getattr(self, f.name)
                             for f in dataclasses.fields(AuditInput)})


@dataclass(frozen=True)
class AuditPrefill:
    """A new audit as the form opens it, and where its suggestions came from."""

    data: AuditInput
    known_on: Mapping[Metric, date] = field(default_factory=dict)  # the day of each suggestion
    previous_on: date | None = None  # the account's last audit, whose "fix" notes came along


def baseline_field(metric: Metric) -> str:
    return f"baseline:{metric.value}"


def audit_errors(data: AuditInput, today: date) -> list[FieldError]:
    """A day after today, a count of posts out of range, a bad baseline number, a text too long."""
    errors = []
    if data.audited_on > today:
        errors.append(FieldError("audited_on", "in_future"))
    problem = posts_problem(data.posts_last_90_days)
    if problem:
        errors.append(FieldError("posts_last_90_days", problem, {"min": "0", "max": str(POSTS_MAX)}))
    for name in ("best_posts", "failed_before", "notes"):
        if len(getattr(data, name)) > TEXT_MAX:
            errors.append(FieldError(name, "too_long", {"max": str(TEXT_MAX)}))
    for metric, value in data.baseline.items():
        errors += [dataclasses.replace(e, field=baseline_field(metric))
                   for e in snapshot_errors(SnapshotData(0, metric, data.audited_on, value))]
    return errors


def apply_audit(row: AccountAudit, data: AuditInput) -> None:
    """Write the fields and the checklist; the checks are changed in place (one row a point)."""
    row.audited_on, row.posts_last_90_days = data.audited_on, data.posts_last_90_days
    row.best_posts, row.failed_before, row.notes = data.best_posts, data.failed_before, data.notes
    stored = {c.item: c for c in row.checks}
    for entry in full_checks(data.checks):
        check = stored.get(entry.item.value)
        if check is None:
            check = AuditCheck(item=entry.item.value)
            row.checks.append(check)
        check.result, check.note = entry.result.value, entry.note
    row.updated_at = utcnow()  # the version moves on even when only the numbers changed


def _entry(check: AuditCheck) -> CheckEntry | None:
    if check.item not in set(AuditItem):
        return None
    result = CheckResult(check.result) if check.result in set(CheckResult) else CheckResult.UNCHECKED
    return CheckEntry(AuditItem(check.item), result, check.note)


def audit_data(row: AccountAudit, baseline: Mapping[Metric, float]) -> AuditData:
    entries = [e for e in (_entry(c) for c in row.checks) if e is not None]
    return AuditData(
        audited_on=row.audited_on, checks=full_checks(entries),
        posts_last_90_days=row.posts_last_90_days, best_posts=row.best_posts,
        failed_before=row.failed_before, notes=row.notes, baseline=dict(baseline),
        id=row.id, account_id=row.account_id, version=row.version)


def read_baselines(s: Session, keys: Iterable[tuple[int, date]]
                   ) -> dict[tuple[int, date], dict[Metric, float]]:
    """The numbers of each (account, day), KPIs in catalogue order: the audit's own and those
    typed or imported that day (one snapshot a KPI and day)."""
    wanted = set(keys)
    found: dict[tuple[int, date], dict[Metric, float]] = {key: {} for key in wanted}
    if not wanted:
        return found
    query = select(Snapshot).where(
        Snapshot.account_id.in_(sorted({a for a, _ in wanted})),
        Snapshot.day.in_(sorted({d for _, d in wanted})))
    for snap in s.scalars(query):
        metric = metric_or_none(snap.metric)
        if metric is not None and (snap.account_id, snap.day) in wanted:
            found[(snap.account_id, snap.day)][metric] = snap.value
    return {key: {m: v[m] for m in Metric if m in v} for key, v in found.items()}


def recorded_elsewhere(s: Session, account_id: int, day: date) -> dict[Metric, float]:
    """The numbers of that day typed by hand or imported: an audit never changes them."""
    query = select(Snapshot).where(Snapshot.account_id == account_id, Snapshot.day == day,
                                   Snapshot.source != AUDIT)
    return {m: snap.value for snap in s.scalars(query)
            if (m := metric_or_none(snap.metric)) is not None}


def baseline_clashes(s: Session, account_id: int, day: date,
                     baseline: Mapping[Metric, float]) -> list[FieldError]:
    """A baseline number that differs from one already typed or imported for that KPI and day."""
    kept = recorded_elsewhere(s, account_id, day)
    return [FieldError(baseline_field(m), "recorded_that_day", {"value": f"{kept[m]:g}"})
            for m, v in baseline.items() if m in kept and not math.isclose(kept[m], v)]


def clear_baseline(s: Session, account_id: int, day: date) -> None:
    """Remove the audit's numbers of that day (numbers typed or imported stay)."""
    s.execute(delete(Snapshot).where(Snapshot.account_id == account_id, Snapshot.day == day,
                                     Snapshot.source == AUDIT))


def write_baseline(s: Session, account_id: int, day: date,
                   baseline: Mapping[Metric, float]) -> None:
    """Record each number as the audit's snapshot of that day; a KPI already typed or imported
    that day keeps its own snapshot and source (the caller refused a different number)."""
    now = utcnow()
    for metric, value in baseline.items():
        row = s.scalar(select(Snapshot).where(
            Snapshot.account_id == account_id, Snapshot.metric == metric.value,
            Snapshot.day == day))
        if row is None:
            row = Snapshot(account_id=account_id, metric=metric.value, day=day, source=AUDIT)
            s.add(row)
        if row.source == AUDIT:
            row.value, row.recorded_at = float(value), now
