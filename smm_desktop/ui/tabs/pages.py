"""The tabs still to come, each describing its step of the job (no fake content)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smm_desktop.ui.tabs.step_page import StepPage
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

# title, the step of the job, what the part will hold
_PAGES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "competitors": (
        QT_TRANSLATE_NOOP("Pages", "Competitors"),
        QT_TRANSLATE_NOOP("Pages", "Before starting, then every week and month: what competitors post and how it works for them."),
        (QT_TRANSLATE_NOOP("Pages", "Competitor profiles and their accounts."),
         QT_TRANSLATE_NOOP("Pages", "Engagement rate, posting frequency, hashtags and trending content over time."),
         QT_TRANSLATE_NOOP("Pages", "Comparison with the brand's own accounts.")),
    ),
    "calendar": (
        QT_TRANSLATE_NOOP("Pages", "Calendar"),
        QT_TRANSLATE_NOOP("Pages", "Monthly: plan next month's content; daily: keep today's plan current."),
        (QT_TRANSLATE_NOOP("Pages", "The monthly content plan with each post's brief, moved by drag and drop."),
         QT_TRANSLATE_NOOP("Pages", "The idea bank, content pillars and posting slots."),
         QT_TRANSLATE_NOOP("Pages", "Occasions of the brand's country, in the Hijri and Gregorian calendars.")),
    ),
    "reports": (
        QT_TRANSLATE_NOOP("Pages", "Reports"),
        QT_TRANSLATE_NOOP("Pages", "Weekly, monthly and quarterly: results against the goals, sent to the client."),
        (QT_TRANSLATE_NOOP("Pages", "Followers, engagement rate, reach and view rate against each KPI."),
         QT_TRANSLATE_NOOP("Pages", "The best and worst content, and the lessons learned."),
         QT_TRANSLATE_NOOP("Pages", "A PDF report in Arabic or English, ready to email.")),
    ),
    "todo": (
        QT_TRANSLATE_NOOP("Pages", "Today"),
        QT_TRANSLATE_NOOP("Pages", "Every morning: what to do today, across all brands, in the order it matters."),
        (QT_TRANSLATE_NOOP("Pages", "Today's posts and overdue ones, with one click to mark them scheduled or published."),
         QT_TRANSLATE_NOOP("Pages", "Follow-ups with the writer and designer on unfinished posts."),
         QT_TRANSLATE_NOOP("Pages", "The routines of the job: daily, weekly, monthly and quarterly.")),
    ),
}


def step_page(name: str) -> StepPage:
    """The page for a part of the app still to come, in the current language."""
    title, job, planned = _PAGES[name]
    translate = QCoreApplication.translate
    return StepPage(translate("Pages", title), translate("Pages", job),
                    [translate("Pages", item) for item in planned])
