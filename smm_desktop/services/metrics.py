"""Measured numbers typed by hand or read back: a post's results per account, and a month of an
account's snapshots as a grid (days down, metrics across) for quick manual entry."""

from __future__ import annotations

import calendar
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import Post, PostMetric, Snapshot, SocialAccount
from smm_desktop.domain.enums import SnapshotSource
from smm_desktop.domain.errors import Conflict, FieldError, NotFound
from smm_desktop.domain.metrics import Metric, value_problem
from smm_desktop.services._base import load_live, refuse_invalid
from smm_desktop.services.numbers_data import PostMetricsData, PostMetricsInput

GridKey = tuple[Metric, date]
# The largest count a column holds on every database (a 32-bit integer).
COUNT_MAX = 2_147_483_647
COUNT_RANGE = {"min": "0", "max": str(COUNT_MAX)}
COUNT_FIELDS = ("impressions", "reach", "likes", "comments", "shares", "saves", "clicks",
                "video_views", "follows", "profile_visits", "engagements")
TEXT_MAX = {"external_id": 100, "permalink": 1000}


def _metric_data(row: PostMetric) -> PostMetricsData:
    values = {f.name: getattr(row, f.name) for f in fields(PostMetricsInput)}
    source = SnapshotSource(row.source) if row.source in set(SnapshotSource) else (
        SnapshotSource.IMPORT)
    return PostMetricsData(**values, id=row.id, post_id=row.post_id, account_id=row.account_id,
                           source=source, import_id=row.import_id, version=row.version)


def post_metrics_errors(data: PostMetricsInput, today: date) -> list[FieldError]:
    """Counts are whole and not negative; the day is not in the future; links fit."""
    errors = [FieldError("as_of", "in_future")] if data.as_of > today else []
    for name in COUNT_FIELDS:
        value = getattr(data, name)
        if value is not None and value < 0:
            errors.append(FieldError(name, "negative"))
        elif value is not None and value > COUNT_MAX:
            errors.append(FieldError(name, "out_of_range", COUNT_RANGE))
    seconds = data.watch_seconds
    if seconds is not None and (not math.isfinite(seconds) or seconds < 0):
        errors.append(FieldError("watch_seconds", "negative"))
    errors += [FieldError(name, "too_long", {"max": str(limit)})
               for name, limit in TEXT_MAX.items() if len(getattr(data, name)) > limit]
    return errors


def grid_errors(values: Mapping[GridKey, float | None], today: date) -> list[FieldError]:
    """Each bad cell: field = the metric, params day = the ISO day (future, negative, over
    100 percent for a rate, not a number)."""
    errors = []
    for (metric, day), value in sorted(values.items(), key=lambda item: (item[0][1], item[0][0])):
        params = {"day": day.isoformat()}
        if value is not None and day > today:
            errors.append(FieldError(metric.value, "in_future", params))
            continue
        problem = None if value is None else value_problem(metric, value)
        if problem is not None:
            errors.append(FieldError(metric.value, problem, params))
    return errors


def month_days(year: int, month: int) -> list[date]:
    return [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]


