"""How a brand's reports are made: per brand and kind, the sections in order and the accounts
(the report template), and the email drafts' subject and body per language."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from smm_desktop.db.base import Base, Versioned


class ReportTemplate(Versioned, Base):
    """A brand's choice for one report kind (domain.enums.ReviewKind or "range"): `sections`
    is the JSON list of the section keys shown, in their order; `account_ids` the JSON list of
    the accounts reported ("" = all); `paper` "auto" (by the brand's country), "a4" or
    "letter"; `app_branding` puts the app's name in the footer; `report_day` (0 Monday … 6
    Sunday) is when a weekly report is due."""

    __tablename__ = "report_template"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brand.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    sections: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    account_ids: Mapped[str] = mapped_column(Text, nullable=False, default="")
    paper: Mapped[str] = mapped_column(String(10), nullable=False, default="auto")
    app_branding: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    report_day: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (UniqueConstraint("brand_id", "kind"),)


class EmailTemplate(Versioned, Base):
    """The report email's subject and body in one language ("en", "ar"); placeholders such as
    {brand}, {period} and {kind} are filled when the draft is written."""

    __tablename__ = "email_template"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    language: Mapped[str] = mapped_column(String(5), nullable=False, unique=True)
    subject: Mapped[str] = mapped_column(Text, nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
