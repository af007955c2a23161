"""The numbers that come in from the platforms' exports (or typed by hand): a post's metrics per
account, paid campaigns and their daily results, the import log that lets an import be undone,
and the column mappings remembered for files the app does not recognise."""

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


class ImportLog(Base):
    """One file imported: what it was (platform and kind as domain names them, the account it
    fed, the days it covers), what it changed, and when it was undone (NULL = in force).
    `file_hash` (SHA-256 of the bytes) recognises the same file imported again."""

    __tablename__ = "import_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int | None] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=True, index=True
    )
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("social_account.id", ondelete="SET NULL"), nullable=True
    )
    file_name: Mapped[str] = mapped_column(String(500), nullable=False)
    file_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    platform: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    first_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    last_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    rows_added: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rows_updated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ImportChange(Base):
    """A row an import wrote: `before` is the JSON of the columns it changed as they were, or
    NULL when the import inserted the row. Undoing the import plays these back in reverse."""

    __tablename__ = "import_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("import_log.id", ondelete="CASCADE"), nullable=False, index=True
    )
    table_name: Mapped[str] = mapped_column(String(40), nullable=False)
    row_id: Mapped[int] = mapped_column(Integer, nullable=False)
    before: Mapped[str | None] = mapped_column(Text, nullable=True)


class PostMetric(Versioned, Base):
    """A post's numbers on one of its accounts as of `as_of` (lifetime totals the export gave,
    or typed by hand; NULL = not given). `external_id` and `permalink` are the platform's, for
    matching the next export. `source` is domain.enums.SnapshotSource (import or manual)."""

    __tablename__ = "post_metric"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(
        ForeignKey("post.id", ondelete="CASCADE"), nullable=False
    )
    account_id: Mapped[int] = mapped_column(
        ForeignKey("social_account.id", ondelete="CASCADE"), nullable=False, index=True
    )
    external_id: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    permalink: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    as_of: Mapped[date] = mapped_column(Date, nullable=False)
    impressions: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reach: Mapped[int | None] = mapped_column(Integer, nullable=True)
    likes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    comments: Mapped[int | None] = mapped_column(Integer, nullable=True)
    shares: Mapped[int | None] = mapped_column(Integer, nullable=True)
    saves: Mapped[int | None] = mapped_column(Integer, nullable=True)
    clicks: Mapped[int | None] = mapped_column(Integer, nullable=True)
    video_views: Mapped[int | None] = mapped_column(Integer, nullable=True)
    watch_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)
    follows: Mapped[int | None] = mapped_column(Integer, nullable=True)
    profile_visits: Mapped[int | None] = mapped_column(Integer, nullable=True)
    engagements: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source: Mapped[str] = mapped_column(String(10), nullable=False, default="import")
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_log.id", ondelete="SET NULL"), nullable=True
    )

    __table_args__ = (UniqueConstraint("post_id", "account_id"),)


class Campaign(Versioned, Base):
    """A paid campaign of a brand: where it runs, what it is for, its budget (in `currency`,
    ISO 4217) and dates, its status (domain names it), the social goal it serves, and the name
    the ads exports give it (`external_name`, matched on the next import)."""

    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, index=True
    )
    platform: Mapped[str | None] = mapped_column(String(30), nullable=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    external_name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    objective: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    budget: Mapped[float | None] = mapped_column(Float, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="")
    start_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="active")
    social_goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("social_goal.id", ondelete="SET NULL"), nullable=True
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class CampaignDay(Versioned, Base):
    """A campaign's results on one day (NULL = not given); `conversions` are the export's
    "results" (purchases, leads… as the objective counts them)."""

    __tablename__ = "campaign_day"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaign.id", ondelete="CASCADE"), nullable=False
    )
    day: Mapped[date] = mapped_column(Date, nullable=False)
    spend: Mapped[float | None] = mapped_column(Float, nullable=True)
    impressions: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reach: Mapped[int | None] = mapped_column(Integer, nullable=True)
    clicks: Mapped[int | None] = mapped_column(Integer, nullable=True)
    conversions: Mapped[int | None] = mapped_column(Integer, nullable=True)
    revenue: Mapped[float | None] = mapped_column(Float, nullable=True)
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_log.id", ondelete="SET NULL"), nullable=True
    )

    __table_args__ = (UniqueConstraint("campaign_id", "day"),)


class ColumnMapping(Versioned, Base):
    """How the columns of an unrecognised file map to the app's fields, remembered by the
    file's header signature (importers name it) so the next such file maps itself."""

    __tablename__ = "column_mapping"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signature: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    label: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    platform: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    mapping: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
