"""Write the content rows an import adds to one brand, inside the import's transaction, after its
accounts and strategy (posts point at both). The services' tidying applies (pillars, occasions,
posts); pillars go after the brand's own, ideas at the end of its idea bank."""

from __future__ import annotations

from sqlalchemy.orm import Session

from smm_desktop.db.models import BrandOccasion, EngagementDay, Pillar, Post, PostingSlot
from smm_desktop.services.occasions import BrandOccasionInput
from smm_desktop.services.occasions import _apply as apply_occasion
from smm_desktop.services.pillars import _apply as apply_pillar
from smm_desktop.services.post_data import PillarInput, PostInput, apply_post
from smm_desktop.services.posts import bank_end
from smm_desktop.services.transfer.content_plan import ContentAdds
from smm_desktop.services.transfer.content_records import PostRecord
from smm_desktop.services.transfer.strategy_plan import AccountKey, StrategyAdds, account_key_of
from smm_desktop.services.transfer.strategy_write import account_ids, next_position


def write_content(s: Session, brand_id: int, adds: ContentAdds, strategy: StrategyAdds) -> None:
    """Add the planned rows; `strategy` was written first (its goal and persona ids are set)."""
    accounts = account_ids(s, brand_id)
    s.add_all(PostingSlot(account_id=accounts[key], weekday=r.weekday, time_of_day=r.time_of_day)
              for key, r in adds.posting_slots)
    s.add_all(EngagementDay(account_id=accounts[key], day=r.day, mentions=r.mentions,
                            comments=r.comments, messages=r.messages,
                            interactions=r.interactions, response_minutes=r.response_minutes,
                            note=r.note)
              for key, r in adds.engagement_days)
    _add_pillars(s, brand_id, adds)
    for record in adds.occasions:
        occasion = BrandOccasion(brand_id=brand_id)
        apply_occasion(occasion, BrandOccasionInput(record.name, record.day, record.yearly,
                                                    record.notes))
        s.add(occasion)
    adds.persona_ids.update({number: strategy.persona_ids[index]
                             for number, index in adds.new_personas.items()})
    bank = bank_end(s, brand_id)
    for position, post in enumerate(adds.posts, start=bank):  # every post has a bank place
        row = Post(brand_id=brand_id, position=position)
        apply_post(row, _post_input(post, accounts, adds, strategy))
        s.add(row)
    s.flush()


def _add_pillars(s: Session, brand_id: int, adds: ContentAdds) -> None:
    start = next_position(s, Pillar, brand_id)
    rows = []
    for i, record in enumerate(adds.pillars, start=start):
        row = Pillar(brand_id=brand_id, position=i)
        apply_pillar(row, PillarInput(record.name, record.colour, record.target_share,
                                      record.description))
        rows.append(row)
    s.add_all(rows)
    s.flush()
    adds.pillar_ids.update({r.ref: row.id for r, row in zip(adds.pillars, rows, strict=True)})


def _post_input(post: PostRecord, accounts: dict[AccountKey, int], adds: ContentAdds,
                strategy: StrategyAdds) -> PostInput:
    return PostInput(
        topic=post.topic, status=post.status, scheduled_at=post.scheduled_at,
        account_ids=tuple(accounts[account_key_of(a)] for a in post.accounts),
        social_goal_id=strategy.goal_ids.get(post.social_goal or 0),
        content_type=post.content_type, purpose=post.purpose,
        persona_id=adds.persona_ids.get(post.persona or 0),
        pillar_id=adds.pillar_ids.get(post.pillar or 0),
        call_to_action=post.call_to_action, caption=post.caption, hashtags=post.hashtags,
        notes_for_design=post.notes_for_design, asset_owner=post.asset_owner,
        asset_due=post.asset_due, occasion=post.occasion, experiment=post.experiment,
        approval=post.approval, approval_note=post.approval_note,
        published_url=post.published_url, lessons=post.lessons, attachments=post.attachments,
    )
