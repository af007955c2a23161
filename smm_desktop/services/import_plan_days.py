"""Planning the day-by-day rows of an import: an account's daily metrics and follower counts
become snapshots (the export's metric names mapped to the catalogue), an ads export's rows
become campaign days (the campaign found by its export name, or created). Writes nothing."""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

from smm_desktop.db.base import utcnow
from smm_desktop.domain.campaigns import CampaignStatus, objective_from_export
from smm_desktop.domain.enums import SnapshotSource
from smm_desktop.domain.metrics import Metric, value_problem
from smm_desktop.importers.records import AccountDayRow, CampaignDayRow, FollowerRow
from smm_desktop.services.import_state import DAY_COLUMNS, State, Writes, campaign_key
from smm_desktop.services.numbers_data import RowPlan

VIDEO_PLATFORMS = {"youtube", "tiktok"}
IMPORTED = SnapshotSource.IMPORT.value
# The daily files' metric names (importers name them) -> the catalogue.
METRIC_NAMES: dict[str, Metric] = {
    "followers": Metric.FOLLOWERS, "follower_count": Metric.FOLLOWERS,
    "total_followers": Metric.FOLLOWERS, "subscribers": Metric.FOLLOWERS,
    "page_followers": Metric.FOLLOWERS, "facebook_page_followers": Metric.FOLLOWERS,
    "reach": Metric.REACH, "unique_impressions": Metric.REACH,
    "impressions": Metric.IMPRESSIONS,
    "engagements": Metric.ENGAGEMENTS, "engagement": Metric.ENGAGEMENTS,
    "content_interactions": Metric.ENGAGEMENTS, "interactions": Metric.ENGAGEMENTS,
    "engagement_rate": Metric.ENGAGEMENT_RATE,
    "video_views": Metric.VIDEO_VIEWS, "views_video": Metric.VIDEO_VIEWS,
    "link_clicks": Metric.LINK_CLICKS, "clicks": Metric.LINK_CLICKS,
    "website_clicks": Metric.WEBSITE_CLICKS, "website_visits": Metric.WEBSITE_CLICKS,
    "saves": Metric.SAVES, "shares": Metric.SHARES, "reposts": Metric.SHARES,
    "mentions": Metric.MENTIONS, "messages": Metric.MESSAGES, "leads": Metric.LEADS,
    "sales": Metric.SALES,
}
_FRACTION_RATES = {Metric.ENGAGEMENT_RATE}  # the readers give rates as fractions
_DELIVERY = {"active": CampaignStatus.ACTIVE, "paused": CampaignStatus.PAUSED,
             "inactive": CampaignStatus.PAUSED, "not_delivering": CampaignStatus.PAUSED,
             "completed": CampaignStatus.ENDED, "ended": CampaignStatus.ENDED,
             "archived": CampaignStatus.ENDED, "scheduled": CampaignStatus.PLANNED}


def metric_of(name: str, platform: str) -> Metric | None:
    """The catalogue metric of an export's daily metric name, or None (unknown)."""
    key = name.strip().lower().replace(" ", "_")
    if key == "views":  # Meta's "Views" replaced impressions; video platforms count views
        return Metric.VIDEO_VIEWS if platform in VIDEO_PLATFORMS else Metric.IMPRESSIONS
    return METRIC_NAMES.get(key)


