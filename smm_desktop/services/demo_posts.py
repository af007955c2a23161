"""The sample's content plan: pillars, posting slots, years of posts on every account (past
ones published, the coming weeks in every stage), an idea bank per brand, and a few small
generated images next to the workspace that some posts attach.

Posts are many (a five-year sample writes thousands), so they go in with a few bulk inserts."""

from __future__ import annotations

import base64
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.models import Pillar, Post, PostAccount, PostAttachment, PostingSlot
from smm_desktop.domain.enums import Approval, ContentType, Platform, PostStatus
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.demo_media import write_media
from smm_desktop.services.demo_post_texts import PLANS, BrandPlan, PillarPlan
from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.goals import GoalService
from smm_desktop.services.guides import GuideService
from smm_desktop.services.personas import PersonaService
from smm_desktop.services.workspace import Workspace

C, S = ContentType, PostStatus
CONTENT: dict[Platform, tuple[ContentType, ...]] = {
    Platform.INSTAGRAM: (C.IMAGE, C.CAROUSEL, C.SHORT_VIDEO, C.SHORT_VIDEO, C.STORY),
    Platform.X: (C.TEXT, C.TEXT, C.IMAGE, C.POLL, C.LINK),
    Platform.TIKTOK: (C.SHORT_VIDEO,), Platform.SNAPCHAT: (C.STORY, C.SHORT_VIDEO),
    Platform.FACEBOOK: (C.IMAGE, C.LINK, C.VIDEO, C.TEXT),
    Platform.PINTEREST: (C.IMAGE,), Platform.LINKEDIN: (C.TEXT, C.IMAGE, C.CAROUSEL, C.LINK),
    Platform.YOUTUBE: (C.VIDEO, C.VIDEO, C.SHORT_VIDEO),
    Platform.WHATSAPP_BUSINESS: (C.IMAGE, C.TEXT),
}
# How many of the brand's hashtags go under a post on each platform (none when absent).
TAGS = {Platform.INSTAGRAM: 4, Platform.X: 2, Platform.TIKTOK: 3, Platform.PINTEREST: 4,
        Platform.LINKEDIN: 2, Platform.FACEBOOK: 1, Platform.YOUTUBE: 2}
# A post on the first platform sometimes goes to the brand's account on one of these too.
CROSS_POSTS = {Platform.INSTAGRAM: (Platform.FACEBOOK, Platform.TIKTOK)}
LINKS = {
    Platform.INSTAGRAM: "https://www.instagram.com/p/{code}/",
    Platform.X: "https://x.com/{handle}/status/{number}",
    Platform.TIKTOK: "https://www.tiktok.com/@{handle}/video/{number}",
    Platform.FACEBOOK: "https://www.facebook.com/{handle}/posts/{number}",
    Platform.PINTEREST: "https://www.pinterest.com/pin/{number}/",
    Platform.LINKEDIN: "https://www.linkedin.com/feed/update/urn:li:activity:{number}/",
    Platform.YOUTUBE: "https://www.youtube.com/watch?v={code}",
}
WITH_IMAGES = frozenset({C.IMAGE, C.CAROUSEL, C.STORY})
AHEAD_DAYS = 42  # the plan reaches six weeks past today


