"""The content plan: posts with their brief, the accounts each goes to, media attachments, the
brand's pillars (content categories), each account's posting slots and the brand's own
occasions."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smm_desktop.db.base import Base, Versioned


class Pillar(Versioned, Base):
    """A content category of a brand with the share of the plan it should take."""

    __tablename__ = "pillar"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    colour: Mapped[str] = mapped_column(String(9), nullable=False, default="")
    target_share: Mapped[int | None] = mapped_column(Integer, nullable=True)  # percent
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (
        CheckConstraint("target_share BETWEEN 0 AND 100", name="target_share_range"),
    )


class PostingSlot(Base):
    """A usual time to post on an account: a weekday (0 Monday … 6 Sunday) and a time of day."""

    __tablename__ = "posting_slot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("social_account.id", ondelete="CASCADE"), nullable=False
    )
    weekday: Mapped[int] = mapped_column(Integer, nullable=False)
    time_of_day: Mapped[time] = mapped_column(Time, nullable=False)

    __table_args__ = (
        UniqueConstraint("account_id", "weekday", "time_of_day"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
    )


class Post(Versioned, Base):
    """A planned item with its brief. `scheduled_at` (local wall time, no zone) NULL: in the
    idea bank, ordered by `position`. Texts of several items hold one a line."""

    __tablename__ = "post"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False
    )
    topic: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="idea")
    scheduled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    social_goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("social_goal.id", ondelete="SET NULL"), nullable=True
    )
    content_type: Mapped[str | None] = mapped_column(String(12), nullable=True)
    purpose: Mapped[str | None] = mapped_column(String(12), nullable=True)
    persona_id: Mapped[int | None] = mapped_column(
        ForeignKey("persona.id", ondelete="SET NULL"), nullable=True
    )
    pillar_id: Mapped[int | None] = mapped_column(
        ForeignKey("pillar.id", ondelete="SET NULL"), nullable=True
    )
    call_to_action: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    caption: Mapped[str] = mapped_column(Text, nullable=False, default="")
    hashtags: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes_for_design: Mapped[str] = mapped_column(Text, nullable=False, default="")
    asset_owner: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    asset_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    occasion: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    experiment: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    approval: Mapped[str] = mapped_column(String(12), nullable=False, default="not_needed")
    approval_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    published_url: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    lessons: Mapped[str] = mapped_column(Text, nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # "plan" (made in the app) or "import" (found in a platform's export, never planned)
    origin: Mapped[str] = mapped_column(String(10), nullable=False, default="plan",
                                        server_default="plan")

    accounts: Mapped[list[PostAccount]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PostAccount.id"
    )
    attachments: Mapped[list[PostAttachment]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PostAttachment.position"
    )

    # The calendar loads one brand's visible range: (brand, time) serves it.
    __table_args__ = (Index("ix_post_brand_id_scheduled_at", "brand_id", "scheduled_at"),)


class PostAccount(Base):
    """One account a post goes to (one post, several accounts)."""

    __tablename__ = "post_account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"), nullable=False)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("social_account.id", ondelete="CASCADE"), nullable=False, index=True
    )

    __table_args__ = (UniqueConstraint("post_id", "account_id"),)


class PostAttachment(Base):
    """A media file on disk attached to a post (the path as chosen; it may go missing)."""

    __tablename__ = "post_attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"), nullable=False)
    path: Mapped[str] = mapped_column(Text, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class BrandOccasion(Versioned, Base):
    """An occasion of the brand's own (its anniversary, a product launch): on `day`, or on that
    month and day every year when `yearly`."""

    __tablename__ = "brand_occasion"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    yearly: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
