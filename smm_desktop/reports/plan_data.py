"""What a month's plan export holds: plain data gathered by services.plan_export, and the
words the documents print (English here; the UI passes translated ones)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from smm_desktop.domain.digits import with_digits
from smm_desktop.domain.enums import PostStatus

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


# The list's columns, in order (CSV and PDF alike): key -> English header.
HEADERS = {
    "when": "Date and time", "brief": "Brief", "date": "Date", "time": "Time", "accounts": "Accounts", "status": "Status",
    "topic": "Topic", "goal": "Goal", "content_type": "Content type", "purpose": "Purpose",
    "persona": "Persona", "pillar": "Pillar", "call_to_action": "Call to action",
    "caption": "Caption", "hashtags": "Hashtags", "approval": "Approval",
    "occasion": "Occasion", "notes_for_design": "Notes for design",
}
CSV_COLUMNS = ("date", "time", "accounts", "status", "topic", "goal", "content_type", "purpose",
               "persona", "pillar", "call_to_action", "caption", "hashtags", "approval",
               "occasion", "notes_for_design")


@dataclass(frozen=True)
class PlanPost:
    """One post of the month with its brief, every reference already turned into words."""

    id: int
    when: datetime
    status: PostStatus
    status_text: str
    topic: str
    accounts: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    goal: str = ""
    content_type: str = ""
    purpose: str = ""
    persona: str = ""
    pillar: str = ""
    call_to_action: str = ""
    caption: str = ""
    hashtags: tuple[str, ...] = ()
    approval: str = ""
    approval_note: str = ""
    occasion: str = ""
    notes_for_design: str = ""
    uid: str = ""


@dataclass(frozen=True)
class PlanOccasion:
    day: date
    name: str
    expected: bool = False


@dataclass(frozen=True)
class PlanTexts:
    """Every word the documents print besides the user's own text."""

    title: str = "Content plan"
    month_title: str = ""
    weekdays: tuple[str, ...] = WEEKDAYS
    weekdays_short: tuple[str, ...] = tuple(d[:3] for d in WEEKDAYS)
    headers: dict[str, str] = field(default_factory=lambda: dict(HEADERS))
    page: str = "Page %1 of %2"
    empty: str = "No posts are planned for this month."
    expected: str = "(expected)"
    more: str = "+%1 more"
    posts_heading: str = "Posts and their briefs"
    untitled: str = "(no topic)"
    list_separator: str = ", "
    digits: str = "latin"

    def number(self, value: int | str) -> str:
        return with_digits(str(value), self.digits)

    def time(self, when: datetime) -> str:
        return self.number(when.strftime("%H:%M"))


@dataclass(frozen=True)
class PlanMonth:
    """A brand's month: its posts by time, its occasions, how the document should look."""

    brand_name: str
    year: int
    month: int
    posts: tuple[PlanPost, ...] = ()
    occasions: tuple[PlanOccasion, ...] = ()
    colours: tuple[str, ...] = ()
    country: str = ""
    time_zone: str | None = None
    rtl: bool = False
    first_weekday: int = 0
    weekend: frozenset[int] = frozenset({5, 6})

    def month_title(self, texts: PlanTexts) -> str:
        return texts.month_title or f"{MONTHS[self.month - 1]} {texts.number(self.year)}"