class MetricsService:
    """Post metrics and the manual-entry grid of one workspace."""

    def __init__(self, session_factory: sessionmaker[Session],
                 today: Callable[[], date] = date.today) -> None:
        self._sf = session_factory
        self._today = today

    # Post metrics ---------------------------------------------------------------------------

    def post_metrics(self, post_id: int) -> list[PostMetricsData]:
        """The post's numbers, one per account it has numbers on."""
        return self.post_metrics_for([post_id]).get(post_id, [])

    def post_metrics_for(self, post_ids: Iterable[int]) -> dict[int, list[PostMetricsData]]:
        """The numbers of many posts in one query (the list view's columns)."""
        wanted = sorted(set(post_ids))
        found: dict[int, list[PostMetricsData]] = {}
        if not wanted:
            return found
        query = (select(PostMetric).where(PostMetric.post_id.in_(wanted))
                 .order_by(PostMetric.post_id, PostMetric.account_id))
        with self._sf() as s:
            for row in s.scalars(query):
                found.setdefault(row.post_id, []).append(_metric_data(row))
        return found

    def validate_post_metrics(self, data: PostMetricsInput) -> list[FieldError]:
        return post_metrics_errors(data, self._today())

    def save_post_metrics(self, post_id: int, account_id: int, data: PostMetricsInput,
                          version: int | None) -> PostMetricsData:
        """Store typed numbers (source manual). `version` None: there were none yet."""
        refuse_invalid(post_metrics_errors(data, self._today()))
        try:
            with self._sf.begin() as s:
                row = self._metric_row(s, post_id, account_id, version)
                for f in fields(PostMetricsInput):
                    setattr(row, f.name, getattr(data, f.name))
                row.source, row.import_id = SnapshotSource.MANUAL.value, None
                s.flush()
                return _metric_data(row)
        except StaleDataError as err:
            raise Conflict("PostMetric", post_id) from err

    def _metric_row(self, s: Session, post_id: int, account_id: int,
                    version: int | None) -> PostMetric:
        post = load_live(s, Post, post_id)
        account = load_live(s, SocialAccount, account_id)
        if account.brand_id != post.brand_id:
            refuse_invalid([FieldError("account_id", "not_of_brand")])
        row = s.scalar(select(PostMetric).where(PostMetric.post_id == post_id,
                                                PostMetric.account_id == account_id))
        if row is None and version is None:
            row = PostMetric(post_id=post_id, account_id=account_id)
            s.add(row)
        elif row is None or row.version != version:
            raise Conflict("PostMetric", post_id)
        return row

    def delete_post_metrics(self, metric_id: int, version: int) -> None:
        """Remove a post's numbers on one account (stale: Conflict)."""
        with self._sf.begin() as s:
            row = s.get(PostMetric, metric_id)
            if row is None:
                raise NotFound("PostMetric", metric_id)
            if row.version != version:
                raise Conflict("PostMetric", metric_id)
            s.delete(row)

    # The month grid -------------------------------------------------------------------------

    def month_grid(self, account_id: int, metrics: Sequence[Metric], year: int,
                   month: int) -> dict[GridKey, float]:
        """The account's stored values of those metrics on each day of the month."""
        days = month_days(year, month)
        query = select(Snapshot.metric, Snapshot.day, Snapshot.value).where(
            Snapshot.account_id == account_id,
            Snapshot.metric.in_([m.value for m in metrics]),
            Snapshot.day.between(days[0], days[-1]))
        with self._sf() as s:
            return {(Metric(m), d): v for m, d, v in s.execute(query)}

    def history(self, account_id: int,
                metrics: Sequence[Metric]) -> dict[date, dict[Metric, float]]:
        """Every day the account has a value of those metrics, oldest first (one query)."""
        query = (select(Snapshot.day, Snapshot.metric, Snapshot.value)
                 .where(Snapshot.account_id == account_id,
                        Snapshot.metric.in_([m.value for m in metrics]))
                 .order_by(Snapshot.day))
        found: dict[date, dict[Metric, float]] = {}
        with self._sf() as s:
            for day, metric, value in s.execute(query):
                found.setdefault(day, {})[Metric(metric)] = value
        return found

    def validate_grid(self, values: Mapping[GridKey, float | None]) -> list[FieldError]:
        return grid_errors(values, self._today())

    def save_grid(self, account_id: int, values: Mapping[GridKey, float | None]) -> int:
        """Write the typed cells in one unit (None removes that day's value); every cell is
        checked first and nothing is written when one is bad. Returns the cells written."""
        refuse_invalid(grid_errors(values, self._today()))
        if not values:
            return 0
        with self._sf.begin() as s:
            load_live(s, SocialAccount, account_id)
            existing = _grid_rows(s, account_id, values)
            now = utcnow()
            for (metric, day), value in values.items():
                row = existing.get((metric, day))
                if value is None:
                    if row is not None:
                        s.delete(row)
                    continue
                if row is None:
                    row = Snapshot(account_id=account_id, metric=metric.value, day=day)
                    s.add(row)
                row.value, row.source, row.recorded_at = (
                    float(value), SnapshotSource.MANUAL.value, now)
        return len(values)


def _grid_rows(s: Session, account_id: int,
               values: Mapping[GridKey, float | None]) -> dict[GridKey, Snapshot]:
    """The stored snapshots of the cells in `values` (one query over their days)."""
    days = [day for _, day in values]
    query = select(Snapshot).where(
        Snapshot.account_id == account_id,
        Snapshot.metric.in_(sorted({m.value for m, _ in values})),
        Snapshot.day.between(min(days), max(days)))
    return {(Metric(r.metric), r.day): r for r in s.scalars(query)
            if r.metric in set(Metric) and (Metric(r.metric), r.day) in values}
