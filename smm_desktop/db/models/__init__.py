"""All ORM models, imported here so the metadata is complete."""

from smm_desktop.db.models.audience import Persona, PersonaPlatform
from smm_desktop.db.models.brand import Brand, SocialAccount
from smm_desktop.db.models.strategy import BusinessGoal, Snapshot, SocialGoal

__all__ = [
    "Brand",
    "BusinessGoal",
    "Persona",
    "PersonaPlatform",
    "Snapshot",
    "SocialAccount",
    "SocialGoal",
]
