"""The KPI catalogue: every metric is described, and readings are checked by its unit."""

import math

import pytest

from smm_desktop.domain.metrics import (
    CATALOGUE,
    Metric,
    Tally,
    Unit,
    is_rate,
    is_running_total,
    metric_or_none,
    value_problem,
)


def test_every_metric_of_the_job_is_in_the_catalogue() -> None:
    wanted = {"followers", "reach", "impressions", "engagements", "engagement_rate",
              "website_clicks", "link_clicks", "video_views", "view_rate", "saves", "shares",
              "mentions", "messages", "leads", "sales"}
    assert {m.value for m in Metric} == wanted
    assert set(CATALOGUE) == set(Metric)


def test_only_followers_is_a_running_total_and_only_rates_are_percent() -> None:
    assert {m for m in Metric if is_running_total(m)} == {Metric.FOLLOWERS}
    assert {m for m in Metric if is_rate(m)} == {Metric.ENGAGEMENT_RATE, Metric.VIEW_RATE}
    assert CATALOGUE[Metric.REACH].tally is Tally.PER_PERIOD
    assert CATALOGUE[Metric.VIEW_RATE].unit is Unit.PERCENT


@pytest.mark.parametrize(("metric", "value", "problem"), [
    (Metric.FOLLOWERS, 0.0, None),
    (Metric.FOLLOWERS, 1_000_000.0, None),
    (Metric.FOLLOWERS, -1.0, "negative"),
    (Metric.REACH, math.nan, "not_a_number"),
    (Metric.REACH, math.inf, "not_a_number"),
    (Metric.ENGAGEMENT_RATE, 100.0, None),
    (Metric.ENGAGEMENT_RATE, 100.5, "over_100_percent"),
    (Metric.VIEW_RATE, -0.1, "negative"),
    (Metric.SALES, 250.0, None),
    (None, 250.0, None),
])
def test_value_problem(metric: Metric | None, value: float, problem: str | None) -> None:
    assert value_problem(metric, value) == problem


def test_unknown_stored_metric_reads_as_none() -> None:
    assert metric_or_none("followers") is Metric.FOLLOWERS
    assert metric_or_none("telepathy") is None
    assert metric_or_none(None) is None
