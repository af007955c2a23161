"""The daily to-do panel's own data: the routines of the job (a default set the manager edits),
their check-offs per period and brand, and one-off tasks."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from smm_desktop.db.base import Base, Versioned


class Routine(Versioned, Base):
    """A recurring task of the job with its cadence (domain.enums.Cadence). `key` names a routine
    of the default set (NULL for the manager's own); `weekday` (0 Monday … 6 Sunday) or
    `month_day` give it a day within its period; `screen` is where it is done."""

    __tablename__ = "routine"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str | None] = mapped_column(String(40), nullable=True, unique=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    why: Mapped[str] = mapped_column(Text, nullable=False, default="")
    cadence: Mapped[str] = mapped_column(String(10), nullable=False)
    weekday: Mapped[int | None] = mapped_column(Integer, nullable=True)
    month_day: Mapped[int | None] = mapped_column(Integer, nullable=True)
    screen: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class RoutineCheck(Base):
    """A routine done for one brand in one period (`period` as domain's period keys write it:
    2026-11-28, 2026-W48, 2026-11, 2026-Q4)."""

    __tablename__ = "routine_check"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    routine_id: Mapped[int] = mapped_column(
        ForeignKey("routine.id", ondelete="CASCADE"), nullable=False
    )
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, index=True
    )
    period: Mapped[str] = mapped_column(String(12), nullable=False)
    done_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (UniqueConstraint("routine_id", "brand_id", "period"),)


class Task(Versioned, Base):
    """A one-off task, of a brand or of none, with a due date and a note."""

    __tablename__ = "task"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int | None] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=True, index=True
    )
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    due: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    done_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