class DayPlanner:
    """Plans snapshot and campaign-day rows against `state`, filling `writes`."""

    def __init__(self, state: State, writes: Writes) -> None:
        self._state, self._w = state, writes
        self.plans: list[RowPlan] = []
        self._now = utcnow()
        self._planned: dict[tuple[str, date], int] = {}  # new snapshot -> index in writes
        self._new_days: dict[tuple[int | str, date], int] = {}  # new day -> index in writes
        self._periods: dict[tuple[int | str, date], date] = {}  # new day -> its period's start

    def account_day(self, row: AccountDayRow) -> None:
        """One plan per ROW (its metrics each become a snapshot): add when any is new,
        update when any changed, else skip; numbers the app does not track are left out."""
        outcomes = [self._metric_day(row, name, value) for name, value in _with_engagements(
            row.metrics, self._state.platform)]
        plan = _row_plan(row.line, row.day.isoformat(), outcomes)
        self.plans.append(plan)

    def _metric_day(self, row: AccountDayRow, name: str, value: float) -> RowPlan:
        what = f"{row.day.isoformat()} {name}"
        metric = metric_of(name, self._state.platform)
        if metric is None:
            return RowPlan(row.line, "skip", what, "snapshot", None, "unknown_metric")
        if metric in _FRACTION_RATES:
            value = value * 100.0
        return self._snapshot(row.line, what, metric, row.day, value)

    def followers(self, row: FollowerRow) -> None:
        what = f"{row.day.isoformat()} followers"
        if row.followers is None:
            self.plans.append(RowPlan(row.line, "skip", what, "snapshot", None, "no_value"))
            return
        self.plans.append(self._snapshot(row.line, what, Metric.FOLLOWERS, row.day,
                                         float(row.followers)))

    def post_day(self, row: AccountDayRow) -> None:
        """A video's day: the workspace keeps no per-post days, so it is counted as skipped."""
        self.plans.append(RowPlan(row.line, "skip", row.day.isoformat(), "snapshot", None,
                                  "not_stored"))

    def _snapshot(self, line: int, what: str, metric: Metric, day: date,
                  value: float) -> RowPlan:
        problem = value_problem(metric, value)
        if problem is not None:
            return RowPlan(line, "skip", what, "snapshot", None, problem)
        key = (metric.value, day)
        if key in self._planned:  # the same day twice in this file: the last one wins
            self._w.snapshots[self._planned[key]]["value"] = value
            return RowPlan(line, "skip", what, "snapshot", None, "duplicate")
        return self._snapshot_change(line, what, key, value)

    def _snapshot_change(self, line: int, what: str, key: tuple[str, date],
                         value: float) -> RowPlan:
        old = self._state.snapshots.get(key)
        source = IMPORTED
        if old is None:
            self._planned[key] = len(self._w.snapshots)
            self._w.snapshots.append({"account_id": self._state.account_id, "metric": key[0],
                                      "day": key[1], "value": value, "source": source,
                                      "recorded_at": self._now})
            return RowPlan(line, "add", what, "snapshot", None, "new")
        ident, old_value, old_source = old
        if math.isclose(old_value, value, rel_tol=1e-9, abs_tol=1e-9):
            return RowPlan(line, "skip", what, "snapshot", None, "same")
        self._state.snapshots[key] = (ident, value, source)
        self._w.snapshot_updates.append((
            ident, {"value": value, "source": source, "recorded_at": self._now},
            {"value": old_value, "source": old_source}))
        return RowPlan(line, "update", what, "snapshot", None, "newer")

    def campaign_day(self, row: CampaignDayRow) -> None:
        """A row over one day, or the totals of a period kept as one day on its LAST day
        ("period_total"); a period overlapping days the campaign already has is skipped
        ("overlaps_period"), so no spend is counted twice."""
        day, first = row.end or row.start, row.start or row.end
        if day is not None and self._state.today is not None and first is not None:
            day = max(first, min(day, self._state.today))  # a period still running: to today
        what = _campaign_what(row)
        if day is None or first is None:
            self.plans.append(RowPlan(row.line, "skip", what, "campaign_day", None,
                                      "missing_date"))
            return
        key = campaign_key(row.campaign)
        ident = self._state.campaigns.get(key)
        values = _day_values(row)
        index = self._new_days.get((ident or key, day))
        if index is not None and self._periods.get((ident or key, day)) == first:
            # the same campaign and period twice in this file: the last one wins
            self._w.days[index].update({c: v for c, v in values.items() if v is not None})
            self.plans.append(RowPlan(row.line, "skip", what, "campaign_day", None,
                                      "duplicate"))
        elif self._overlaps(ident or key, first, day):
            self.plans.append(RowPlan(row.line, "skip", what, "campaign_day", None,
                                      "overlaps_period"))
        elif ident is None:
            self._new_campaign(key, row)
            self._new_day(row.line, what, {"campaign_ref": key, "day": day, **values},
                          _reason(first, day, "new_campaign"), (key, day), first)
        else:
            self._plan_day(row.line, what, ident, (first, day), values)

    def _overlaps(self, campaign: int | str, first: date, last: date) -> bool:
        """True when the campaign has days in [first, last] other than this very row's (the
        same period imported before, kept on `last`), in the workspace or this file."""
        for n in range((last - first).days + 1):
            day = first + timedelta(days=n)
            planned = self._periods.get((campaign, day))
            if planned is not None and (day != last or planned != first):
                return True
            held = self._state.days.get((campaign, day)) if isinstance(campaign, int) else None
            if held is not None and (day != last or (first < last and held["import_id"] is None)):
                return True
        return False

    def _plan_day(self, line: int, what: str, ident: int, period: tuple[date, date],
                  values: dict[str, Any]) -> None:
        first, day = period
        old = self._state.days.get((ident, day))
        if old is None:
            self._new_day(line, what, {"campaign_ref": None, "campaign_id": ident, "day": day,
                                       **values}, _reason(first, day, "new"), (ident, day),
                          first)
            return
        changed = {c: v for c, v in values.items() if v is not None and v != old[c]}
        if not changed:
            self.plans.append(RowPlan(line, "skip", what, "campaign_day", None, "same"))
            return
        new = {**changed, "import_id": None}
        self._w.day_updates.append((old["id"], new, {c: old[c] for c in new}))
        old.update(new)
        self.plans.append(RowPlan(line, "update", what, "campaign_day", None, "newer"))

    def _new_day(self, line: int, what: str, values: dict[str, Any], reason: str,
                 key: tuple[int | str, date], first: date) -> None:
        self._new_days[key] = len(self._w.days)
        self._periods[key] = first
        self._w.days.append({"campaign_id": None, **values, "version": 1,
                             "created_at": self._now, "updated_at": self._now})
        self.plans.append(RowPlan(line, "add", what, "campaign_day", None, reason))

    def _new_campaign(self, key: str, row: CampaignDayRow) -> None:
        if key in self._w.campaigns:
            return
        objective = objective_from_export(row.objective)
        status = _DELIVERY.get((row.status or "").strip().lower(), CampaignStatus.ACTIVE)
        self._w.campaigns[key] = {
            "brand_id": self._state.brand_id, "platform": None, "name": row.campaign[:200],
            "external_name": row.campaign[:300],
            "objective": objective.value if objective else "",
            "currency": (row.currency or "")[:3].upper(), "status": status.value,
            "version": 1, "created_at": self._now, "updated_at": self._now}


