"""Export a workspace, or one brand with its strategy and content plan, to a JSON file
(soft-deleted rows stay behind)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop import __version__
from smm_desktop.db.models import Brand, SocialAccount
from smm_desktop.domain.csv_safety import write_atomically
from smm_desktop.services._base import load_live
from smm_desktop.services.accounts import _to_data as account_data
from smm_desktop.services.brands import _to_data as brand_data
from smm_desktop.services.transfer.content_export import (
    content_records,
    engagement_records,
    slot_records,
)
from smm_desktop.services.transfer.content_records import EngagementRecord, SlotRecord
from smm_desktop.services.transfer.document import (
    AccountRecord,
    BrandRecord,
    Document,
    to_json,
)
from smm_desktop.services.transfer.records import AccountRef, SnapshotRecord
from smm_desktop.services.transfer.strategy_export import snapshot_records, strategy_records


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    brands: int
    accounts: int


def export_workspace(
    session_factory: sessionmaker[Session], path: Path, brand_id: int | None = None
) -> ExportSummary:
    """Write every live brand (or only `brand_id`) with its live accounts; NotFound if it is gone."""
    document = collect(session_factory, brand_id)
    write_document(document, Path(path))
    return ExportSummary(Path(path), len(document.brands), document.account_count)


def collect(session_factory: sessionmaker[Session], brand_id: int | None = None) -> Document:
    """The document for the workspace now: brands by name, accounts by platform and handle."""
    with session_factory() as s:
        brands = _live_brands(s, brand_id)
        accounts = _live_accounts(s, [b.id for b in brands])
        records = [_brand_record(s, b, accounts.get(b.id, [])) for b in brands]
    now = datetime.now(UTC).replace(tzinfo=None)
    return Document(tuple(records), __version__, now)


def write_document(document: Document, path: Path) -> None:
    """UTF-8 JSON, indented, non-ASCII kept readable; written whole or not at all."""
    text = json.dumps(to_json(document), ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))


def _live_brands(s: Session, brand_id: int | None) -> list[Brand]:
    if brand_id is not None:
        return [load_live(s, Brand, brand_id)]
    rows = s.scalars(select(Brand).where(Brand.deleted_at.is_(None))).all()
    return sorted(rows, key=lambda r: (r.name.casefold(), r.name, r.id))


def _live_accounts(s: Session, brand_ids: list[int]) -> dict[int, list[SocialAccount]]:
    query = select(SocialAccount).where(
        SocialAccount.brand_id.in_(brand_ids), SocialAccount.deleted_at.is_(None)
    )
    grouped: dict[int, list[SocialAccount]] = {}
    for row in sorted(s.scalars(query), key=lambda r: (r.platform, r.handle_key, r.id)):
        grouped.setdefault(row.brand_id, []).append(row)
    return grouped


def _brand_record(s: Session, row: Brand, accounts: list[SocialAccount]) -> BrandRecord:
    data = brand_data(row, 0)  # the brand service's reading of the stored lists
    ids = [a.id for a in accounts]
    snapshots, slots = snapshot_records(s, ids), slot_records(s, ids)
    logs = engagement_records(s, ids)
    records = [_account_record(a, snapshots.get(a.id, ()), slots.get(a.id, ()), logs.get(a.id, ()))
               for a in accounts]
    refs = {a.id: AccountRef(r.platform, r.handle) for a, r in zip(accounts, records, strict=True)}
    return BrandRecord(
        name=data.name, industry=data.industry, country=data.country,
        languages=data.languages, colours=data.colours, notes=data.notes,
        report_recipients=data.report_recipients, logo_png=data.logo_png,
        archived=data.archived, created_at=row.created_at, accounts=tuple(records),
        strategy=strategy_records(s, row.id, refs), content=content_records(s, row.id, refs),
    )


def _account_record(row: SocialAccount, snapshots: tuple[SnapshotRecord, ...],
                    slots: tuple[SlotRecord, ...],
                    engagement: tuple[EngagementRecord, ...]) -> AccountRecord:
    data = account_data(row)
    return AccountRecord(
        platform=data.platform, handle=data.handle, profile_url=data.profile_url,
        archived=data.archived, notes=data.notes, created_at=row.created_at,
        snapshots=snapshots, posting_slots=slots, engagement=engagement,
    )
