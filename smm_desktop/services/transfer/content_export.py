"""Read a brand's live content plan as records, in a fixed order (the order an import keeps).

Posts, pillars and occasions in the trash stay behind. A post keeps only its accounts that are
exported; a reference to a goal, persona or pillar that stays behind becomes null.
Order: pillars by position; occasions by day; dated posts by time, then the idea bank in order.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from smm_desktop.db.models import (
    BrandOccasion,
    EngagementDay,
    Persona,
    Pillar,
    Post,
    PostingSlot,
    SocialGoal,
)
from smm_desktop.services.post_data import post_data
from smm_desktop.services.transfer.content_records import (
    ContentRecords,
    EngagementRecord,
    OccasionRecord,
    PillarRecord,
    PostRecord,
    SlotRecord,
)
from smm_desktop.services.transfer.records import AccountRef
from smm_desktop.services.transfer.strategy_export import _live, _refs
from smm_desktop.services.transfer.strategy_rows import to_record

Accounts = dict[int, AccountRef]  # the brand's exported accounts by id


def slot_records(s: Session, account_ids: list[int]) -> dict[int, tuple[SlotRecord, ...]]:
    """Each account's posting slots, Monday first, then by time."""
    query = (select(PostingSlot).where(PostingSlot.account_id.in_(account_ids))
             .order_by(PostingSlot.account_id, PostingSlot.weekday, PostingSlot.time_of_day))
    grouped: dict[int, list[SlotRecord]] = {}
    for row in s.scalars(query):
        grouped.setdefault(row.account_id, []).append(SlotRecord(row.weekday, row.time_of_day))
    return {account: tuple(records) for account, records in grouped.items()}


def engagement_records(s: Session, account_ids: list[int]) -> dict[int, tuple[EngagementRecord, ...]]:
    """Each account's engagement log, oldest day first."""
    query = (select(EngagementDay).where(EngagementDay.account_id.in_(account_ids),
                                         EngagementDay.deleted_at.is_(None))
             .order_by(EngagementDay.account_id, EngagementDay.day))
    grouped: dict[int, list[EngagementRecord]] = {}
    for row in s.scalars(query):
        grouped.setdefault(row.account_id, []).append(EngagementRecord(
            row.day, row.mentions, row.comments, row.messages, row.interactions,
            row.response_minutes, row.note))
    return {account: tuple(records) for account, records in grouped.items()}


def content_records(s: Session, brand_id: int, accounts: Accounts) -> ContentRecords:
    """The brand's pillars, own occasions and posts, with references inside the brand."""
    pillars = _live(s, Pillar, brand_id, Pillar.position)
    occasions = _live(s, BrandOccasion, brand_id, BrandOccasion.day)
    refs = _References(
        goals=_refs([g for g in _live(s, SocialGoal, brand_id)
                     if g.account_id is None or g.account_id in accounts]),
        personas=_refs(_live(s, Persona, brand_id, Persona.position)),
        pillars=_refs(pillars), accounts=accounts)
    return ContentRecords(
        pillars=tuple(to_record(PillarRecord, r, ref=i) for i, r in enumerate(pillars, start=1)),
        occasions=tuple(to_record(OccasionRecord, r) for r in occasions),
        posts=tuple(refs.post(row) for row in _live_posts(s, brand_id)),
    )


def _live_posts(s: Session, brand_id: int) -> list[Post]:
    query = (select(Post).where(Post.brand_id == brand_id, Post.deleted_at.is_(None))
             .options(selectinload(Post.accounts), selectinload(Post.attachments)))
    return sorted(s.scalars(query), key=lambda p: (
        p.scheduled_at is None, p.scheduled_at or datetime.min, p.position, p.id))


class _References:
    """Row ids to the references a document uses (ids that stay behind to null)."""

    def __init__(self, goals: dict[int, int], personas: dict[int, int], pillars: dict[int, int],
                 accounts: Accounts) -> None:
        self.goals, self.personas, self.pillars = goals, personas, pillars
        self.accounts = accounts

    def post(self, row: Post) -> PostRecord:
        data = post_data(row, {})
        return PostRecord(
            **{name: getattr(data, name) for name in _SAME_FIELDS},
            accounts=tuple(self.accounts[a] for a in data.account_ids if a in self.accounts),
            social_goal=self.goals.get(data.social_goal_id or 0),
            persona=self.personas.get(data.persona_id or 0),
            pillar=self.pillars.get(data.pillar_id or 0),
        )


# The PostRecord fields that are PostInput's own (the others are references).
_SAME_FIELDS = (
    "topic", "status", "scheduled_at", "content_type", "purpose", "call_to_action", "caption",
    "hashtags", "notes_for_design", "asset_owner", "asset_due", "occasion", "experiment",
    "approval", "approval_note", "published_url", "lessons", "attachments",
)
