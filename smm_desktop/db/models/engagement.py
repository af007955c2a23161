"""The engagement log: what the manager did by hand each day on each account (mentions handled,
comments replied, messages answered, interactions with others' posts), with the day's median
response time when recorded. The reports read its totals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from smm_desktop.db.base import Base, Versioned


class EngagementDay(Versioned, Base):
    """One account's counters for one day; `response_minutes` is the median time to answer
    that day as the manager recorded it (NULL = not recorded)."""

    __tablename__ = "engagement_day"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("social_account.id", ondelete="CASCADE"), nullable=False
    )
    day: Mapped[date] = mapped_column(Date, nullable=False)
    mentions: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    comments: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    messages: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    interactions: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    response_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (UniqueConstraint("account_id", "day"),)
