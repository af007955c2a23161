"""News and platform updates: the feeds the manager follows (a default list they edit) and the
items read from them, kept so read marks and "make an idea" survive a restart."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from smm_desktop.db.base import Base, Versioned


class Feed(Versioned, Base):
    """An RSS or Atom feed. `key` names one of the default list (NULL for the manager's own);
    `kind` is domain.feeds.FeedKind (news of the field, platform updates); `etag` and
    `modified` make the next refresh a conditional request; `error` is the last refresh's
    failure ("" when it worked)."""

    __tablename__ = "feed"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str | None] = mapped_column(String(40), nullable=True, unique=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    url: Mapped[str] = mapped_column(String(1000), nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False, default="news")
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    etag: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    modified: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    error: Mapped[str] = mapped_column(Text, nullable=False, default="")


class FeedItem(Base):
    """One entry of a feed, unique by the feed's own id for it (`guid`, else its link).
    `idea_post_id` is the idea-bank post made from it."""

    __tablename__ = "feed_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(
        ForeignKey("feed.id", ondelete="CASCADE"), nullable=False, index=True
    )
    guid: Mapped[str] = mapped_column(String(500), nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    link: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    published_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    fetched_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    read_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    idea_post_id: Mapped[int | None] = mapped_column(
        ForeignKey("post.id", ondelete="SET NULL"), nullable=True
    )

    __table_args__ = (UniqueConstraint("feed_id", "guid"),)
