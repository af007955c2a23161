"""The quarterly consistency check: each live account against the brand's guide, one verdict
(pass, fix, not checked, n/a) and a note per aspect. Session-level helpers for GuideService."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smm_desktop.db.models import (
    BrandGuide,
    ConsistencyCheck,
    ConsistencyItem,
    PlatformBio,
    SocialAccount,
)
from smm_desktop.domain.brand_guide import bio_limit
from smm_desktop.domain.enums import CheckResult, ConsistencyAspect, Platform
from smm_desktop.domain.errors import FieldError

NOTES_MAX = 4000


@dataclass(frozen=True)
class CheckItem:
    """One account on one aspect."""

    account_id: int
    aspect: ConsistencyAspect
    result: CheckResult = CheckResult.UNCHECKED
    note: str = ""


@dataclass(frozen=True)
class CheckInput:
    """What the person records; cells left unchecked and without a note are not stored."""

    checked_on: date
    notes: str = ""
    items: tuple[CheckItem, ...] = ()

    def item(self, account_id: int, aspect: ConsistencyAspect) -> CheckItem:
        return next((i for i in self.items if i.account_id == account_id and i.aspect == aspect),
                    CheckItem(account_id, aspect))

    def count(self, result: CheckResult) -> int:
        return sum(1 for i in self.items if i.result == result)

    def recorded(self) -> CheckInput:
        """The same check with only the cells that are stored (a verdict or a note), sorted:
        two checks that save alike compare equal."""
        kept = sorted((i for i in self.items if i.result != CheckResult.UNCHECKED or i.note.strip()),
                      key=lambda i: (i.account_id, i.aspect.value))
        return CheckInput(self.checked_on, self.notes.strip(), tuple(
            CheckItem(i.account_id, i.aspect, i.result, i.note.strip()) for i in kept))

    @property
    def fixes(self) -> int:
        return self.count(CheckResult.FIX)

    @property
    def passes(self) -> int:
        return self.count(CheckResult.PASS)


@dataclass(frozen=True)
class CheckData(CheckInput):
    id: int = 0
    brand_id: int = 0
    version: int = 0

    def to_input(self) -> CheckInput:
        return CheckInput(self.checked_on, self.notes, self.items)


@dataclass(frozen=True)
class SheetRow:
    """An account and what the guide expects of it on its platform."""

    account_id: int
    platform: Platform
    handle: str
    archived: bool = False
    expected_name: str = ""
    expected_bio: str = ""
    expected_link: str = ""
    has_bio: bool = False  # the guide sets a bio for this platform


@dataclass(frozen=True)
class CheckSheet:
    """Everything the check dialog shows beside the cells; `previous` is the last check before
    this one (its verdicts are a hint, never a pre-filled answer)."""

    rows: tuple[SheetRow, ...]
    voice: str = ""
    tone: str = ""
    hashtag_sets: tuple[str, ...] = ()
    previous: CheckData | None = None

    def limit(self, platform: Platform) -> int | None:
        return bio_limit(platform)


def platform_of(value: str) -> Platform:
    return Platform(value) if value in set(Platform) else Platform.OTHER


def _result(value: str) -> CheckResult:
    return CheckResult(value) if value in set(CheckResult) else CheckResult.UNCHECKED


def check_data(row: ConsistencyCheck) -> CheckData:
    """Items of an aspect this version does not know are left out (a newer app wrote them)."""
    items = tuple(CheckItem(i.account_id, ConsistencyAspect(i.aspect), _result(i.result), i.note)
                  for i in row.items if i.aspect in set(ConsistencyAspect))
    return CheckData(row.checked_on, row.notes, items, row.id, row.brand_id, row.version)


def check_errors(s: Session, brand_id: int, data: CheckInput) -> list[FieldError]:
    """Notes readable; every item on an account of this brand."""
    errors: list[FieldError] = []
    if len(data.notes) > NOTES_MAX:
        errors.append(FieldError("notes", "too_long", {"max": str(NOTES_MAX)}))
    wanted = {i.account_id for i in data.items}
    if wanted:
        found = set(s.scalars(select(SocialAccount.id).where(
            SocialAccount.id.in_(wanted), SocialAccount.brand_id == brand_id)))
        if wanted - found:
            errors.append(FieldError("items", "not_found"))
    return errors


def apply_check(s: Session, row: ConsistencyCheck, data: CheckInput) -> None:
    """Write the date, notes and items; items of accounts in the trash (not in the dialog)
    are kept as they were."""
    with s.no_autoflush:  # one flush at the end: the check's version moves once
        live = set(s.scalars(select(SocialAccount.id).where(
            SocialAccount.brand_id == row.brand_id, SocialAccount.deleted_at.is_(None))))
        _apply_items(row, data, live)


def _apply_items(row: ConsistencyCheck, data: CheckInput, live: set[int]) -> None:
    row.checked_on, row.notes = data.checked_on, data.notes.strip()
    cells = {(i.account_id, i.aspect.value): i for i in data.items
             if i.result != CheckResult.UNCHECKED or i.note.strip()}
    for item in list(row.items):
        key = (item.account_id, item.aspect)
        if key in cells:
            new = cells.pop(key)
            item.result, item.note = new.result.value, new.note.strip()
        elif item.account_id in live:
            row.items.remove(item)
    row.items.extend(ConsistencyItem(account_id=a, aspect=asp, result=i.result.value,
                                     note=i.note.strip())
                     for (a, asp), i in sorted(cells.items()))


def live_checks(s: Session, brand_id: int) -> list[ConsistencyCheck]:
    query = (select(ConsistencyCheck)
             .where(ConsistencyCheck.brand_id == brand_id, ConsistencyCheck.deleted_at.is_(None))
             .order_by(ConsistencyCheck.checked_on.desc(), ConsistencyCheck.id.desc()))
    return list(s.scalars(query))


def latest_date(s: Session, brand_id: int) -> date | None:
    return s.scalar(select(func.max(ConsistencyCheck.checked_on)).where(
        ConsistencyCheck.brand_id == brand_id, ConsistencyCheck.deleted_at.is_(None)))


def sheet_rows(s: Session, brand_id: int, also: set[int]) -> tuple[SheetRow, ...]:
    """The brand's live, unarchived accounts (plus archived ones in `also`), each with the
    name, bio and link the guide sets for its platform."""
    bios = {b.platform: b for b in s.scalars(select(PlatformBio).where(
        PlatformBio.brand_id == brand_id))}
    accounts = s.scalars(select(SocialAccount).where(
        SocialAccount.brand_id == brand_id, SocialAccount.deleted_at.is_(None))
        .order_by(SocialAccount.platform, SocialAccount.handle_key))
    rows = []
    for account in accounts:
        if account.archived and account.id not in also:
            continue
        bio = bios.get(account.platform)
        rows.append(SheetRow(
            account.id, platform_of(account.platform),
            account.handle, account.archived, bio.display_name if bio else "",
            bio.bio if bio else "", bio.link if bio else "", bio is not None and bool(bio.bio)))
    return tuple(rows)


def guide_words(s: Session, brand_id: int) -> tuple[str, str]:
    guide = s.scalar(select(BrandGuide).where(BrandGuide.brand_id == brand_id))
    return (guide.voice, guide.tone) if guide else ("", "")
