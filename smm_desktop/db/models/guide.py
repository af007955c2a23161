"""A brand's guide (voice, tone, words, hashtag sets, per-platform bios) and the quarterly check
of each account against it. The guide's colours and logo are the brand's own columns."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smm_desktop.db.base import Base, Versioned


class BrandGuide(Versioned, Base):
    """How the brand speaks; one per brand. Word lists hold one item a line."""

    __tablename__ = "brand_guide"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    voice: Mapped[str] = mapped_column(Text, nullable=False, default="")
    tone: Mapped[str] = mapped_column(Text, nullable=False, default="")
    words_to_use: Mapped[str] = mapped_column(Text, nullable=False, default="")
    words_to_avoid: Mapped[str] = mapped_column(Text, nullable=False, default="")


class PlatformBio(Versioned, Base):
    """The name, bio and link the brand shows on one platform (rows are deleted, not trashed)."""

    __tablename__ = "platform_bio"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False
    )
    platform: Mapped[str] = mapped_column(String(30), nullable=False)
    display_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    bio: Mapped[str] = mapped_column(Text, nullable=False, default="")
    link: Mapped[str] = mapped_column(String(500), nullable=False, default="")

    __table_args__ = (UniqueConstraint("brand_id", "platform"),)


class HashtagSet(Versioned, Base):
    """A named group of hashtags (one a line, with their #) that posts reuse."""

    __tablename__ = "hashtag_set"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    tags: Mapped[str] = mapped_column(Text, nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class ConsistencyCheck(Versioned, Base):
    """One quarterly check of every account of a brand against its guide."""

    __tablename__ = "consistency_check"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, index=True
    )
    checked_on: Mapped[date] = mapped_column(Date, nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    items: Mapped[list[ConsistencyItem]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ConsistencyItem.id"
    )


class ConsistencyItem(Base):
    """One account on one aspect (domain.enums.ConsistencyAspect): pass or fix, with a note."""

    __tablename__ = "consistency_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    check_id: Mapped[int] = mapped_column(
        ForeignKey("consistency_check.id", ondelete="CASCADE"), nullable=False
    )
    account_id: Mapped[int] = mapped_column(
        ForeignKey("social_account.id", ondelete="CASCADE"), nullable=False, index=True
    )
    aspect: Mapped[str] = mapped_column(String(20), nullable=False)
    result: Mapped[str] = mapped_column(String(10), nullable=False, default="unchecked")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (UniqueConstraint("check_id", "account_id", "aspect"),)
