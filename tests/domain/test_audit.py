"""The audit's rules: the posting rhythm and its verdict, the checklist's tally, the KPIs shown
first for each platform."""

from __future__ import annotations

import pytest

from smm_desktop.domain.audit import (
    POSTS_MAX,
    AuditSummary,
    Consistency,
    common_count,
    consistency,
    full_checklist,
    posts_per_week,
    posts_problem,
    summarise,
    usual_metrics,
)
from smm_desktop.domain.enums import AuditItem, CheckResult, Platform
from smm_desktop.domain.metrics import Metric


def test_posts_per_week_over_ninety_days() -> None:
    assert posts_per_week(90) == pytest.approx(7.0)
    assert posts_per_week(0) == 0


@pytest.mark.parametrize(("posts", "verdict"), [
    (None, None), (0, Consistency.DORMANT), (12, Consistency.RARE), (13, Consistency.LOW),
    (38, Consistency.LOW), (39, Consistency.STEADY), (500, Consistency.STEADY),
])
def test_consistency_verdict(posts: int | None, verdict: Consistency | None) -> None:
    assert consistency(posts) is verdict


@pytest.mark.parametrize(("posts", "problem"), [
    (None, None), (0, None), (POSTS_MAX, None), (-1, "posts_out_of_range"),
    (POSTS_MAX + 1, "posts_out_of_range"),
])
def test_posts_range(posts: int | None, problem: str | None) -> None:
    assert posts_problem(posts) == problem


def test_summary_counts_each_result() -> None:
    results = [CheckResult.FIX, CheckResult.FIX, CheckResult.PASS, CheckResult.NOT_APPLICABLE,
               CheckResult.UNCHECKED]
    summary = summarise(results)
    assert summary == AuditSummary(to_fix=2, passed=1, unchecked=1, not_applicable=1)
    assert summary.checked == 4


def test_full_checklist_fills_missing_points_as_unchecked() -> None:
    full = full_checklist({AuditItem.PINNED: CheckResult.PASS})
    assert list(full) == list(AuditItem)
    assert full[AuditItem.PINNED] is CheckResult.PASS
    assert full[AuditItem.BIO_LINK] is CheckResult.UNCHECKED


@pytest.mark.parametrize("platform", list(Platform))
def test_usual_metrics_list_each_kpi_once_common_first(platform: Platform) -> None:
    metrics = usual_metrics(platform)
    assert sorted(metrics) == sorted(Metric)
    assert metrics[:5] == (Metric.FOLLOWERS, Metric.REACH, Metric.IMPRESSIONS,
                           Metric.ENGAGEMENTS, Metric.ENGAGEMENT_RATE)
    assert 5 <= common_count(platform) <= len(Metric)


def test_video_platforms_put_video_views_among_the_usual() -> None:
    usual = usual_metrics(Platform.TIKTOK)[:common_count(Platform.TIKTOK)]
    assert Metric.VIDEO_VIEWS in usual and Metric.VIEW_RATE in usual
    assert Metric.MESSAGES in usual_metrics(Platform.WHATSAPP_BUSINESS)[:6]
