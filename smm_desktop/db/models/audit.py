"""An audit of an existing account: a checklist with notes; its baseline numbers are snapshots
(source "audit") dated on the audit day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smm_desktop.db.base import Base, Versioned


class AccountAudit(Versioned, Base):
    """One audit of one account on one day."""

    __tablename__ = "account_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("social_account.id", ondelete="CASCADE"), nullable=False, index=True
    )
    audited_on: Mapped[date] = mapped_column(Date, nullable=False)
    posts_last_90_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    best_posts: Mapped[str] = mapped_column(Text, nullable=False, default="")
    failed_before: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    checks: Mapped[list[AuditCheck]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="AuditCheck.id"
    )


class AuditCheck(Base):
    """One point of the checklist (domain.enums.AuditItem) with its result and note."""

    __tablename__ = "audit_check"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    audit_id: Mapped[int] = mapped_column(
        ForeignKey("account_audit.id", ondelete="CASCADE"), nullable=False
    )
    item: Mapped[str] = mapped_column(String(30), nullable=False)
    result: Mapped[str] = mapped_column(String(10), nullable=False, default="unchecked")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (UniqueConstraint("audit_id", "item"),)
