"""A brand's paid campaigns and their daily results (typed or imported), with the totals and
the rates of domain/formulas (CTR, CPC, CPM, CPA, ROAS) and the pacing of spend against budget."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smm_desktop.db.models import Brand, Campaign, CampaignDay, SocialGoal
from smm_desktop.domain.campaigns import CampaignStatus, objective_or_none, status_or_active
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict, FieldError, NotFound
from smm_desktop.services._base import (
    change,
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
)
from smm_desktop.services.numbers_data import (
    AdRates,
    CampaignData,
    CampaignDayData,
    CampaignDayInput,
    CampaignInput,
)

NAME_MAX, EXTERNAL_MAX, NOTES_MAX = 200, 300, 5000
COUNT_MAX = 2_147_483_647
TOTALS = ("spend", "impressions", "reach", "clicks", "conversions", "revenue")
DAY_COUNTS = ("impressions", "reach", "clicks", "conversions")
Sums = dict[str, float | int | None]


@dataclass(frozen=True)
class CampaignTotals(AdRates):
    """A period's results: each campaign's (days in the period only) and all of them together."""

    campaigns: tuple[CampaignData, ...]
    spend: float | None = None
    impressions: int | None = None
    reach: int | None = None
    clicks: int | None = None
    conversions: int | None = None
    revenue: float | None = None


def _platform(value: str | None) -> Platform | None:
    return Platform(value) if value in set(Platform) else None


def _campaign_data(row: Campaign, sums: Sums | None, today: date) -> CampaignData:
    return CampaignData(
        name=row.name, platform=_platform(row.platform),
        objective=objective_or_none(row.objective), budget=row.budget, currency=row.currency,
        start_day=row.start_day, end_day=row.end_day, status=status_or_active(row.status),
        social_goal_id=row.social_goal_id, notes=row.notes, external_name=row.external_name,
        id=row.id, brand_id=row.brand_id, version=row.version, today=today,
        **_typed_sums(sums or {}))  # type: ignore[arg-type]


def _typed_sums(sums: Sums) -> dict[str, float | int | None]:
    """Money as float, counts as int, None when no day gave the number."""
    out: dict[str, float | int | None] = {}
    for name in TOTALS:
        value = sums.get(name)
        out[name] = None if value is None else (
            float(value) if name in ("spend", "revenue") else int(value))
    return out


def _day_data(row: CampaignDay) -> CampaignDayData:
    return CampaignDayData(
        day=row.day, spend=row.spend, impressions=row.impressions, reach=row.reach,
        clicks=row.clicks, conversions=row.conversions, revenue=row.revenue, id=row.id,
        campaign_id=row.campaign_id, version=row.version, import_id=row.import_id)


def _sums_query(ids: list[int], start: date | None = None, end: date | None = None) -> Select:
    query = select(CampaignDay.campaign_id,
                   *[func.sum(getattr(CampaignDay, n)).label(n) for n in TOTALS]).where(
        CampaignDay.campaign_id.in_(ids))
    if start is not None:
        query = query.where(CampaignDay.day >= start)
    if end is not None:
        query = query.where(CampaignDay.day <= end)
    return query.group_by(CampaignDay.campaign_id)


def _sums(s: Session, ids: list[int], start: date | None = None,
          end: date | None = None) -> dict[int, Sums]:
    if not ids:
        return {}
    return {row.campaign_id: {n: getattr(row, n) for n in TOTALS}
            for row in s.execute(_sums_query(ids, start, end))}


def _money_error(name: str, value: float | None) -> FieldError | None:
    if value is None:
        return None
    if not math.isfinite(value):
        return FieldError(name, "not_a_number")
    return FieldError(name, "negative") if value < 0 else None


def campaign_errors(data: CampaignInput) -> list[FieldError]:
    """A name; a budget not negative; a three-letter currency; the end not before the start."""
    name = data.name.strip()
    errors = [] if name else [FieldError("name", "required")]
    if len(name) > NAME_MAX:
        errors.append(FieldError("name", "too_long", {"max": str(NAME_MAX)}))
    if len(data.external_name.strip()) > EXTERNAL_MAX:
        errors.append(FieldError("external_name", "too_long", {"max": str(EXTERNAL_MAX)}))
    if len(data.notes) > NOTES_MAX:
        errors.append(FieldError("notes", "too_long", {"max": str(NOTES_MAX)}))
    budget = _money_error("budget", data.budget)
    errors += [budget] if budget else []
    currency = data.currency.strip()
    if currency and not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        errors.append(FieldError("currency", "bad_currency"))
    if data.start_day and data.end_day and data.end_day < data.start_day:
        errors.append(FieldError("end_day", "end_before_start"))
    return errors


def day_errors(data: CampaignDayInput) -> list[FieldError]:
    """Money and counts are not negative; counts fit the column."""
    errors = [e for n in ("spend", "revenue") if (e := _money_error(n, getattr(data, n)))]
    for name in DAY_COUNTS:
        value = getattr(data, name)
        if value is not None and value < 0:
            errors.append(FieldError(name, "negative"))
        elif value is not None and value > COUNT_MAX:
            errors.append(FieldError(name, "out_of_range", {"min": "0", "max": str(COUNT_MAX)}))
    return errors


def _apply(row: Campaign, data: CampaignInput) -> None:
    row.name, row.external_name = data.name.strip(), data.external_name.strip()
    row.platform = data.platform.value if data.platform else None
    row.objective = data.objective.value if data.objective else ""
    row.budget, row.currency = data.budget, data.currency.strip().upper()
    row.start_day, row.end_day = data.start_day, data.end_day
    row.status, row.social_goal_id, row.notes = data.status.value, data.social_goal_id, data.notes


class CampaignService:
    """Paid campaigns of the brands in one workspace."""

    def __init__(self, session_factory: sessionmaker[Session],
                 today: Callable[[], date] = date.today) -> None:
        self._sf = session_factory
        self._today = today

    def list_campaigns(self, brand_id: int, include_ended: bool = True) -> list[CampaignData]:
        """The brand's live campaigns, newest start first, with their totals (two queries)."""
        query = select(Campaign).where(Campaign.brand_id == brand_id,
                                       Campaign.deleted_at.is_(None))
        if not include_ended:
            query = query.where(Campaign.status != CampaignStatus.ENDED.value)
        with self._sf() as s:
            rows = list(s.scalars(query))
            sums = _sums(s, [r.id for r in rows])
            today = self._today()
            found = [_campaign_data(r, sums.get(r.id), today) for r in rows]
        return sorted(found, key=lambda c: (-(c.start_day or date.max).toordinal(),
                                            c.name.casefold(), c.id))

    def get(self, campaign_id: int) -> CampaignData:
        with self._sf() as s:
            return self._data(s, load_live(s, Campaign, campaign_id))

    def _data(self, s: Session, row: Campaign) -> CampaignData:
        return _campaign_data(row, _sums(s, [row.id]).get(row.id), self._today())

    def validate(self, brand_id: int, data: CampaignInput) -> list[FieldError]:
        with self._sf() as s:
            return campaign_errors(data) + _goal_errors(s, brand_id, data.social_goal_id)

    def create(self, brand_id: int, data: CampaignInput) -> CampaignData:
        refuse_invalid(campaign_errors(data))
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            refuse_invalid(_goal_errors(s, brand_id, data.social_goal_id))
            row = Campaign(brand_id=brand_id)
            _apply(row, data)
            s.add(row)
            s.flush()
            return self._data(s, row)

    def update(self, campaign_id: int, version: int, data: CampaignInput) -> CampaignData:
        refuse_invalid(campaign_errors(data))

        def mutate(row: Campaign) -> None:
            session = Session.object_session(row)
            assert session is not None
            refuse_invalid(_goal_errors(session, row.brand_id, data.social_goal_id))
            _apply(row, data)
        return change(self._sf, Campaign, campaign_id, version, mutate, self._data)

    def delete(self, campaign_id: int, version: int) -> None:
        """To the trash with its days; undo (restore) brings it back whole."""
        change(self._sf, Campaign, campaign_id, version, mark_deleted, self._data)

    def restore(self, campaign_id: int) -> CampaignData:
        with self._sf.begin() as s:
            row = load_deleted(s, Campaign, campaign_id)
            row.deleted_at = None
            s.flush()
            return self._data(s, row)

    def purge_deleted(self) -> int:
        return purge_deleted(self._sf, Campaign)

    # Days -----------------------------------------------------------------------------------

    def days(self, campaign_id: int) -> list[CampaignDayData]:
        """The campaign's daily results, oldest first."""
        query = (select(CampaignDay).where(CampaignDay.campaign_id == campaign_id)
                 .order_by(CampaignDay.day))
        with self._sf() as s:
            load_live(s, Campaign, campaign_id)
            return [_day_data(row) for row in s.scalars(query)]

    def save_day(self, campaign_id: int, data: CampaignDayInput,
                 version: int | None) -> CampaignDayData:
        """Store a day's results; `version` None adds a day (refused when that day exists)."""
        refuse_invalid(day_errors(data))
        try:
            with self._sf.begin() as s:
                load_live(s, Campaign, campaign_id)
                row = _day_row(s, campaign_id, data.day, version)
                for f in fields(CampaignDayInput):
                    setattr(row, f.name, getattr(data, f.name))
                s.flush()
                return _day_data(row)
        except StaleDataError as err:
            raise Conflict("CampaignDay", campaign_id) from err

    def delete_day(self, day_id: int, version: int) -> None:
        with self._sf.begin() as s:
            row = s.get(CampaignDay, day_id)
            if row is None:
                raise NotFound("CampaignDay", day_id)
            if row.version != version:
                raise Conflict("CampaignDay", day_id)
            s.delete(row)

    # Reports --------------------------------------------------------------------------------

    def totals(self, brand_id: int, start: date, end: date) -> CampaignTotals:
        """Each live campaign's results over [start, end] and the sum of them all."""
        with self._sf() as s:
            rows = list(s.scalars(select(Campaign).where(
                Campaign.brand_id == brand_id, Campaign.deleted_at.is_(None))
                .order_by(Campaign.name, Campaign.id)))
            sums = _sums(s, [r.id for r in rows], start, end)
            today = self._today()
            found = tuple(_campaign_data(r, sums[r.id], today) for r in rows if r.id in sums)
        overall = {n: _sum_of([getattr(c, n) for c in found]) for n in TOTALS}
        return CampaignTotals(found, **overall)  # type: ignore[arg-type]


def _sum_of(values: list[float | int | None]) -> float | int | None:
    given = [v for v in values if v is not None]
    return sum(given) if given else None


def _day_row(s: Session, campaign_id: int, day: date, version: int | None) -> CampaignDay:
    row = s.scalar(select(CampaignDay).where(CampaignDay.campaign_id == campaign_id,
                                             CampaignDay.day == day))
    if row is None and version is None:
        row = CampaignDay(campaign_id=campaign_id, day=day)
        s.add(row)
        return row
    if row is None:
        raise Conflict("CampaignDay", campaign_id)
    if version is None:
        refuse_invalid([FieldError("day", "taken", {"day": day.isoformat()})])
    if row.version != version:
        raise Conflict("CampaignDay", row.id)
    return row


def _goal_errors(s: Session, brand_id: int, goal_id: int | None) -> list[FieldError]:
    if goal_id is None:
        return []
    goal = s.get(SocialGoal, goal_id)
    if goal is None or goal.deleted_at is not None or goal.brand_id != brand_id:
        return [FieldError("social_goal_id", "not_of_brand")]
    return []

