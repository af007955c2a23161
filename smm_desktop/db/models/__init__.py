"""All ORM models, imported here so the metadata is complete."""

from smm_desktop.db.models.audience import ChosenPlatform, Persona, PersonaPlatform
from smm_desktop.db.models.audit import AccountAudit, AuditCheck
from smm_desktop.db.models.brand import Brand, SocialAccount
from smm_desktop.db.models.guide import (
    BrandGuide,
    ConsistencyCheck,
    ConsistencyItem,
    HashtagSet,
    PlatformBio,
)
from smm_desktop.db.models.review import Experiment, Review, ReviewGoalResult
from smm_desktop.db.models.strategy import BusinessGoal, Snapshot, SocialGoal

__all__ = [
    "AccountAudit",
    "AuditCheck",
    "Brand",
    "BrandGuide",
    "BusinessGoal",
    "ChosenPlatform",
    "ConsistencyCheck",
    "ConsistencyItem",
    "Experiment",
    "HashtagSet",
    "Persona",
    "PersonaPlatform",
    "PlatformBio",
    "Review",
    "ReviewGoalResult",
    "Snapshot",
    "SocialAccount",
    "SocialGoal",
]
