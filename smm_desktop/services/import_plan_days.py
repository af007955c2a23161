"""Planning the day-by-day rows of an import: an account's daily metrics and follower counts
become snapshots (the export's metric names mapped to the catalogue), an ads export's rows
become campaign days (the campaign found by its export name, or created). Writes nothing."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from smm_desktop.db.base import utcnow
from smm_desktop.domain.campaigns import CampaignStatus, objective_from_export
from smm_desktop.domain.enums import SnapshotSource
from smm_desktop.domain.metrics import Metric, value_problem
from smm_desktop.importers.records import AccountDayRow, CampaignDayRow, FollowerRow
from smm_desktop.services.import_state import DAY_COLUMNS, State, Writes, campaign_key
from smm_desktop.services.numbers_data import RowPlan

VIDEO_PLATFORMS = {"youtube", "tiktok"}
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

    def account_day(self, row: AccountDayRow) -> None:
        for name, value in row.metrics:
            metric = metric_of(name, self._state.platform)
            what = f"{row.day.isoformat()} {name}"
            if metric is None:
                self.plans.append(RowPlan(row.line, "skip", what, "snapshot", None,
                                          "unknown_metric"))
                continue
            if metric in _FRACTION_RATES:
                value = value * 100.0
            self._snapshot(row.line, what, metric, row.day, value)

    def followers(self, row: FollowerRow) -> None:
        what = f"{row.day.isoformat()} followers"
        if row.followers is None:
            self.plans.append(RowPlan(row.line, "skip", what, "snapshot", None, "no_value"))
            return
        self._snapshot(row.line, what, Metric.FOLLOWERS, row.day, float(row.followers))

    def post_day(self, row: AccountDayRow) -> None:
        """A video's day: the workspace keeps no per-post days, so it is counted as skipped."""
        self.plans.append(RowPlan(row.line, "skip", row.day.isoformat(), "snapshot", None,
                                  "not_stored"))

    def _snapshot(self, line: int, what: str, metric: Metric, day: date, value: float) -> None:
        problem = value_problem(metric, value)
        if problem is not None:
            self.plans.append(RowPlan(line, "skip", what, "snapshot", None, problem))
            return
        key = (metric.value, day)
        if key in self._planned:  # the same day twice in this file: the last one wins
            self._w.snapshots[self._planned[key]]["value"] = value
            self.plans.append(RowPlan(line, "skip", what, "snapshot", None, "duplicate"))
            return
        self.plans.append(self._snapshot_change(line, what, key, value))

    def _snapshot_change(self, line: int, what: str, key: tuple[str, date],
                         value: float) -> RowPlan:
        old = self._state.snapshots.get(key)
        source = SnapshotSource.IMPORT.value
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
        day = row.start or row.end
        what = f"{row.campaign} {day.isoformat() if day else ''}".strip()
        if day is None:
            self.plans.append(RowPlan(row.line, "skip", what, "campaign_day", None,
                                      "missing_date"))
            return
        key = campaign_key(row.campaign)
        ident = self._state.campaigns.get(key)
        values = _day_values(row)
        index = self._new_days.get((ident or key, day))
        if index is not None:  # the same campaign and day twice in this file: the last wins
            self._w.days[index].update({c: v for c, v in values.items() if v is not None})
            self.plans.append(RowPlan(row.line, "skip", what, "campaign_day", None,
                                      "duplicate"))
        elif ident is None:
            self._new_campaign(key, row)
            self._new_day(row.line, what, {"campaign_ref": key, "day": day, **values},
                          "new_campaign", (key, day))
        else:
            self._plan_day(row.line, what, ident, day, values)

    def _plan_day(self, line: int, what: str, ident: int, day: date,
                  values: dict[str, Any]) -> None:
        old = self._state.days.get((ident, day))
        if old is None:
            self._new_day(line, what, {"campaign_ref": None, "campaign_id": ident, "day": day,
                                       **values}, "new", (ident, day))
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
                 key: tuple[int | str, date]) -> None:
        self._new_days[key] = len(self._w.days)
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


def _day_values(row: CampaignDayRow) -> dict[str, Any]:
    conversions = None if row.results is None else round(row.results)
    values = {"spend": row.spend, "impressions": row.impressions, "reach": row.reach,
              "clicks": row.clicks, "conversions": conversions, "revenue": row.revenue}
    assert tuple(values) == DAY_COLUMNS
    return values
