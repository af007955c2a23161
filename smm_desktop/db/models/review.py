"""Reviews that close a period (the quarterly one records each goal's result) and the
out-of-the-box experiments they plan."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smm_desktop.db.base import Base, Versioned


class Review(Versioned, Base):
    """A brand's review of a period; `completed_at` NULL while the manager is still at it."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    what_worked: Mapped[str] = mapped_column(Text, nullable=False, default="")
    what_did_not: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_actions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    results: Mapped[list[ReviewGoalResult]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ReviewGoalResult.id"
    )


class ReviewGoalResult(Base):
    """A goal's result as the review recorded it; title, metric and target are copied so the
    review still reads right after the goal is edited or deleted."""

    __tablename__ = "review_goal_result"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(
        ForeignKey("review.id", ondelete="CASCADE"), nullable=False
    )
    goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("social_goal.id", ondelete="SET NULL"), nullable=True, index=True
    )
    goal_title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    metric: Mapped[str | None] = mapped_column(String(30), nullable=True)
    baseline_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    target_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    final_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    outcome: Mapped[str] = mapped_column(String(10), nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Experiment(Versioned, Base):
    """An out-of-the-box idea tried for a while: hypothesis, how it is measured, its result."""

    __tablename__ = "experiment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, index=True
    )
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("review.id", ondelete="SET NULL"), nullable=True, index=True
    )
    idea: Mapped[str] = mapped_column(Text, nullable=False)
    hypothesis: Mapped[str] = mapped_column(Text, nullable=False, default="")
    measure: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="planned")
    result: Mapped[str] = mapped_column(Text, nullable=False, default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
