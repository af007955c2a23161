"""What a post, a pillar and a posting slot look like outside the database, how rows become
them, and the rules checked before a post is saved."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import TypeVar, cast
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from smm_desktop.db.models import (
    Persona,
    Pillar,
    Post,
    PostAccount,
    PostAttachment,
    SocialAccount,
    SocialGoal,
)
from smm_desktop.domain.enums import Approval, ContentType, Platform, PostPurpose, PostStatus
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.posts import date_errors, missing_brief, over_limit
from smm_desktop.domain.validation import normalise_url
from smm_desktop.services._base import join_list, split_stored

E = TypeVar("E", bound=StrEnum)
# Longest text each short field holds (the columns' sizes).
MAX_LENGTHS = {"topic": 200, "call_to_action": 200, "asset_owner": 120, "occasion": 120,
               "published_url": 500}
PLAIN_FIELDS = ("topic", "call_to_action", "caption", "notes_for_design", "asset_owner",
                "asset_due", "occasion", "experiment", "approval_note", "lessons")


@dataclass(frozen=True)
class PostInput:
    """A post's brief as the editor holds it. `scheduled_at` is local wall time (no zone);
    None puts the post in the idea bank. `attachments` are file paths."""

    topic: str = ""
    status: PostStatus = PostStatus.IDEA
    scheduled_at: datetime | None = None
    account_ids: tuple[int, ...] = ()
    social_goal_id: int | None = None
    content_type: ContentType | None = None
    purpose: PostPurpose | None = None
    persona_id: int | None = None
    pillar_id: int | None = None
    call_to_action: str = ""
    caption: str = ""
    hashtags: tuple[str, ...] = ()
    notes_for_design: str = ""
    asset_owner: str = ""
    asset_due: date | None = None
    occasion: str = ""
    experiment: bool = False
    approval: Approval = Approval.NOT_NEEDED
    approval_note: str = ""
    published_url: str = ""
    lessons: str = ""
    attachments: tuple[str, ...] = ()


@dataclass(frozen=True)
class PostData(PostInput):
    """A stored post. `platforms` are its accounts' (same order); `missing` the brief fields
    it lacks for its status; `over_limit` the platforms whose caption limit it exceeds."""

    id: int = 0
    brand_id: int = 0
    version: int = 0
    position: int = 0
    platforms: tuple[Platform, ...] = ()
    missing: tuple[str, ...] = ()
    over_limit: tuple[Platform, ...] = ()
    origin: str = "plan"  # "import": found only in an analytics export, never planned

    def to_input(self) -> PostInput:
        return PostInput(**{f.name: getattr(self, f.name) for f in dataclasses.fields(PostInput)})


@dataclass(frozen=True)
class PillarInput:
    """A content category; `target_share` is the percent of the plan it should take."""

    name: str
    colour: str = ""
    target_share: int | None = None
    description: str = ""


@dataclass(frozen=True)
class PillarData(PillarInput):
    id: int = 0
    brand_id: int = 0
    version: int = 0
    position: int = 0

    def to_input(self) -> PillarInput:
        return PillarInput(**{f.name: getattr(self, f.name)
                              for f in dataclasses.fields(PillarInput)})


@dataclass(frozen=True)
class Slot:
    """A usual time to post on an account: weekday 0 Monday … 6 Sunday."""

    account_id: int
    weekday: int
    time_of_day: time


@dataclass(frozen=True)
class Move:
    """Put post `post_id` (seen at `version`) at `to`; None sends it back to the idea bank."""

    post_id: int
    version: int
    to: datetime | None


def _enum(kind: type[E], value: str | None) -> E | None:
    return kind(value) if value in set(kind) else None


def _platform(value: str | None) -> Platform:
    return _enum(Platform, value) or Platform.OTHER


def platforms_of(s: Session, brand_id: int) -> dict[int, Platform]:
    """Every account of the brand (the trash too) to its platform: one query."""
    rows = s.execute(select(SocialAccount.id, SocialAccount.platform)
                     .where(SocialAccount.brand_id == brand_id))
    return {ident: _platform(platform) for ident, platform in rows}


def post_data(row: Post, platform_of: Mapping[int, Platform]) -> PostData:
    """The row as the app shows it, with what its brief lacks and where its caption is long."""
    account_ids = tuple(link.account_id for link in row.accounts)
    platforms = tuple(platform_of.get(a, Platform.OTHER) for a in account_ids)
    data = PostData(
        **{name: getattr(row, name) for name in PLAIN_FIELDS},
        status=_enum(PostStatus, row.status) or PostStatus.IDEA,
        scheduled_at=row.scheduled_at, account_ids=account_ids,
        social_goal_id=row.social_goal_id, persona_id=row.persona_id, pillar_id=row.pillar_id,
        content_type=_enum(ContentType, row.content_type),
        purpose=_enum(PostPurpose, row.purpose), hashtags=split_stored(row.hashtags),
        approval=_enum(Approval, row.approval) or Approval.NOT_NEEDED,
        published_url=row.published_url,
        attachments=tuple(a.path for a in row.attachments),
        id=row.id, brand_id=row.brand_id, version=row.version, position=row.position,
        platforms=platforms, origin=row.origin or "plan",
    )
    return dataclasses.replace(data, missing=missing_brief(data.status, data),
                               over_limit=over_limit(data.caption, data.hashtags, platforms))


def apply_post(row: Post, data: PostInput) -> None:
    """Store `data` on the row, its accounts and attachments included."""
    for name in PLAIN_FIELDS:
        value = getattr(data, name)
        setattr(row, name, value.strip() if name in MAX_LENGTHS else value)
    row.status, row.scheduled_at = data.status.value, data.scheduled_at
    row.social_goal_id, row.persona_id = data.social_goal_id, data.persona_id
    row.pillar_id = data.pillar_id
    row.content_type = data.content_type.value if data.content_type else None
    row.purpose = data.purpose.value if data.purpose else None
    row.hashtags, row.approval = join_list(data.hashtags), data.approval.value
    row.published_url = normalise_url(data.published_url)
    _set_accounts(row, data.account_ids)
    row.attachments = [PostAttachment(path=p, position=i)
                       for i, p in enumerate(p.strip() for p in data.attachments if p.strip())]


def _set_accounts(row: Post, account_ids: tuple[int, ...]) -> None:
    """Keep the links still wanted in place (dropping one and adding it again in one flush would
    clash on the unique pair), drop the others, add the new ones in the order given."""
    wanted = list(dict.fromkeys(account_ids))
    for link in list(row.accounts):
        if link.account_id in wanted:
            wanted.remove(link.account_id)
        else:
            row.accounts.remove(link)
    row.accounts.extend(PostAccount(account_id=a) for a in wanted)


def post_errors(s: Session, brand_id: int, data: PostInput,
                kept: Post | None = None) -> list[FieldError]:
    """Every reason to refuse `data` for a post of `brand_id` (a long caption is not one).
    References `kept` (the stored post) already holds pass even when trashed: until the purge
    the post keeps them, so it can still be edited and its edits undone."""
    errors = [FieldError(name, "too_long", {"max": str(limit)})
              for name, limit in MAX_LENGTHS.items()
              if len(getattr(data, name).strip()) > limit]
    errors += date_errors("scheduled_at", data.scheduled_at)
    errors += date_errors("asset_due", data.asset_due)
    held = {link.account_id for link in kept.accounts} if kept is not None else set()
    errors += _account_errors(s, brand_id, tuple(a for a in data.account_ids if a not in held))
    errors += _reference_errors(s, brand_id, data, kept)
    if not _is_url(data.published_url):
        errors.append(FieldError("published_url", "bad_url"))
    return errors


def _is_url(text: str) -> bool:
    url = normalise_url(text)
    if not url:
        return True
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and "." in parts.netloc and " " not in url


def _account_errors(s: Session, brand_id: int, account_ids: tuple[int, ...]) -> list[FieldError]:
    if not account_ids:
        return []
    owned = set(s.scalars(select(SocialAccount.id).where(
        SocialAccount.id.in_(account_ids), SocialAccount.brand_id == brand_id,
        SocialAccount.deleted_at.is_(None))))
    unknown = [a for a in account_ids if a not in owned]
    if not unknown:
        return []
    return [FieldError("account_ids", "unknown_account", {"ids": ",".join(map(str, unknown))})]


def _reference_errors(s: Session, brand_id: int, data: PostInput,
                      kept: Post | None) -> list[FieldError]:
    checks: tuple[tuple[str, type[SocialGoal | Persona | Pillar], int | None], ...] = (
        ("social_goal_id", SocialGoal, data.social_goal_id),
        ("persona_id", Persona, data.persona_id), ("pillar_id", Pillar, data.pillar_id))
    return [FieldError(field, "unknown_reference") for field, model, ident in checks
            if ident is not None and ident != getattr(kept, field, None)
            and not _owned(s, model, ident, brand_id)]


def _owned(s: Session, model: type[SocialGoal | Persona | Pillar], ident: int,
           brand_id: int) -> bool:
    row = cast("SocialGoal | Persona | Pillar | None", s.get(model, ident))
    return row is not None and row.deleted_at is None and row.brand_id == brand_id


def pillar_data(row: Pillar) -> PillarData:
    return PillarData(name=row.name, colour=row.colour, target_share=row.target_share,
                      description=row.description, id=row.id, brand_id=row.brand_id,
                      version=row.version, position=row.position)