def _campaign_what(row: CampaignDayRow) -> str:
    """The campaign and its day, or its period: "Autumn 2026-11-01–2026-11-30 (30 d)"."""
    first, last = row.start or row.end, row.end or row.start
    if first is None or last is None:
        return row.campaign
    if first >= last:
        return f"{row.campaign} {last.isoformat()}"
    return f"{row.campaign} {first.isoformat()}–{last.isoformat()} ({(last - first).days + 1} d)"


def _reason(first: date, last: date, single: str) -> str:
    """"period_total" for a row covering several days, else the single day's reason."""
    return "period_total" if first < last else single


# LinkedIn's daily totals whose sum is the day's engagements (not the organic/sponsored parts)
_ENGAGEMENT_PARTS = {"linkedin": ("reactions", "comments", "reposts")}


def _with_engagements(metrics: tuple[tuple[str, float], ...],
                      platform: str) -> list[tuple[str, float]]:
    """The day's metrics, plus "engagements" summed from their parts where the file has no
    engagements of its own (LinkedIn: reactions + comments + reposts)."""
    parts = _ENGAGEMENT_PARTS.get(platform, ())
    given = dict(metrics)
    if not parts or "engagements" in given or not any(p in given for p in parts):
        return list(metrics)
    summed = sum(given.get(p, 0.0) for p in parts)
    return [*metrics, ("engagements", summed)]


def _row_plan(line: int, what: str, outcomes: list[RowPlan]) -> RowPlan:
    """One row's plan from its metrics' plans: update beats add beats skip."""
    for action in ("update", "add"):
        found = next((o for o in outcomes if o.action == action), None)
        if found is not None:
            return RowPlan(line, action, what, "snapshot", None, found.reason)
    tracked = [o for o in outcomes if o.reason != "unknown_metric"]
    reason = (tracked or outcomes)[0].reason if outcomes else "no_value"
    return RowPlan(line, "skip", what, "snapshot", None, reason)


def _day_values(row: CampaignDayRow) -> dict[str, Any]:
    conversions = None if row.results is None else round(row.results)
    values = {"spend": row.spend, "impressions": row.impressions, "reach": row.reach,
              "clicks": row.clicks, "conversions": conversions, "revenue": row.revenue}
    assert tuple(values) == DAY_COLUMNS
    return values
