"""The export document: brands, their accounts, strategy and content plan, and its JSON form
(format_version 3).

Version 1 (brands and accounts only) reads with an empty strategy; versions 1 and 2 read with an
empty content plan.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from smm_desktop.domain.enums import Platform, SnapshotSource
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.transfer.content_json import (
    content_from_json,
    content_json,
    engagement_from_json,
    engagement_json,
    slots_from_json,
    slots_json,
)
from smm_desktop.services.transfer.content_records import (
    ContentRecords,
    EngagementRecord,
    SlotRecord,
)
from smm_desktop.services.transfer.document_base import (
    TransferError,
    format_time,
    parse_time,
    pointer,
)
from smm_desktop.services.transfer.records import SnapshotRecord, StrategyRecords
from smm_desktop.services.transfer.strategy_json import (
    encode,
    parse_base64,
    parse_day,
    strategy_from_json,
    strategy_json,
)

__all__ = ["FORMAT", "FORMAT_VERSION", "AccountRecord", "BrandRecord", "Document",
           "TransferError", "format_time", "parse_time", "pointer"]

FORMAT = "smm-desktop-workspace"
FORMAT_VERSION = 3
SCHEMA_FILE = "workspace.schema.json"


@dataclass(frozen=True)
class AccountRecord:
    platform: Platform
    handle: str
    profile_url: str = ""
    archived: bool = False
    notes: str = ""
    created_at: datetime | None = None
    snapshots: tuple[SnapshotRecord, ...] = ()
    posting_slots: tuple[SlotRecord, ...] = ()
    engagement: tuple[EngagementRecord, ...] = ()


@dataclass(frozen=True)
class BrandRecord:
    name: str
    industry: str = ""
    country: str = ""
    languages: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()
    notes: str = ""
    report_recipients: tuple[str, ...] = ()
    logo_png: bytes | None = None
    archived: bool = False
    created_at: datetime | None = None
    accounts: tuple[AccountRecord, ...] = ()
    strategy: StrategyRecords = field(default_factory=StrategyRecords)
    content: ContentRecords = field(default_factory=ContentRecords)


@dataclass(frozen=True)
class Document:
    """Brands with their accounts, strategy and content plan, as in an export file (timestamps naive UTC, like
    the database)."""

    brands: tuple[BrandRecord, ...]
    app_version: str = ""
    exported_at: datetime | None = None
    format_version: int = FORMAT_VERSION

    @property
    def account_count(self) -> int:
        return sum(len(b.accounts) for b in self.brands)


# -- to JSON ---------------------------------------------------------------------------------


def to_json(document: Document) -> dict[str, Any]:
    from smm_desktop import __version__

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": document.app_version or __version__,
        "exported_at": format_time(document.exported_at),
        "brands": [_brand_json(b) for b in document.brands],
    }


def _brand_json(brand: BrandRecord) -> dict[str, Any]:
    logo = base64.b64encode(brand.logo_png).decode("ascii") if brand.logo_png is not None else None
    return {
        "name": brand.name, "industry": brand.industry, "country": brand.country,
        "languages": list(brand.languages), "colours": list(brand.colours), "notes": brand.notes,
        "report_recipients": list(brand.report_recipients), "logo_png": logo,
        "archived": brand.archived, "created_at": format_time(brand.created_at),
        "accounts": [_account_json(a) for a in brand.accounts],
    } | strategy_json(brand.strategy) | content_json(brand.content)


def _account_json(account: AccountRecord) -> dict[str, Any]:
    return {
        "platform": account.platform.value, "handle": account.handle,
        "profile_url": account.profile_url, "archived": account.archived, "notes": account.notes,
        "created_at": format_time(account.created_at),
        "snapshots": [encode(snapshot) for snapshot in account.snapshots],
        "posting_slots": slots_json(account.posting_slots),
        "engagement": engagement_json(account.engagement),
    }


# -- from JSON (already checked against the schema) ------------------------------------------


def _parse_logo(text: str | None, where: str) -> bytes | None:
    return None if text is None else parse_base64(text, where)


def from_json(data: dict[str, Any]) -> Document:
    """Records from a document that passed the schema."""
    brands = tuple(_brand(b, pointer("brands", i)) for i, b in enumerate(data["brands"]))
    return Document(brands, data["app_version"],
                    parse_time(data["exported_at"], "/exported_at"), data["format_version"])


def _brand(data: dict[str, Any], at: str) -> BrandRecord:
    accounts = tuple(
        _account(a, f"{at}/accounts/{i}") for i, a in enumerate(data["accounts"])
    )
    return BrandRecord(
        name=data["name"], industry=data["industry"], country=data["country"],
        languages=tuple(data["languages"]), colours=tuple(data["colours"]), notes=data["notes"],
        report_recipients=tuple(data["report_recipients"]),
        logo_png=_parse_logo(data["logo_png"], f"{at}/logo_png"), archived=data["archived"],
        created_at=parse_time(data["created_at"], f"{at}/created_at"), accounts=accounts,
        strategy=strategy_from_json(data, at), content=content_from_json(data, at),
    )


def _account(data: dict[str, Any], at: str) -> AccountRecord:
    return AccountRecord(
        platform=Platform(data["platform"]), handle=data["handle"],
        profile_url=data["profile_url"], archived=data["archived"], notes=data["notes"],
        created_at=parse_time(data["created_at"], f"{at}/created_at"),
        snapshots=tuple(_snapshot(snap, f"{at}/snapshots/{i}")
                        for i, snap in enumerate(data.get("snapshots", []))),
        posting_slots=slots_from_json(data, f"{at}/posting_slots"),
        engagement=engagement_from_json(data, f"{at}/engagement"),
    )


def _snapshot(data: dict[str, Any], at: str) -> SnapshotRecord:
    return SnapshotRecord(Metric(data["metric"]), parse_day(data["day"], f"{at}/day"),
                          float(data["value"]), SnapshotSource(data["source"]))
