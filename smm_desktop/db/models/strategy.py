"""A brand's strategy: business goals, SMART social goals, and the snapshots that measure them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from smm_desktop.db.base import Base, Versioned, utcnow


class BusinessGoal(Versioned, Base):
    """What the brand wants (awareness, sales, a new audience) before any number is set."""

    __tablename__ = "business_goal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class SocialGoal(Versioned, Base):
    """A SMART goal on one KPI: an account's, or the sum over a platform's accounts
    (`account_id` NULL, `platform` set). Everything but the brand may be missing in a draft."""

    __tablename__ = "social_goal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, index=True
    )
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("social_account.id", ondelete="CASCADE"), nullable=True, index=True
    )
    platform: Mapped[str | None] = mapped_column(String(30), nullable=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    metric: Mapped[str | None] = mapped_column(String(30), nullable=True)
    baseline_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    baseline_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    target_kind: Mapped[str] = mapped_column(String(10), nullable=False, default="absolute")
    target_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    business_goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("business_goal.id", ondelete="SET NULL"), nullable=True, index=True
    )
    why_realistic: Mapped[str] = mapped_column(Text, nullable=False, default="")
    closed_as: Mapped[str | None] = mapped_column(String(20), nullable=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Snapshot(Base):
    """A metric's value for an account on a day; one per (account, metric, day): the last
    recorded wins. The unique index also serves lookups by account."""

    __tablename__ = "snapshot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("social_account.id", ondelete="CASCADE"), nullable=False
    )
    metric: Mapped[str] = mapped_column(String(30), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    source: Mapped[str] = mapped_column(String(10), nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)

    __table_args__ = (UniqueConstraint("account_id", "metric", "day"),)