@dataclass
class Draft:
    """One post to insert: its column values, accounts and attachment paths."""

    values: dict[str, Any]
    accounts: tuple[int, ...] = ()
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class BrandContext:
    """What a brand's posts refer to: its plan, pillars, goals, personas, tags and images."""

    brand: SampleBrand
    plan: BrandPlan
    pillars: tuple[tuple[int, PillarPlan], ...]
    goals: dict[int | None, tuple[int, ...]]
    personas: tuple[int, ...]
    tags: tuple[str, ...]
    media: tuple[str, ...]
    slots: tuple[tuple[AccountData, int, time], ...]

    @cached_property
    def pillar_draw(self) -> tuple[tuple[int, PillarPlan], ...]:
        """Each pillar once per 5% of its target share."""
        return tuple(p for p in self.pillars for _ in range(p[1].share // 5))


def write_posts(workspace: Workspace, rng: random.Random, sample: Sequence[SampleBrand],
                today: date) -> None:
    """Write each sample brand's pillars, slots, calendar and idea bank: one transaction."""
    sf = workspace.session_factory
    path = workspace.path
    media = write_media(path.parent / f"{path.stem} media", rng) if path else {}
    refs = [(_goals(sf, b.id), _personas(sf, b.id), _tags(sf, b.id)) for b in sample]
    with sf.begin() as s:
        for brand, (goals, personas, tags) in zip(sample, refs, strict=True):
            plan = PLANS[brand.index % len(PLANS)]
            context = BrandContext(brand, plan, _pillars(s, brand, plan), goals, personas,
                                   tags, media.get(brand.index, ()), _slots(s, brand, plan))
            drafts = list(_calendar(rng, context, today)) + list(_ideas(rng, context, today))
            _insert(s, drafts)


def _pillars(s: Session, brand: SampleBrand,
             plan: BrandPlan) -> tuple[tuple[int, PillarPlan], ...]:
    table = cast(Table, Pillar.__table__)
    created = datetime.combine(brand.onboarded, time(9))
    return tuple((s.execute(insert(table).returning(table.c.id), {
        "brand_id": brand.id, "name": p.name, "colour": p.colour, "target_share": p.share,
        "description": p.description, "position": n, "version": 1, "created_at": created,
        "updated_at": created, "deleted_at": None}).scalar_one(), p)
        for n, p in enumerate(plan.pillars))


def _slots(s: Session, brand: SampleBrand,
           plan: BrandPlan) -> tuple[tuple[AccountData, int, time], ...]:
    """Each account's posting slots, as the plan gives them for its platform."""
    slots = tuple((account, day, time.fromisoformat(at)) for account in brand.accounts
                  for day, at in plan.slots.get(account.platform, ()))
    s.execute(insert(cast(Table, PostingSlot.__table__)),
              [{"account_id": a.id, "weekday": d, "time_of_day": t} for a, d, t in slots])
    return slots


def _personas(sf: sessionmaker[Session], brand_id: int) -> tuple[int, ...]:
    return tuple(p.id for p in PersonaService(sf).list_personas(brand_id))


def _goals(sf: sessionmaker[Session], brand_id: int) -> dict[int | None, tuple[int, ...]]:
    """The brand's goal ids by account (None: every goal of the brand)."""
    goals = GoalService(sf).list_goals(brand_id)
    found: dict[int | None, tuple[int, ...]] = {None: tuple(g.id for g in goals)}
    for goal in goals:
        if goal.account_id is not None:
            found[goal.account_id] = (*found.get(goal.account_id, ()), goal.id)
    return found


def _tags(sf: sessionmaker[Session], brand_id: int) -> tuple[str, ...]:
    sets = GuideService(sf).list_sets(brand_id)
    return tuple(dict.fromkeys(tag for s in sets for text in s.tags for tag in text.split()))


def _calendar(rng: random.Random, ctx: BrandContext, today: date) -> Iterator[Draft]:
    """A post in every posting slot from the brand's first week to six weeks ahead."""
    first = ctx.brand.onboarded - timedelta(days=ctx.brand.onboarded.weekday())
    last = today + timedelta(days=AHEAD_DAYS)
    week = first
    while week <= last:
        for account, weekday, at in ctx.slots:
            day = week + timedelta(days=weekday)
            if ctx.brand.onboarded <= day <= last and rng.random() < 0.93:
                yield _post(rng, ctx, account, datetime.combine(day, at), today)
        week += timedelta(days=7)


def _post(rng: random.Random, ctx: BrandContext, account: AccountData, when: datetime,
          today: date) -> Draft:
    status = _status(rng, when.date(), today)
    pillar_id, pillar = _pillar(rng, ctx)
    kind = rng.choice(CONTENT.get(account.platform, (C.IMAGE,)))
    topic = rng.choice(pillar.topics)
    values = _blank(ctx.brand.id, when - timedelta(days=rng.randint(5, 20)))
    values.update(
        topic=topic, status=status.value, scheduled_at=when, content_type=kind.value,
        purpose=rng.choice(pillar.purposes).value, pillar_id=pillar_id,
        persona_id=_maybe(rng, ctx.personas, 0.98),
        social_goal_id=_maybe(rng, ctx.goals.get(account.id) or ctx.goals[None], 0.96),
        call_to_action=rng.choice(ctx.plan.ctas), hashtags="\n".join(_hashtags(rng, ctx, account)),
        caption=rng.choice(ctx.plan.captions).format(topic=topic),
        occasion=_occasion(ctx.plan, when.date()), experiment=rng.random() < 0.03,
    )
    values.update(_stage(rng, ctx, status, when, account))
    if status in (S.READY, S.SCHEDULED) and rng.random() < 0.12:
        values[rng.choice(("persona_id", "social_goal_id"))] = None  # flagged as missing
    accounts = (account.id, *_partner(rng, ctx, account))
    files = _files(rng, ctx, kind, status, when.date(), today)
    return Draft(values, accounts, files)


def _blank(brand_id: int, created: datetime) -> dict[str, Any]:
    """Every column of a post at its empty value: bulk inserts need the same keys."""
    return {"brand_id": brand_id, "topic": "", "status": S.IDEA.value, "scheduled_at": None,
            "social_goal_id": None, "content_type": None, "purpose": None, "persona_id": None,
            "pillar_id": None, "call_to_action": "", "caption": "", "hashtags": "",
            "notes_for_design": "", "asset_owner": "", "asset_due": None, "occasion": "",
            "experiment": False, "approval": Approval.NOT_NEEDED.value, "approval_note": "",
            "published_url": "", "lessons": "", "position": 0, "version": 1,
            "created_at": created, "updated_at": created, "deleted_at": None}


def _status(rng: random.Random, day: date, today: date) -> PostStatus:
    """Past posts went out (a few were cancelled); the nearer a coming one, the further on."""
    ahead = (day - today).days
    if ahead < 0:
        return S.CANCELLED if rng.random() < 0.04 else S.PUBLISHED
    if ahead < 1:
        return rng.choice((S.SCHEDULED, S.SCHEDULED, S.READY))
    if ahead < 7:  # a few of the coming week's still wait for their design or text
        return rng.choice((S.SCHEDULED, S.SCHEDULED, S.READY, S.READY, S.IN_DESIGN, S.DRAFT))
    if ahead < 14:
        return rng.choice((S.READY, S.IN_DESIGN, S.SCHEDULED))
    return rng.choice((S.IN_DESIGN, S.DRAFT)) if ahead < 28 else S.DRAFT


def _stage(rng: random.Random, ctx: BrandContext, status: PostStatus, when: datetime,
           account: AccountData) -> dict[str, Any]:
    """What the post's stage adds: link and lessons once out, approval and assets before."""
    plan = ctx.plan
    values: dict[str, Any] = {"asset_owner": rng.choice(plan.owners)}
    if rng.random() < 0.4:
        values["notes_for_design"] = rng.choice(plan.notes)
    if status is S.PUBLISHED:
        values["published_url"] = _link(rng, account)
        values["approval"] = rng.choice((Approval.APPROVED, Approval.NOT_NEEDED)).value
        values["lessons"] = rng.choice(plan.lessons) if rng.random() < 0.08 else ""
        return values
    values["asset_due"] = when.date() - timedelta(days=3)
    roll = rng.random()
    if status is not S.CANCELLED and roll < 0.3:
        values["approval"] = Approval.PENDING.value
    elif status is not S.CANCELLED and roll < 0.4:
        values["approval"] = Approval.CHANGES_REQUESTED.value
        values["approval_note"] = rng.choice(plan.change_notes)
    elif roll < 0.7:
        values["approval"] = Approval.APPROVED.value
    return values


def _pillar(rng: random.Random, ctx: BrandContext) -> tuple[int, PillarPlan]:
    """A pillar drawn by its target share (5% steps: one plain choice, no weights to sum)."""
    return rng.choice(ctx.pillar_draw)


def _maybe(rng: random.Random, ids: Sequence[int], chance: float) -> int | None:
    return rng.choice(ids) if ids and rng.random() < chance else None


def _hashtags(rng: random.Random, ctx: BrandContext, account: AccountData) -> list[str]:
    count = min(TAGS.get(account.platform, 0), len(ctx.tags))
    return rng.sample(ctx.tags, rng.randint(1, count)) if count else []


def _occasion(plan: BrandPlan, day: date) -> str:
    """The brand's occasion falling in the three days after `day`, if any."""
    for month, dom, name in plan.occasions:
        if 0 <= (date(day.year, month, dom) - day).days <= 3:
            return name
    return ""


def _partner(rng: random.Random, ctx: BrandContext, account: AccountData) -> tuple[int, ...]:
    """Now and then an Instagram post goes to the brand's Facebook or TikTok account too."""
    wanted = CROSS_POSTS.get(account.platform, ())
    others = [a.id for a in ctx.brand.accounts if a.platform in wanted]
    return (rng.choice(others),) if others and rng.random() < 0.25 else ()


def _link(rng: random.Random, account: AccountData) -> str:
    pattern = LINKS.get(account.platform)
    if pattern is None:
        return ""
    code = base64.urlsafe_b64encode(rng.getrandbits(72).to_bytes(9, "big"))[:11].decode()
    return pattern.format(code=code, handle=account.handle,
                          number=rng.randrange(10**17, 10**18))


def _files(rng: random.Random, ctx: BrandContext, kind: ContentType, status: PostStatus,
           day: date, today: date) -> tuple[str, ...]:
    """Images on image posts of the last two months and the coming weeks, past the draft."""
    recent = (today - day).days < 60
    if not ctx.media or kind not in WITH_IMAGES or not recent or status in (S.DRAFT,):
        return ()
    if rng.random() < 0.5:
        return ()
    return tuple(rng.sample(ctx.media, 3 if kind is C.CAROUSEL else 1))


def _ideas(rng: random.Random, ctx: BrandContext, today: date) -> Iterator[Draft]:
    """8 to 15 ideas in the bank, some already with a pillar, a format and accounts."""
    topics = rng.sample(ctx.plan.ideas, rng.randint(8, min(15, len(ctx.plan.ideas))))
    for position, topic in enumerate(topics):
        values = _blank(ctx.brand.id, datetime.combine(
            today - timedelta(days=rng.randint(1, 120)), time(10)))
        values.update(topic=topic, position=position)
        accounts: tuple[int, ...] = ()
        if rng.random() < 0.6:
            pillar_id, pillar = _pillar(rng, ctx)
            account = rng.choice(ctx.brand.accounts)
            kind = rng.choice(CONTENT.get(account.platform, (C.IMAGE,)))
            values.update(pillar_id=pillar_id, purpose=rng.choice(pillar.purposes).value,
                          content_type=kind.value)
            accounts = (account.id,)
        yield Draft(values, accounts)


def _insert(s: Session, drafts: list[Draft]) -> None:
    """A brand's posts, their accounts and attachments, in three bulk inserts. Ids come
    in the order of insertion (one writer), so the new ones are read back in order."""
    post = cast(Table, Post.__table__)
    before = s.scalar(select(func.max(post.c.id))) or 0
    s.execute(insert(post), [d.values for d in drafts])
    ids = s.scalars(select(post.c.id).where(post.c.id > before).order_by(post.c.id)).all()
    links = [{"post_id": i, "account_id": a} for i, d in zip(ids, drafts, strict=True)
             for a in d.accounts]
    s.execute(insert(cast(Table, PostAccount.__table__)), links)
    files = [{"post_id": i, "path": path, "position": n}
             for i, d in zip(ids, drafts, strict=True) for n, path in enumerate(d.files)]
    if files:
        s.execute(insert(cast(Table, PostAttachment.__table__)), files)
