"""Which posts the calendar shows: one set of criteria (account or platform, status, pillar,
persona, goal, approval, words) that the month, week and list views all apply (pure)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from smm_desktop.domain.enums import Approval, Platform, PostStatus

# Spellings an Arabic search treats as one letter: hamza forms of alef, alef maqsura, tatweel.
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ـ": None})


class Filterable(Protocol):
    """What matching reads of a post (services.post_data.PostData has it all)."""

    @property
    def account_ids(self) -> tuple[int, ...]: ...
    @property
    def platforms(self) -> tuple[Platform, ...]: ...
    @property
    def status(self) -> PostStatus: ...
    @property
    def pillar_id(self) -> int | None: ...
    @property
    def persona_id(self) -> int | None: ...
    @property
    def social_goal_id(self) -> int | None: ...
    @property
    def approval(self) -> Approval: ...
    @property
    def topic(self) -> str: ...
    @property
    def caption(self) -> str: ...
    @property
    def hashtags(self) -> tuple[str, ...]: ...
    @property
    def call_to_action(self) -> str: ...
    @property
    def notes_for_design(self) -> str: ...
    @property
    def occasion(self) -> str: ...


P = TypeVar("P", bound=Filterable)


@dataclass(frozen=True)
class PostCriteria:
    """0 or None means "any"; `text` holds the words searched for (all must be found)."""

    account_id: int = 0
    platform: Platform | None = None
    status: PostStatus | None = None
    pillar_id: int = 0
    persona_id: int = 0
    goal_id: int = 0
    approval: Approval | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        """True when some posts may be left out."""
        return self != PostCriteria(text=self.text) or bool(search_words(self.text))


def fold(text: str) -> str:
    """Text as search compares it: case, Unicode form, Arabic vowel marks and letter variants
    do not count."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFKC", bare).translate(_ARABIC_FOLD)


def search_words(text: str) -> list[str]:
    return fold(text).split()


def _haystack(post: Filterable) -> str:
    texts = (post.topic, post.caption, " ".join(post.hashtags), post.call_to_action,
             post.notes_for_design, post.occasion)
    return fold("\n".join(texts))


def _fields_match(post: Filterable, c: PostCriteria) -> bool:
    return ((not c.account_id or c.account_id in post.account_ids)
            and (c.platform is None or c.platform in post.platforms)
            and (c.status is None or post.status == c.status)
            and (not c.pillar_id or post.pillar_id == c.pillar_id)
            and (not c.persona_id or post.persona_id == c.persona_id)
            and (not c.goal_id or post.social_goal_id == c.goal_id)
            and (c.approval is None or post.approval == c.approval))


def matches(post: Filterable, criteria: PostCriteria) -> bool:
    """True when `post` meets every criterion; each word is found in some text of the post."""
    if not _fields_match(post, criteria):
        return False
    words = search_words(criteria.text)
    if not words:
        return True
    haystack = _haystack(post)
    return all(word in haystack for word in words)


def filter_posts(posts: Iterable[P], criteria: PostCriteria) -> list[P]:
    return [p for p in posts if matches(p, criteria)]


def counts(posts: Sequence[Filterable], criteria: PostCriteria) -> tuple[int, int]:
    """(matching, all) for "Filtered: N of M posts"."""
    return sum(1 for p in posts if matches(p, criteria)), len(posts)
