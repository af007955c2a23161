"""A brand's audience: personas (segments) and where each one spends its time online."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smm_desktop.db.base import Base, Versioned


class Persona(Versioned, Base):
    """An audience segment. List fields hold one item a line."""

    __tablename__ = "persona"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    picture_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    gender: Mapped[str] = mapped_column(String(10), nullable=False, default="any")
    age_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    age_max: Mapped[int | None] = mapped_column(Integer, nullable=True)
    locations: Mapped[str] = mapped_column(Text, nullable=False, default="")
    marital_status: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    education: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    occupation: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    income_band: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    interests: Mapped[str] = mapped_column(Text, nullable=False, default="")
    pains: Mapped[str] = mapped_column(Text, nullable=False, default="")
    dreams: Mapped[str] = mapped_column(Text, nullable=False, default="")
    buying_habits: Mapped[str] = mapped_column(Text, nullable=False, default="")
    objections: Mapped[str] = mapped_column(Text, nullable=False, default="")
    preferred_content: Mapped[str] = mapped_column(Text, nullable=False, default="")
    active_hours: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    platforms: Mapped[list[PersonaPlatform]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PersonaPlatform.platform"
    )


class PersonaPlatform(Base):
    """How much of a persona is on a platform, 0-100 percent (a person is on several)."""

    __tablename__ = "persona_platform"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    persona_id: Mapped[int] = mapped_column(
        ForeignKey("persona.id", ondelete="CASCADE"), nullable=False
    )
    platform: Mapped[str] = mapped_column(String(30), nullable=False)
    share: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        UniqueConstraint("persona_id", "platform"),
        CheckConstraint("share BETWEEN 0 AND 100", name="share_range"),
    )


class ChosenPlatform(Versioned, Base):
    """A platform the brand chose to be on, and why (rows are deleted, not trashed)."""

    __tablename__ = "chosen_platform"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False
    )
    platform: Mapped[str] = mapped_column(String(30), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (UniqueConstraint("brand_id", "platform"),)
