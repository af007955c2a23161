"""How routines read on screen: the translated title and why of each default routine by its
key (an edited default, or a routine of the manager's own, shows what is stored), and the
cadence names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smm_desktop.domain.routines import Cadence
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_CONTEXT = "RoutineLabels"

# The English source texts equal domain.routines.DEFAULT_ROUTINES (a test keeps them equal).
TITLES: dict[str, str] = {
    "daily_plan_current": QT_TRANSLATE_NOOP("RoutineLabels", "Check the plan is current"),
    "daily_follow_up_posts": QT_TRANSLATE_NOOP("RoutineLabels", "Follow up unfinished posts"),
    "daily_mentions": QT_TRANSLATE_NOOP("RoutineLabels", "Monitor mentions and respond"),
    "daily_comments_messages": QT_TRANSLATE_NOOP("RoutineLabels", "Reply to comments and messages"),
    "daily_field_news": QT_TRANSLATE_NOOP("RoutineLabels", "Read the news of the field"),
    "daily_platform_updates": QT_TRANSLATE_NOOP("RoutineLabels", "Check platform updates"),
    "daily_country_trends": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Watch trends in the target country"),
    "daily_engage_others": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Engage with competitors and influencers"),
    "weekly_strategy_review": QT_TRANSLATE_NOOP("RoutineLabels", "Review the strategy"),
    "weekly_ad_campaigns": QT_TRANSLATE_NOOP("RoutineLabels", "Track ad campaigns"),
    "weekly_competitors": QT_TRANSLATE_NOOP("RoutineLabels", "Monitor competitors"),
    "weekly_goals_review": QT_TRANSLATE_NOOP("RoutineLabels", "Review weekly goals"),
    "weekly_report": QT_TRANSLATE_NOOP("RoutineLabels", "Weekly report"),
    "monthly_plan_next": QT_TRANSLATE_NOOP("RoutineLabels", "Plan next month"),
    "monthly_report": QT_TRANSLATE_NOOP("RoutineLabels", "Detailed monthly report"),
    "monthly_lessons": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Learn from mistakes (best and worst content)"),
    "monthly_ideas_occasions": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Look for new ideas and upcoming occasions"),
    "monthly_competitors": QT_TRANSLATE_NOOP("RoutineLabels", "Monitor competitors"),
    "quarterly_kpi_review": QT_TRANSLATE_NOOP("RoutineLabels", "Review KPIs against the goals"),
    "quarterly_brand_consistency": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Check brand identity consistency"),
    "quarterly_new_goals": QT_TRANSLATE_NOOP("RoutineLabels", "Set new goals"),
    "quarterly_experiment": QT_TRANSLATE_NOOP("RoutineLabels", "Plan an experiment"),
}
WHYS: dict[str, str] = {
    "daily_plan_current": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Today's posts go out as planned, or are changed in time."),
    "daily_follow_up_posts": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Posts due soon need their text and design ready."),
    "daily_mentions": QT_TRANSLATE_NOOP(
        "RoutineLabels", "A quick answer to a mention protects the brand's name."),
    "daily_comments_messages": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Followers who get answers come back and buy."),
    "daily_field_news": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Timely posts come from knowing what happens in the field."),
    "daily_platform_updates": QT_TRANSLATE_NOOP(
        "RoutineLabels", "New features and rules change what works."),
    "daily_country_trends": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Joining a trend early reaches more people."),
    "daily_engage_others": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Being seen in others' conversations grows the audience."),
    "weekly_strategy_review": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Keep the week's posts in line with the goals."),
    "weekly_ad_campaigns": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Move budget away from ads that do not pay off."),
    "weekly_competitors": QT_TRANSLATE_NOOP(
        "RoutineLabels", "See what works for them before they take the audience."),
    "weekly_goals_review": QT_TRANSLATE_NOOP(
        "RoutineLabels", "A goal that slips is easier to save this week than next month."),
    "weekly_report": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Required for accounts over 100k followers; keeps the client informed."),
    "monthly_plan_next": QT_TRANSLATE_NOOP(
        "RoutineLabels", "A full plan before the month starts avoids last-minute posts."),
    "monthly_report": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Shows the client what the month achieved against the goals."),
    "monthly_lessons": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Do more of what worked and less of what did not."),
    "monthly_ideas_occasions": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Occasions planned ahead make the best posts."),
    "monthly_competitors": QT_TRANSLATE_NOOP(
        "RoutineLabels", "A month of their posts shows their strategy."),
    "quarterly_kpi_review": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Know which goals were reached and why."),
    "quarterly_brand_consistency": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Every account should look and sound like the same brand."),
    "quarterly_new_goals": QT_TRANSLATE_NOOP(
        "RoutineLabels", "The next quarter needs targets built on this one's results."),
    "quarterly_experiment": QT_TRANSLATE_NOOP(
        "RoutineLabels", "Testing one new idea a quarter keeps the content fresh."),
}
CADENCES: dict[Cadence, str] = {
    Cadence.DAILY: QT_TRANSLATE_NOOP("RoutineLabels", "Daily"),
    Cadence.WEEKLY: QT_TRANSLATE_NOOP("RoutineLabels", "Weekly"),
    Cadence.MONTHLY: QT_TRANSLATE_NOOP("RoutineLabels", "Monthly"),
    Cadence.QUARTERLY: QT_TRANSLATE_NOOP("RoutineLabels", "Quarterly"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _shipped(table: dict[str, str], key: str | None, stored: str) -> str:
    """The translation while the stored text is still the shipped English; else as stored."""
    source = table.get(key or "")
    return _tr(source) if source is not None and stored.strip() == source else stored


def routine_title(key: str | None, stored_title: str) -> str:
    """The title to show: a default's in the person's language, anything else as stored."""
    return _shipped(TITLES, key, stored_title)


def routine_why(key: str | None, stored_why: str) -> str:
    """The one-line "why" to show, like routine_title."""
    return _shipped(WHYS, key, stored_why)


def cadence_name(cadence: Cadence) -> str:
    return _tr(CADENCES[cadence])
