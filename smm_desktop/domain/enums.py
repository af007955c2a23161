"""The fixed vocabularies of the job."""

from __future__ import annotations

from enum import StrEnum


class Platform(StrEnum):
    """A social network an account lives on."""

    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    X = "x"
    LINKEDIN = "linkedin"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"
    SNAPCHAT = "snapchat"
    PINTEREST = "pinterest"
    THREADS = "threads"
    WHATSAPP_BUSINESS = "whatsapp_business"
    OTHER = "other"


# Hosts a profile URL may point at, per platform (no check for OTHER).
PROFILE_HOSTS: dict[Platform, tuple[str, ...]] = {
    Platform.FACEBOOK: ("facebook.com", "fb.com", "fb.me"),
    Platform.INSTAGRAM: ("instagram.com", "instagr.am"),
    Platform.X: ("x.com", "twitter.com"),
    Platform.LINKEDIN: ("linkedin.com",),
    Platform.TIKTOK: ("tiktok.com",),
    Platform.YOUTUBE: ("youtube.com", "youtu.be"),
    Platform.SNAPCHAT: ("snapchat.com",),
    Platform.PINTEREST: ("pinterest.com", "pin.it"),
    Platform.THREADS: ("threads.net", "threads.com"),
    Platform.WHATSAPP_BUSINESS: ("wa.me", "whatsapp.com"),
}

# Where a handle alone gives the profile address.
PROFILE_URL_PATTERNS: dict[Platform, str] = {
    Platform.INSTAGRAM: "https://www.instagram.com/{handle}/",
    Platform.X: "https://x.com/{handle}",
    Platform.TIKTOK: "https://www.tiktok.com/@{handle}",
    Platform.YOUTUBE: "https://www.youtube.com/@{handle}",
    Platform.THREADS: "https://www.threads.net/@{handle}",
    Platform.PINTEREST: "https://www.pinterest.com/{handle}/",
    Platform.SNAPCHAT: "https://www.snapchat.com/add/{handle}",
    Platform.FACEBOOK: "https://www.facebook.com/{handle}",
    Platform.LINKEDIN: "https://www.linkedin.com/company/{handle}/",
}


class BusinessGoalKind(StrEnum):
    """What the brand wants from its social media, before any number is set."""

    AWARENESS = "awareness"
    SALES = "sales"
    NEW_AUDIENCE = "new_audience"
    OTHER = "other"


class SnapshotSource(StrEnum):
    """Where a snapshot's number came from."""

    MANUAL = "manual"
    IMPORT = "import"
    AUDIT = "audit"


class Gender(StrEnum):
    """Who a persona is; ANY when the segment mixes both."""

    ANY = "any"
    FEMALE = "female"
    MALE = "male"


class AuditItem(StrEnum):
    """The points an account audit looks at, in the order the job lists them."""

    BIO_LINK = "bio_link"
    IMAGES = "images"  # profile picture and cover
    PINNED = "pinned"
    CONSISTENCY = "consistency"  # posting consistency over the last 90 days
    ENGAGEMENT = "engagement"  # the engagement baseline
    BEST_POSTS = "best_posts"
    FAILED_BEFORE = "failed_before"


class CheckResult(StrEnum):
    """The verdict on one audit or consistency point."""

    UNCHECKED = "unchecked"
    PASS = "pass"
    FIX = "fix"
    NOT_APPLICABLE = "na"


class ConsistencyAspect(StrEnum):
    """What the quarterly brand check compares between each account and the guide."""

    NAME = "name"
    BIO = "bio"
    PICTURE = "picture"
    TONE = "tone"
    HASHTAGS = "hashtags"


class ReviewKind(StrEnum):
    """The period a review closes."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


class GoalOutcome(StrEnum):
    """How a goal ended, as the quarterly review records it."""

    ACHIEVED = "achieved"
    MISSED = "missed"


class ExperimentStatus(StrEnum):
    """Where an out-of-the-box experiment stands."""

    PLANNED = "planned"
    RUNNING = "running"
    DONE = "done"
    DROPPED = "dropped"


class PostStatus(StrEnum):
    """Where a post stands, from idea to published (or cancelled)."""

    IDEA = "idea"
    DRAFT = "draft"
    IN_DESIGN = "in_design"
    READY = "ready"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class ContentType(StrEnum):
    """The format of a post."""

    IMAGE = "image"
    CAROUSEL = "carousel"
    VIDEO = "video"
    SHORT_VIDEO = "short_video"  # reel, short, TikTok
    STORY = "story"
    TEXT = "text"
    LINK = "link"
    POLL = "poll"
    LIVE = "live"


class PostPurpose(StrEnum):
    """What a post is for."""

    AWARENESS = "awareness"
    ENGAGEMENT = "engagement"
    TRAFFIC = "traffic"
    LEADS = "leads"
    SALES = "sales"
    COMMUNITY = "community"
    SUPPORT = "support"


class Approval(StrEnum):
    """The client's approval of a post."""

    NOT_NEEDED = "not_needed"
    PENDING = "pending"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes"
