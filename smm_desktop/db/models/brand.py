"""Brands (clients) and their social accounts."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smm_desktop.db.base import Base, Versioned


class Brand(Versioned, Base):
    """A client whose social accounts the manager runs."""

    __tablename__ = "brand"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    industry: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    country: Mapped[str] = mapped_column(String(2), nullable=False, default="")
    languages: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    colours: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    report_recipients: Mapped[str] = mapped_column(Text, nullable=False, default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    accounts: Mapped[list[SocialAccount]] = relationship(
        back_populates="brand", cascade="all, delete-orphan", passive_deletes=True
    )


class SocialAccount(Versioned, Base):
    """A brand's account on one platform."""

    __tablename__ = "social_account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False, index=True
    )
    platform: Mapped[str] = mapped_column(String(30), nullable=False)
    handle: Mapped[str] = mapped_column(String(100), nullable=False)
    handle_key: Mapped[str] = mapped_column(String(100), nullable=False)
    profile_url: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    brand: Mapped[Brand] = relationship(back_populates="accounts")
    # Migration 0001 creates this partial index on SQLite and PostgreSQL alike; the schema only
    # ever comes from the migrations. The model names SQLite's `where` alone, because naming
    # PostgreSQL's makes loading the models import that dialect (~20 ms of every start-up).
    __table_args__ = (
        Index(
            "uq_social_account_live_handle",
            "platform",
            "handle_key",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )
