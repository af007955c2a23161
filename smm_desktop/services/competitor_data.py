"""What competitors, their accounts, snapshots, log lines and strategy guesses look like outside
the database (frozen dataclasses the UI and the reports use), and the comparison results."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from smm_desktop.domain.competitors import HashtagOverlap
from smm_desktop.domain.enums import ContentType, Platform
from smm_desktop.domain.errors import Conflict

__all__ = [
    "Comparison",
    "ComparisonRow",
    "CompetitorAccountData",
    "CompetitorAccountInput",
    "CompetitorData",
    "CompetitorHashtags",
    "CompetitorInput",
    "DuplicateConflict",
    "GuessData",
    "GuessInput",
    "HashtagOverlap",
    "HashtagReport",
    "ObservationData",
    "ObservationInput",
    "SnapshotData",
    "SnapshotInput",
    "WeeklyRow",
]


class DuplicateConflict(Conflict):
    """A second record where one is allowed: `code` is "duplicate_day" (a live snapshot that day)
    or "duplicate_quarter" (a guess for that quarter); `ident` is the existing record's id."""

    def __init__(self, kind: str, ident: int, code: str) -> None:
        super().__init__(kind, ident)
        self.code = code


def _fields_of(obj: object, cls: type) -> dict[str, object]:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(cls)}


@dataclass(frozen=True)
class CompetitorInput:
    """The profile fields a person edits."""

    name: str
    website: str = ""
    logo_png: bytes | None = None
    positioning: str = ""
    strengths: str = ""
    weaknesses: str = ""
    to_learn: str = ""
    to_avoid: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CompetitorAccountInput:
    platform: Platform
    handle: str
    profile_url: str = ""


@dataclass(frozen=True)
class CompetitorAccountData(CompetitorAccountInput):
    id: int = 0
    competitor_id: int = 0
    version: int = 0

    def to_input(self) -> CompetitorAccountInput:
        return CompetitorAccountInput(**_fields_of(self, CompetitorAccountInput))  # type: ignore[arg-type]


@dataclass(frozen=True)
class CompetitorData(CompetitorInput):
    """A stored competitor with its live accounts (by platform, then handle)."""

    id: int = 0
    brand_id: int = 0
    archived: bool = False
    position: int = 0
    version: int = 0
    accounts: tuple[CompetitorAccountData, ...] = ()

    def to_input(self) -> CompetitorInput:
        return CompetitorInput(**_fields_of(self, CompetitorInput))  # type: ignore[arg-type]


@dataclass(frozen=True)
class SnapshotInput:
    """What the manager saw on `day`: followers then, counts over the `period_days` before it
    (None = not counted, never 0), top hashtags, content types and one notable piece."""

    day: date
    followers: int | None = None
    posts: int | None = None
    likes: int | None = None
    comments: int | None = None
    shares: int | None = None
    views: int | None = None
    period_days: int = 7
    hashtags: tuple[str, ...] = ()
    content_types: tuple[ContentType, ...] = ()
    notable_link: str = ""
    notable_file: str = ""
    notable_note: str = ""


@dataclass(frozen=True)
class SnapshotData(SnapshotInput):
    """A stored snapshot plus what is derived from it: posts per week, engagement rate per post
    (percent of followers), and the follower change since the account's previous snapshot."""

    id: int = 0
    account_id: int = 0
    version: int = 0
    frequency: float | None = None
    engagement_rate: float | None = None
    growth: int | None = None
    growth_rate: float | None = None

    def to_input(self) -> SnapshotInput:
        return SnapshotInput(**_fields_of(self, SnapshotInput))  # type: ignore[arg-type]


@dataclass(frozen=True)
class ObservationInput:
    """A dated line of the monitoring log."""

    day: date
    text: str
    link: str = ""


@dataclass(frozen=True)
class ObservationData(ObservationInput):
    id: int = 0
    competitor_id: int = 0
    version: int = 0

    def to_input(self) -> ObservationInput:
        return ObservationInput(self.day, self.text, self.link)


@dataclass(frozen=True)
class GuessInput:
    """The inferred strategy for one quarter ("2026-Q4"); `evidence` = observation ids."""

    quarter: str
    focus: str = ""
    frequency: str = ""
    formats: str = ""
    note: str = ""
    evidence: tuple[int, ...] = ()


@dataclass(frozen=True)
class GuessData(GuessInput):
    id: int = 0
    competitor_id: int = 0
    version: int = 0

    def to_input(self) -> GuessInput:
        return GuessInput(**_fields_of(self, GuessInput))  # type: ignore[arg-type]


@dataclass(frozen=True)
class WeeklyRow:
    """One line of the weekly check form: a competitor account, its last snapshot before the
    day (shown beside the new values) and the one already saved on the day, if any."""

    account_id: int
    competitor_id: int
    competitor_name: str
    platform: Platform
    handle: str
    last: SnapshotData | None
    current: SnapshotData | None


@dataclass(frozen=True)
class ComparisonRow:
    """One account in the comparison (ours or a competitor's) over the period; every number is
    None when it was not recorded. `account_id` is a SocialAccount id when `is_ours`, else a
    CompetitorAccount id (then `competitor_id` is set)."""

    account_id: int
    name: str
    handle: str
    is_ours: bool
    competitor_id: int | None = None
    followers: int | None = None
    growth: int | None = None
    growth_rate: float | None = None
    frequency: float | None = None
    engagement_rate: float | None = None
    content_mix: Mapping[ContentType, float] = field(default_factory=dict)
    followers_series: tuple[tuple[date, int], ...] = ()
    engagement_series: tuple[tuple[date, float], ...] = ()


@dataclass(frozen=True)
class Comparison:
    """Our accounts first, then the competitors' accounts on the same platform."""

    brand_id: int
    platform: Platform
    start: date
    end: date
    rows: tuple[ComparisonRow, ...] = ()

    @property
    def ours(self) -> tuple[ComparisonRow, ...]:
        return tuple(r for r in self.rows if r.is_ours)

    @property
    def theirs(self) -> tuple[ComparisonRow, ...]:
        return tuple(r for r in self.rows if not r.is_ours)


@dataclass(frozen=True)
class CompetitorHashtags:
    """A competitor's most used hashtags over the period, most used first."""

    competitor_id: int
    name: str
    top: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class HashtagReport:
    """Each competitor's top hashtags, ours (from published posts), and the overlap across
    all the competitors together."""

    start: date
    end: date
    competitors: tuple[CompetitorHashtags, ...] = ()
    ours: tuple[tuple[str, int], ...] = ()
    overlap: HashtagOverlap = field(default_factory=HashtagOverlap)
