"""All ORM models, imported here so the metadata is complete."""

from smm_desktop.db.models.brand import Brand, SocialAccount

__all__ = ["Brand", "SocialAccount"]
