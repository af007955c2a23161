"""The content plan of a brand in an export document (format_version 3): pillars, its own
occasions and posts with their brief; posting slots and the engagement log are on their accounts.

A post points inside its brand only: accounts by platform and handle, a social goal and a pillar
by their `ref`, a persona by its place in the brand's `personas` list (1 is the first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from smm_desktop.domain.enums import Approval, ContentType, PostPurpose, PostStatus
from smm_desktop.services.transfer.records import AccountRef


@dataclass(frozen=True)
class SlotRecord:
    """A usual time to post on an account: weekday 0 Monday … 6 Sunday."""

    weekday: int
    time_of_day: time


@dataclass(frozen=True)
class EngagementRecord:
    """A day of an account's engagement log; `response_minutes` None = not recorded."""

    day: date
    mentions: int = 0
    comments: int = 0
    messages: int = 0
    interactions: int = 0
    response_minutes: int | None = None
    note: str = ""


@dataclass(frozen=True)
class PillarRecord:
    ref: int
    name: str
    colour: str = ""
    target_share: int | None = None
    description: str = ""


@dataclass(frozen=True)
class OccasionRecord:
    name: str
    day: date
    yearly: bool = False
    notes: str = ""


@dataclass(frozen=True)
class PostRecord:
    """A post's whole brief; the fields are PostInput's, references made brand-relative."""

    topic: str = ""
    status: PostStatus = PostStatus.IDEA
    scheduled_at: datetime | None = None  # local wall time; None: in the idea bank
    accounts: tuple[AccountRef, ...] = ()
    social_goal: int | None = None
    content_type: ContentType | None = None
    purpose: PostPurpose | None = None
    persona: int | None = None
    pillar: int | None = None
    call_to_action: str = ""
    caption: str = ""
    hashtags: tuple[str, ...] = ()
    notes_for_design: str = ""
    asset_owner: str = ""
    asset_due: date | None = None
    occasion: str = ""
    experiment: bool = False
    approval: Approval = Approval.NOT_NEEDED
    approval_note: str = ""
    published_url: str = ""
    lessons: str = ""
    attachments: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContentRecords:
    """A brand's content plan but the posting slots (those are on their accounts)."""

    pillars: tuple[PillarRecord, ...] = ()
    occasions: tuple[OccasionRecord, ...] = ()
    posts: tuple[PostRecord, ...] = ()


# The content lists in document order (field of ContentRecords = JSON key of the brand).
CONTENT_LISTS = ("pillars", "occasions", "posts")
