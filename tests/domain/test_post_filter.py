"""The calendar's filter (pure): every criterion alone and together, words searched in the
topic, caption and hashtags regardless of case, Arabic vowel marks and letter variants."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from smm_desktop.domain.enums import Approval, Platform, PostStatus
from smm_desktop.domain.post_filter import PostCriteria, counts, filter_posts, fold, matches


@dataclass(frozen=True)
class FakePost:
    account_ids: tuple[int, ...] = (1,)
    platforms: tuple[Platform, ...] = (Platform.INSTAGRAM,)
    status: PostStatus = PostStatus.DRAFT
    pillar_id: int | None = 5
    persona_id: int | None = 7
    social_goal_id: int | None = 9
    approval: Approval = Approval.PENDING
    topic: str = "Spring tulips"
    caption: str = "Fresh from the market"
    hashtags: tuple[str, ...] = field(default=("#FlowerPower",))
    call_to_action: str = ""
    notes_for_design: str = ""
    occasion: str = ""


POST = FakePost()
ARABIC = FakePost(topic="قَهْوَة الصباح", caption="إفطار مع أصدقائك", hashtags=("#مقهى_النخيل",))

CASES = [
    ("nothing chosen", POST, PostCriteria(), True),
    ("its account", POST, PostCriteria(account_id=1), True),
    ("another account", POST, PostCriteria(account_id=2), False),
    ("its platform", POST, PostCriteria(platform=Platform.INSTAGRAM), True),
    ("another platform", POST, PostCriteria(platform=Platform.X), False),
    ("its status", POST, PostCriteria(status=PostStatus.DRAFT), True),
    ("another status", POST, PostCriteria(status=PostStatus.READY), False),
    ("its pillar", POST, PostCriteria(pillar_id=5), True),
    ("another pillar", POST, PostCriteria(pillar_id=6), False),
    ("no pillar set", FakePost(pillar_id=None), PostCriteria(pillar_id=5), False),
    ("its persona", POST, PostCriteria(persona_id=7), True),
    ("another persona", POST, PostCriteria(persona_id=8), False),
    ("its goal", POST, PostCriteria(goal_id=9), True),
    ("another goal", POST, PostCriteria(goal_id=1), False),
    ("its approval", POST, PostCriteria(approval=Approval.PENDING), True),
    ("another approval", POST, PostCriteria(approval=Approval.APPROVED), False),
    ("a word of the topic, any case", POST, PostCriteria(text="TULIP"), True),
    ("a word of the caption", POST, PostCriteria(text="market"), True),
    ("a hashtag with its #", POST, PostCriteria(text="#flowerpower"), True),
    ("a hashtag without it", POST, PostCriteria(text="power"), True),
    ("every word must be found", POST, PostCriteria(text="tulips market"), True),
    ("one word missing", POST, PostCriteria(text="tulips roses"), False),
    ("blank text is no filter", POST, PostCriteria(text="   "), True),
    ("Arabic without its vowel marks", ARABIC, PostCriteria(text="قهوة"), True),
    ("Arabic alef with hamza as bare alef", ARABIC, PostCriteria(text="افطار"), True),
    ("an Arabic hashtag", ARABIC, PostCriteria(text="النخيل"), True),
    ("criteria together, all met", POST,
     PostCriteria(account_id=1, status=PostStatus.DRAFT, pillar_id=5, text="spring"), True),
    ("criteria together, one not met", POST,
     PostCriteria(account_id=1, status=PostStatus.DRAFT, pillar_id=5, text="autumn"), False),
]


@pytest.mark.parametrize(("post", "criteria", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_matches(post: FakePost, criteria: PostCriteria, expected: bool) -> None:
    assert matches(post, criteria) is expected


@pytest.mark.parametrize(("criteria", "active"), [
    (PostCriteria(), False), (PostCriteria(text="  "), False), (PostCriteria(text="a"), True),
    (PostCriteria(status=PostStatus.IDEA), True), (PostCriteria(account_id=3), True),
    (PostCriteria(approval=Approval.NOT_NEEDED), True),
])
def test_active_says_whether_posts_may_be_left_out(criteria: PostCriteria, active: bool) -> None:
    assert criteria.active is active


def test_filter_and_counts() -> None:
    ready = FakePost(status=PostStatus.READY, topic="Ready one")
    posts = [POST, ready, ARABIC]
    criteria = PostCriteria(status=PostStatus.READY)
    assert filter_posts(posts, criteria) == [ready]
    assert counts(posts, criteria) == (1, 3)
    assert counts([], criteria) == (0, 0)


def test_fold_ignores_case_marks_and_letter_variants() -> None:
    assert fold("Ÿes ÉTÉ") == "yes ete"
    assert fold("أإآى") == "اااي"
    assert fold("قَهْوَة") == "قهوة"
    assert fold("ﻻ") == "لا"  # a presentation form reads as its letters
