"""Which content rows of a brand an import adds: all of them for a new brand; for a brand already
in the workspace ("merge"), those it does not hold yet, compared by what names them:

- a posting slot by account, weekday and time;
- a day of the engagement log by account and day (a day the brand holds keeps its numbers);
- a pillar by name (ignoring case; one already there stands in for the file's in posts);
- an occasion of the brand's own by name (ignoring case) and day;
- a post by its time (None in the idea bank), topic and set of accounts; the same key several
  times is counted: a file with three blank ideas adds to a brand holding one only two more.

So importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from smm_desktop.db.models import (
    BrandOccasion,
    EngagementDay,
    Persona,
    Pillar,
    Post,
    PostingSlot,
    SocialAccount,
)
from smm_desktop.services.transfer.content_records import (
    EngagementRecord,
    OccasionRecord,
    PillarRecord,
    PostRecord,
    SlotRecord,
)
from smm_desktop.services.transfer.document import BrandRecord
from smm_desktop.services.transfer.records import AccountRef
from smm_desktop.services.transfer.strategy_plan import AccountKey, account_key_of, name_key

# What the kinds of content rows an ImportSummary counts are called: `<kind>_added`.
CONTENT_COUNTS = ("pillars", "posting_slots", "occasions", "posts", "engagement_days")


def post_key(scheduled_at: datetime | None, topic: str,
             accounts: Iterable[AccountKey]) -> Hashable:
    return scheduled_at, topic.strip(), frozenset(accounts)


@dataclass(frozen=True)
class ExistingContent:
    """The content keys a brand of the workspace holds (empty for a new brand)."""

    slots: set[Hashable] = field(default_factory=set)
    pillars: dict[str, int] = field(default_factory=dict)  # name key -> id
    personas: dict[str, int] = field(default_factory=dict)  # name key -> id
    occasions: set[Hashable] = field(default_factory=set)
    posts: Counter[Hashable] = field(default_factory=Counter)
    engagement: set[Hashable] = field(default_factory=set)


def load_existing_content(s: Session, brand_id: int) -> ExistingContent:
    """The brand's live slots, pillars, personas, occasions and posts, by their keys."""
    accounts = {ident: (platform, key) for ident, platform, key in s.execute(
        select(SocialAccount.id, SocialAccount.platform, SocialAccount.handle_key)
        .where(SocialAccount.brand_id == brand_id, SocialAccount.deleted_at.is_(None)))}
    slots = s.execute(select(PostingSlot.account_id, PostingSlot.weekday, PostingSlot.time_of_day)
                      .where(PostingSlot.account_id.in_(list(accounts))))
    logged = s.execute(select(EngagementDay.account_id, EngagementDay.day)
                       .where(EngagementDay.account_id.in_(list(accounts))))
    engagement: set[Hashable] = {(accounts[a], day) for a, day in logged}
    posts = s.scalars(select(Post).where(Post.brand_id == brand_id, Post.deleted_at.is_(None))
                      .options(selectinload(Post.accounts)))
    return ExistingContent(
        slots={(accounts[a], day, moment) for a, day, moment in slots},
        pillars=_by_name(s, Pillar, brand_id), personas=_by_name(s, Persona, brand_id),
        occasions={(name_key(r.name), r.day) for r in _live(s, BrandOccasion, brand_id)},
        posts=Counter(post_key(p.scheduled_at, p.topic, (
            accounts[link.account_id] for link in p.accounts if link.account_id in accounts))
            for p in posts),
        engagement=engagement,
    )


def _live(s: Session, model: Any, brand_id: int) -> list[Any]:
    return list(s.scalars(select(model).where(model.brand_id == brand_id,
                                              model.deleted_at.is_(None))))


def _by_name(s: Session, model: Any, brand_id: int) -> dict[str, int]:
    """The first live row (by position) of each name."""
    found: dict[str, int] = {}
    for row in sorted(_live(s, model, brand_id), key=lambda r: (r.position, r.id)):
        found.setdefault(name_key(row.name), row.id)
    return found


@dataclass
class ContentAdds:
    """The content rows an import adds to one brand, and where its references lead."""

    posting_slots: list[tuple[AccountKey, SlotRecord]] = field(default_factory=list)
    pillars: list[PillarRecord] = field(default_factory=list)
    occasions: list[OccasionRecord] = field(default_factory=list)
    posts: list[PostRecord] = field(default_factory=list)
    engagement_days: list[tuple[AccountKey, EngagementRecord]] = field(default_factory=list)
    present: int = 0  # rows of the file the brand already holds: left as they are
    pillar_ids: dict[int, int] = field(default_factory=dict)  # ref -> id of a pillar there
    persona_ids: dict[int, int] = field(default_factory=dict)  # number -> id of a persona there
    new_personas: dict[int, int] = field(default_factory=dict)  # number -> index of those added

    def counts(self) -> dict[str, int]:
        """How many rows of each kind are added."""
        return {f.name: len(getattr(self, f.name)) for f in fields(self)
                if isinstance(getattr(self, f.name), list)}


def plan_content(brand: BrandRecord, existing: ExistingContent) -> ContentAdds:
    """The content rows of `brand` to add, given what the workspace's brand of that name holds."""
    adds = ContentAdds()
    slots = [(account_key_of(AccountRef(a.platform, a.handle)), slot)
             for a in brand.accounts for slot in a.posting_slots]
    adds.posting_slots = _keep(adds, slots, existing.slots,
                               lambda p: (p[0], p[1].weekday, p[1].time_of_day))
    days = [(account_key_of(AccountRef(a.platform, a.handle)), day)
            for a in brand.accounts for day in a.engagement]
    adds.engagement_days = _keep(adds, days, existing.engagement, lambda p: (p[0], p[1].day))
    pillars = brand.content.pillars
    adds.pillar_ids = {p.ref: existing.pillars[name_key(p.name)] for p in pillars
                       if name_key(p.name) in existing.pillars}
    adds.pillars = _keep(adds, pillars, existing.pillars, lambda p: name_key(p.name))
    adds.occasions = _keep(adds, brand.content.occasions, existing.occasions,
                           lambda o: (name_key(o.name), o.day))
    _map_personas(adds, brand, existing)
    adds.posts = _new_posts(adds, brand.content.posts, existing.posts)
    return adds


def _keep(adds: ContentAdds, records: Iterable[Any], there: Any,
          key: Any) -> list[Any]:
    items = list(records)
    kept = [r for r in items if key(r) not in there]
    adds.present += len(items) - len(kept)
    return kept


def _map_personas(adds: ContentAdds, brand: BrandRecord, existing: ExistingContent) -> None:
    """Persona number n of the file: a persona there of the same name, or the kth one added
    (the strategy's import adds those whose name the brand lacks, in the file's order)."""
    added = 0
    for number, persona in enumerate(brand.strategy.personas, start=1):
        there = existing.personas.get(name_key(persona.name))
        if there is not None:
            adds.persona_ids[number] = there
        else:
            adds.new_personas[number], added = added, added + 1


def _new_posts(adds: ContentAdds, posts: Iterable[PostRecord],
               there: Counter[Hashable]) -> list[PostRecord]:
    """The posts beyond those the brand holds, counting each key as often as it is there."""
    left, kept = Counter(there), []
    for post in posts:
        key = post_key(post.scheduled_at, post.topic, (account_key_of(a) for a in post.accounts))
        if left[key] > 0:
            left[key] -= 1
            adds.present += 1
        else:
            kept.append(post)
    return kept
