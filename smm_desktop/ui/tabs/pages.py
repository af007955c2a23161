"""The tabs still to come, each describing its step of the job (no fake content)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smm_desktop.ui.tabs.step_page import StepPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


def audience_page() -> StepPage:
    return StepPage(_tr("Audience"), _tr(
        "Before starting: who the brand speaks to, and where those people are."), [
        _tr("Personas: gender, location, marital status, education, interests, pains, dreams, buying habits."),  # noqa: E501
        _tr("Which platforms each persona uses, so which accounts matter."),
        _tr("An audit of the brand's existing accounts."),
    ])


def competitors_page() -> StepPage:
    return StepPage(_tr("Competitors"), _tr(
        "Before starting, then every week and month: what competitors post and how it works for them."), [  # noqa: E501
        _tr("Competitor profiles and their accounts."),
        _tr("Engagement rate, posting frequency, hashtags and trending content over time."),
        _tr("Comparison with the brand's own accounts."),
    ])


def calendar_page() -> StepPage:
    return StepPage(_tr("Calendar"), _tr(
        "Monthly: plan next month's content; daily: keep today's plan current."), [
        _tr("The monthly content plan with each post's brief, moved by drag and drop."),
        _tr("The idea bank, content pillars and posting slots."),
        _tr("Occasions of the brand's country, in the Hijri and Gregorian calendars."),
    ])


def reports_page() -> StepPage:
    return StepPage(_tr("Reports"), _tr(
        "Weekly, monthly and quarterly: results against the goals, sent to the client."), [
        _tr("Followers, engagement rate, reach and view rate against each KPI."),
        _tr("The best and worst content, and the lessons learned."),
        _tr("A PDF report in Arabic or English, ready to email."),
    ])


def todo_page() -> StepPage:
    return StepPage(_tr("Today"), _tr(
        "Every morning: what to do today, across all brands, in the order it matters."), [
        _tr("Today's posts and overdue ones, with one click to mark them scheduled or published."),
        _tr("Follow-ups with the writer and designer on unfinished posts."),
        _tr("The routines of the job: daily, weekly, monthly and quarterly."),
    ])
