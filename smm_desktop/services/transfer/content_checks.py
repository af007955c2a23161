"""The rules of a brand's content plan in a document: the post editor's, pillar and occasion
forms' field rules (dates from 1970 to 2100 among them), references inside the brand, and no
record twice where the app cannot hold it twice (a slot, a pillar's ref, a post's account)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smm_desktop.domain import validation as v
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.posts import date_errors
from smm_desktop.services.occasions import BrandOccasionInput, occasion_errors
from smm_desktop.services.pillars import pillar_errors
from smm_desktop.services.post_data import MAX_LENGTHS, PillarInput, _is_url
from smm_desktop.services.transfer.content_records import PostRecord
from smm_desktop.services.transfer.strategy_checks import (
    MESSAGES,
    account_index,
    fail,
    refuse_repeats,
    refuse_unknown_account,
    refuse_unknown_ref,
)

if TYPE_CHECKING:
    from smm_desktop.services.transfer.document import BrandRecord

CONTENT_MESSAGES = MESSAGES | {
    "date_out_of_range": "is not a date from {min} to {max}",
    "bad_colour": "is not a #RRGGBB colour",
    "out_of_range": "is not a number from {min} to {max}",
    "bad_url": "is not an http(s) address",
}


def _refuse(errors: list[FieldError], at: str) -> None:
    if errors:
        error = errors[0]
        message = CONTENT_MESSAGES.get(error.code, error.code)
        fail(f"{at}/{error.field}", message.format(**error.params))


def check_content(brand: BrandRecord, at: str) -> None:
    """Raise TransferError for the first problem of the brand's slots and content plan."""
    for j, account in enumerate(brand.accounts):
        refuse_repeats(((s.weekday, s.time_of_day) for s in account.posting_slots),
                       f"{at}/accounts/{j}/posting_slots", "time_of_day",
                       "this weekday and time")
        refuse_repeats((d.day for d in account.engagement), f"{at}/accounts/{j}/engagement",
                       "day", "this day")
    content = brand.content
    refuse_repeats((p.ref for p in content.pillars), f"{at}/pillars", "ref",
                   "a pillar with this ref")
    for i, pillar in enumerate(content.pillars):
        _refuse(pillar_errors(PillarInput(pillar.name, pillar.colour, pillar.target_share,
                                          pillar.description)), f"{at}/pillars/{i}")
    for i, occasion in enumerate(content.occasions):
        _refuse(occasion_errors(BrandOccasionInput(occasion.name, occasion.day, occasion.yearly,
                                                   occasion.notes)), f"{at}/occasions/{i}")
    for i, post in enumerate(content.posts):
        _check_post(brand, post, f"{at}/posts/{i}")


def _check_post(brand: BrandRecord, post: PostRecord, at: str) -> None:
    accounts = account_index(brand.accounts)
    for k, ref in enumerate(post.accounts):
        refuse_unknown_account(ref, accounts, f"{at}/accounts/{k}")
    refuse_repeats(((r.platform, v.handle_key(r.handle)) for r in post.accounts),
                   f"{at}/accounts", "handle", "this account")
    strategy = brand.strategy
    refuse_unknown_ref(post.social_goal, {g.ref for g in strategy.social_goals},
                       f"{at}/social_goal", "social goal")
    refuse_unknown_ref(post.pillar, {p.ref for p in brand.content.pillars}, f"{at}/pillar",
                       "pillar")
    if post.persona is not None and not 1 <= post.persona <= len(strategy.personas):
        fail(f"{at}/persona", f"this brand has no persona number {post.persona} (it has "
             f"{len(strategy.personas)})", code="unknown_reference")
    _refuse(post_field_errors(post), at)


def post_field_errors(post: PostRecord) -> list[FieldError]:
    """The post editor's rules on the post's own fields (references are checked apart)."""
    errors = [FieldError(name, "too_long", {"max": str(limit)})
              for name, limit in MAX_LENGTHS.items()
              if len(getattr(post, name).strip()) > limit]
    errors += date_errors("scheduled_at", post.scheduled_at)
    errors += date_errors("asset_due", post.asset_due)
    if not _is_url(post.published_url):
        errors.append(FieldError("published_url", "bad_url"))
    return errors
