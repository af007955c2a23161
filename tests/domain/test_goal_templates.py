"""The job's example goals as templates that fill the goal form."""

from datetime import date

import pytest

from smm_desktop.domain import smart
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.goal_templates import TEMPLATES, fit_platform, matching, template
from smm_desktop.domain.kpi import TargetKind
from smm_desktop.domain.metrics import Metric

START = date(2026, 12, 1)


def test_the_three_examples_of_the_job() -> None:
    got = {(t.platform, t.metric, t.target_kind, t.value, t.duration_days) for t in TEMPLATES}
    assert got == {
        (Platform.X, Metric.FOLLOWERS, TargetKind.PERCENT, 30, 120),
        (Platform.LINKEDIN, Metric.WEBSITE_CLICKS, TargetKind.PERCENT, 10, 60),
        (Platform.X, Metric.REACH, TargetKind.ABSOLUTE, 100_000, 100),
    }
    assert len({t.key for t in TEMPLATES}) == len(TEMPLATES)


def test_lookup_by_key() -> None:
    assert template("x_reach_100k_100_days").metric is Metric.REACH
    with pytest.raises(KeyError):
        template("nope")


@pytest.mark.parametrize("chosen", TEMPLATES, ids=lambda t: t.key)
def test_a_filled_template_is_a_valid_goal_once_the_baseline_is_in(chosen) -> None:
    goal = smart.GoalDraft(metric=chosen.metric, has_scope=True, baseline=1000,
                           target_kind=chosen.target_kind, target_value=chosen.value,
                           start=START, deadline=chosen.deadline(START))
    assert smart.validate_goal(goal) == []
    assert goal.days == chosen.duration_days
    assert smart.check_smart(goal).passes(smart.Letter.TIME_BOUND)


def test_thirty_percent_more_followers_from_a_thousand_is_thirteen_hundred() -> None:
    x = template("x_followers_30_percent_4_months")
    goal = smart.GoalDraft(baseline=1000, target_kind=x.target_kind, target_value=x.value)
    assert goal.target == pytest.approx(1300)


def test_a_template_stays_on_its_platform_when_the_brand_is_there() -> None:
    x = template("x_followers_30_percent_4_months")
    assert fit_platform(x, {Platform.X, Platform.INSTAGRAM}) is Platform.X


@pytest.mark.parametrize(("key", "platforms", "fitted"), [
    ("x_followers_30_percent_4_months", {Platform.INSTAGRAM, Platform.FACEBOOK},
     Platform.INSTAGRAM),
    ("x_reach_100k_100_days", {Platform.FACEBOOK, Platform.PINTEREST}, Platform.FACEBOOK),
    ("linkedin_website_clicks_10_percent_60_days", {Platform.INSTAGRAM, Platform.FACEBOOK},
     Platform.FACEBOOK),
    ("x_followers_30_percent_4_months", {Platform.WHATSAPP_BUSINESS}, None),
    ("x_reach_100k_100_days", set(), None),
])
def test_a_template_moves_to_the_best_fitting_platform_the_brand_has(
        key: str, platforms: set[Platform], fitted: Platform | None) -> None:
    assert fit_platform(template(key), platforms) is fitted


def test_a_form_is_matched_to_its_template_while_its_fields_are_the_templates() -> None:
    x = template("x_reach_100k_100_days")
    assert matching(Platform.X, Metric.REACH, TargetKind.ABSOLUTE, 100_000, 100) is x
    assert matching(Platform.X, Metric.REACH, TargetKind.ABSOLUTE, 90_000, 100) is None
    assert matching(None, None, TargetKind.ABSOLUTE, None, None) is None
