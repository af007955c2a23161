"""Competitors of a brand: their profiles and accounts, what the manager records of them each
week (snapshots), a dated monitoring log, and a strategy guess per quarter."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from smm_desktop.db.base import Base, Versioned


class Competitor(Versioned, Base):
    """A competitor of one brand, with the manager's reading of it: its positioning, strengths,
    weaknesses, what to learn from it and what to avoid."""

    __tablename__ = "competitor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    website: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    positioning: Mapped[str] = mapped_column(Text, nullable=False, default="")
    strengths: Mapped[str] = mapped_column(Text, nullable=False, default="")
    weaknesses: Mapped[str] = mapped_column(Text, nullable=False, default="")
    to_learn: Mapped[str] = mapped_column(Text, nullable=False, default="")
    to_avoid: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class CompetitorAccount(Versioned, Base):
    """A competitor's account on a platform (domain.enums.Platform); `handle_key` compares
    handles as the brand's own accounts do."""

    __tablename__ = "competitor_account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    competitor_id: Mapped[int] = mapped_column(
        ForeignKey("competitor.id", ondelete="CASCADE"), nullable=False, index=True
    )
    platform: Mapped[str] = mapped_column(String(30), nullable=False)
    handle: Mapped[str] = mapped_column(String(100), nullable=False)
    handle_key: Mapped[str] = mapped_column(String(100), nullable=False)
    profile_url: Mapped[str] = mapped_column(String(500), nullable=False, default="")


class CompetitorSnapshot(Versioned, Base):
    """What the manager saw of a competitor account on `day`: followers then, and the counts of
    the `period_days` before it (posts, likes, comments, shares, views; NULL = not counted);
    top hashtags (space-separated), content types used (domain ContentType values, comma-
    separated) and one notable piece of content (link, a saved screenshot file, why it worked)."""

    __tablename__ = "competitor_snapshot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("competitor_account.id", ondelete="CASCADE"), nullable=False
    )
    day: Mapped[date] = mapped_column(Date, nullable=False)
    period_days: Mapped[int] = mapped_column(Integer, nullable=False, default=7)
    followers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    posts: Mapped[int | None] = mapped_column(Integer, nullable=True)
    likes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    comments: Mapped[int | None] = mapped_column(Integer, nullable=True)
    shares: Mapped[int | None] = mapped_column(Integer, nullable=True)
    views: Mapped[int | None] = mapped_column(Integer, nullable=True)
    hashtags: Mapped[str] = mapped_column(Text, nullable=False, default="")
    content_types: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    notable_link: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    notable_file: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    notable_note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (UniqueConstraint("account_id", "day"),)


class CompetitorObservation(Versioned, Base):
    """A dated line of the monitoring log ("they launched a Ramadan series on day 1"), with an
    optional link; the monthly report can quote it."""

    __tablename__ = "competitor_observation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    competitor_id: Mapped[int] = mapped_column(
        ForeignKey("competitor.id", ondelete="CASCADE"), nullable=False, index=True
    )
    day: Mapped[date] = mapped_column(Date, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    link: Mapped[str] = mapped_column(String(1000), nullable=False, default="")


class CompetitorGuess(Versioned, Base):
    """The competitor's inferred strategy for one quarter ("2026-Q4"): its focus, how often it
    posts, which formats, a note; `evidence` lists the monitoring log's ids it rests on
    (comma-separated)."""

    __tablename__ = "competitor_guess"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    competitor_id: Mapped[int] = mapped_column(
        ForeignKey("competitor.id", ondelete="CASCADE"), nullable=False
    )
    quarter: Mapped[str] = mapped_column(String(7), nullable=False)
    focus: Mapped[str] = mapped_column(Text, nullable=False, default="")
    frequency: Mapped[str] = mapped_column(Text, nullable=False, default="")
    formats: Mapped[str] = mapped_column(Text, nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    evidence: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (UniqueConstraint("competitor_id", "quarter"),)
