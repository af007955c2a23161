"""The ORM models. Those of the first screen (brands, accounts, goals, snapshots) load with the
package; the others when first named (`from smm_desktop.db.models import Persona` works the
same), so start-up maps only the tables it shows. `load_all()` completes the metadata for the
migrations and the schema tests."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from smm_desktop.db.models.brand import Brand, SocialAccount
from smm_desktop.db.models.strategy import BusinessGoal, Snapshot, SocialGoal

if TYPE_CHECKING:
    from smm_desktop.db.models.agenda import Routine, RoutineCheck, Task
    from smm_desktop.db.models.audience import ChosenPlatform, Persona, PersonaPlatform
    from smm_desktop.db.models.audit import AccountAudit, AuditCheck
    from smm_desktop.db.models.competitors import (
        Competitor,
        CompetitorAccount,
        CompetitorGuess,
        CompetitorObservation,
        CompetitorSnapshot,
    )
    from smm_desktop.db.models.content import (
        BrandOccasion,
        Pillar,
        Post,
        PostAccount,
        PostAttachment,
        PostingSlot,
    )
    from smm_desktop.db.models.engagement import EngagementDay
    from smm_desktop.db.models.feeds import Feed, FeedItem
    from smm_desktop.db.models.guide import (
        BrandGuide,
        ConsistencyCheck,
        ConsistencyItem,
        HashtagSet,
        PlatformBio,
    )
    from smm_desktop.db.models.numbers import (
        Campaign,
        CampaignDay,
        ColumnMapping,
        ImportChange,
        ImportLog,
        PostMetric,
    )
    from smm_desktop.db.models.reports import EmailTemplate, ReportTemplate
    from smm_desktop.db.models.review import Experiment, Review, ReviewGoalResult

# Model name -> the module under smm_desktop.db.models that defines it.
_LATER = {
    "ChosenPlatform": "audience", "Persona": "audience", "PersonaPlatform": "audience",
    "AccountAudit": "audit", "AuditCheck": "audit",
    "BrandGuide": "guide", "ConsistencyCheck": "guide", "ConsistencyItem": "guide",
    "HashtagSet": "guide", "PlatformBio": "guide",
    "Experiment": "review", "Review": "review", "ReviewGoalResult": "review",
    "BrandOccasion": "content", "Pillar": "content", "Post": "content", "PostAccount": "content",
    "PostAttachment": "content", "PostingSlot": "content",
    "Routine": "agenda", "RoutineCheck": "agenda", "Task": "agenda",
    "EngagementDay": "engagement", "Feed": "feeds", "FeedItem": "feeds",
    "Competitor": "competitors", "CompetitorAccount": "competitors",
    "CompetitorGuess": "competitors", "CompetitorObservation": "competitors",
    "CompetitorSnapshot": "competitors",
    "Campaign": "numbers", "CampaignDay": "numbers", "ColumnMapping": "numbers",
    "ImportChange": "numbers", "ImportLog": "numbers", "PostMetric": "numbers",
    "EmailTemplate": "reports", "ReportTemplate": "reports",
}


def __getattr__(name: str) -> Any:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def load_all() -> None:
    """Map every model, so Base.metadata holds every table."""
    for module in sorted(set(_LATER.values())):
        importlib.import_module(f"{__name__}.{module}")


__all__ = [
    "AccountAudit",
    "AuditCheck",
    "Brand",
    "BrandGuide",
    "BrandOccasion",
    "BusinessGoal",
    "Campaign",
    "CampaignDay",
    "ChosenPlatform",
    "ColumnMapping",
    "Competitor",
    "CompetitorAccount",
    "CompetitorGuess",
    "CompetitorObservation",
    "CompetitorSnapshot",
    "ConsistencyCheck",
    "ConsistencyItem",
    "EmailTemplate",
    "EngagementDay",
    "Experiment",
    "Feed",
    "FeedItem",
    "HashtagSet",
    "ImportChange",
    "ImportLog",
    "Persona",
    "PersonaPlatform",
    "Pillar",
    "PlatformBio",
    "Post",
    "PostAccount",
    "PostAttachment",
    "PostMetric",
    "PostingSlot",
    "ReportTemplate",
    "Review",
    "ReviewGoalResult",
    "Routine",
    "RoutineCheck",
    "Snapshot",
    "SocialAccount",
    "SocialGoal",
    "Task",
]  # the models; load_all() is imported by name
