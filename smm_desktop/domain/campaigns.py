"""What a paid campaign is for and where it stands; stored by value in campaign.objective/status."""

from __future__ import annotations

from enum import StrEnum


class CampaignStatus(StrEnum):
    """Where a campaign stands: planned (not started), active, paused, ended."""

    PLANNED = "planned"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class CampaignObjective(StrEnum):
    """What the campaign buys, as the ads managers group their objectives."""

    AWARENESS = "awareness"
    TRAFFIC = "traffic"
    ENGAGEMENT = "engagement"
    LEADS = "leads"
    SALES = "sales"
    APP = "app"
    VIDEO_VIEWS = "video_views"
    OTHER = "other"


def objective_or_none(value: str | None) -> CampaignObjective | None:
    """The objective stored as `value`, or None when empty or unknown."""
    try:
        return CampaignObjective(value) if value else None
    except ValueError:
        return None


def status_or_active(value: str | None) -> CampaignStatus:
    """The status stored as `value` (ACTIVE when empty or unknown)."""
    try:
        return CampaignStatus(value) if value else CampaignStatus.ACTIVE
    except ValueError:
        return CampaignStatus.ACTIVE


_OBJECTIVE_WORDS: tuple[tuple[str, CampaignObjective], ...] = (
    ("awareness", CampaignObjective.AWARENESS), ("reach", CampaignObjective.AWARENESS),
    ("brand", CampaignObjective.AWARENESS), ("traffic", CampaignObjective.TRAFFIC),
    ("link", CampaignObjective.TRAFFIC), ("engagement", CampaignObjective.ENGAGEMENT),
    ("lead", CampaignObjective.LEADS), ("sales", CampaignObjective.SALES),
    ("conversion", CampaignObjective.SALES), ("purchase", CampaignObjective.SALES),
    ("app", CampaignObjective.APP), ("video", CampaignObjective.VIDEO_VIEWS),
)


def objective_from_export(text: str | None) -> CampaignObjective | None:
    """The objective an ads export names ("OUTCOME_TRAFFIC", "Link clicks"…), OTHER if unknown."""
    if not text:
        return None
    low = text.strip().lower()
    for word, objective in _OBJECTIVE_WORDS:
        if word in low:
            return objective
    return CampaignObjective.OTHER
