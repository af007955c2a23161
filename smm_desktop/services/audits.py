"""Audits of a brand's existing accounts: a checklist with notes, the posting rhythm, what worked
and what failed, and the baseline numbers kept as snapshots dated on the audit day."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smm_desktop.db.models import AccountAudit, SocialAccount
from smm_desktop.domain.enums import CheckResult
from smm_desktop.domain.errors import Conflict, FieldError
from smm_desktop.domain.metrics import Metric, metric_or_none
from smm_desktop.services._base import (
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
)
from smm_desktop.services.audit_data import (
    AuditData,
    AuditInput,
    AuditPrefill,
    CheckEntry,
    apply_audit,
    audit_data,
    audit_errors,
    baseline_clashes,
    clear_baseline,
    read_baselines,
    write_baseline,
)
from smm_desktop.services.snapshots import latest_readings

__all__ = ["AuditData", "AuditInput", "AuditPrefill", "AuditService", "CheckEntry"]


def _live_audits() -> Select[AccountAudit]:
    """The audits not in the trash, checks loaded, newest first."""
    return (select(AccountAudit).options(selectinload(AccountAudit.checks))
            .where(AccountAudit.deleted_at.is_(None))
            .order_by(AccountAudit.audited_on.desc(), AccountAudit.id.desc()))


def _data(s: Session, row: AccountAudit) -> AuditData:
    key = (row.account_id, row.audited_on)
    return audit_data(row, read_baselines(s, [key])[key])


def _with_baselines(s: Session, rows: list[AccountAudit]) -> list[AuditData]:
    found = read_baselines(s, [(r.account_id, r.audited_on) for r in rows])
    return [audit_data(r, found[(r.account_id, r.audited_on)]) for r in rows]


class AuditService:
    """The audits of the accounts of one workspace; `today` decides what is "in the future"."""

    def __init__(self, session_factory: sessionmaker[Session],
                 today: Callable[[], date] = date.today) -> None:
        self._sf = session_factory
        self._today = today

    def today(self) -> date:
        """The day this service takes as today (the form's latest allowed audit day)."""
        return self._today()

    def list_audits(self, brand_id: int) -> list[AuditData]:
        """The audits of the brand's live accounts, the newest first."""
        query = (_live_audits().join(SocialAccount, SocialAccount.id == AccountAudit.account_id)
                 .where(SocialAccount.brand_id == brand_id, SocialAccount.deleted_at.is_(None)))
        with self._sf() as s:
            return _with_baselines(s, list(s.scalars(query)))

    def account_audits(self, account_id: int) -> list[AuditData]:
        """One account's audits, the newest first."""
        query = _live_audits().where(AccountAudit.account_id == account_id)
        with self._sf() as s:
            return _with_baselines(s, list(s.scalars(query)))

    def get(self, audit_id: int) -> AuditData:
        with self._sf() as s:
            return _data(s, load_live(s, AccountAudit, audit_id))

    def validate(self, account_id: int, data: AuditInput,
                 audit_id: int | None = None) -> list[FieldError]:
        """The rules, and one audit a day per account (their numbers would share a day)."""
        errors = audit_errors(data.normalised(), self._today())
        with self._sf() as s:
            return errors + self._same_day(s, account_id, data.audited_on, audit_id) + \
                baseline_clashes(s, account_id, data.audited_on, data.baseline)

    def create(self, account_id: int, data: AuditInput) -> AuditData:
        """Store the audit and its numbers together: all or nothing."""
        data = data.normalised()
        refuse_invalid(audit_errors(data, self._today()))
        with self._sf.begin() as s:
            load_live(s, SocialAccount, account_id)
            refuse_invalid(self._same_day(s, account_id, data.audited_on, None)
                           + baseline_clashes(s, account_id, data.audited_on, data.baseline))
            row = AccountAudit(account_id=account_id)
            apply_audit(row, data)
            s.add(row)
            write_baseline(s, account_id, data.audited_on, data.baseline)
            s.flush()
            return _data(s, row)

    def update(self, audit_id: int, version: int, data: AuditInput) -> AuditData:
        """Change the audit; its numbers move with its day and are rewritten as typed."""
        data = data.normalised()
        refuse_invalid(audit_errors(data, self._today()))
        try:
            with self._sf.begin() as s:
                row = load_live(s, AccountAudit, audit_id, version)
                refuse_invalid(self._same_day(s, row.account_id, data.audited_on, audit_id)
                               + baseline_clashes(s, row.account_id, data.audited_on,
                                                  data.baseline))
                clear_baseline(s, row.account_id, row.audited_on)
                apply_audit(row, data)
                write_baseline(s, row.account_id, data.audited_on, data.baseline)
                s.flush()
                return _data(s, row)
        except StaleDataError as err:
            raise Conflict("AccountAudit", audit_id) from err

    def delete(self, audit_id: int, version: int) -> None:
        """To the trash with its numbers off the snapshots; `restore` brings both back."""
        try:
            with self._sf.begin() as s:
                row = load_live(s, AccountAudit, audit_id, version)
                clear_baseline(s, row.account_id, row.audited_on)
                mark_deleted(row)
        except StaleDataError as err:
            raise Conflict("AccountAudit", audit_id) from err

    def restore(self, audit_id: int, baseline: Mapping[Metric, float] | None = None) -> AuditData:
        """Undo a delete: the audit comes back, and `baseline` (the numbers it had) as its
        snapshots again, except a KPI typed or imported that day meanwhile, which stays as it is.
        Refused when another audit took its day meanwhile."""
        with self._sf.begin() as s:
            row = load_deleted(s, AccountAudit, audit_id)
            refuse_invalid(self._same_day(s, row.account_id, row.audited_on, audit_id))
            load_live(s, SocialAccount, row.account_id)
            row.deleted_at = None
            write_baseline(s, row.account_id, row.audited_on, dict(baseline or {}))
            s.flush()
            return _data(s, row)

    def prefill(self, account_id: int) -> AuditPrefill:
        """A new audit for today: the latest known value of each KPI as its baseline, and the
        points the last audit left to fix, with their notes, still marked to fix."""
        today = self._today()
        with self._sf() as s:
            account = load_live(s, SocialAccount, account_id)
            readings = [r for r in latest_readings(s, account.brand_id, today)
                        if r.account_id == account_id and metric_or_none(r.metric)]
            previous = s.scalar(_live_audits().where(AccountAudit.account_id == account_id)
                                .limit(1))
            last = _data(s, previous) if previous is not None else None
        known = {Metric(r.metric): r for r in readings}
        data = AuditInput(today, baseline={m: known[m].value for m in Metric if m in known})
        if last is not None:
            data = dataclasses.replace(data, checks=_still_to_fix(last), best_posts=last.best_posts,
                                       failed_before=last.failed_before)
        return AuditPrefill(data.normalised(), {m: r.day for m, r in known.items()},
                            last.audited_on if last else None)

    def purge_deleted(self) -> int:
        return purge_deleted(self._sf, AccountAudit)

    def _same_day(self, s: Session, account_id: int, day: date,
                  audit_id: int | None) -> list[FieldError]:
        query = select(AccountAudit.id).where(
            AccountAudit.account_id == account_id, AccountAudit.audited_on == day,
            AccountAudit.deleted_at.is_(None))
        if audit_id is not None:
            query = query.where(AccountAudit.id != audit_id)
        taken = s.scalar(query.limit(1)) is not None
        return [FieldError("audited_on", "duplicate_day")] if taken else []


def _still_to_fix(last: AuditData) -> tuple[CheckEntry, ...]:
    return tuple(c for c in last.checks if c.result is CheckResult.FIX)
