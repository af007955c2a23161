"""Hashtag lists as people paste them: split, tidied, checked, deduplicated (pure)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from smm_desktop.domain.errors import FieldError

# Instagram refuses a post with more than 30 hashtags; a set over that is warned, not refused.
INSTAGRAM_MAX_TAGS = 30
TAG_MAX = 100
_SEPARATORS = re.compile(r"[\s,،;؛]+")
_MARKS = ("Mn", "Mc")  # Arabic short vowels and other combining marks ride on a letter


@dataclass(frozen=True)
class TagList:
    """The tags kept (with their #, first spelling), and the pieces refused."""

    tags: tuple[str, ...]
    refused: tuple[str, ...]

    @property
    def over_instagram_limit(self) -> bool:
        return len(self.tags) > INSTAGRAM_MAX_TAGS


def split_pieces(text: str) -> list[str]:
    """The pieces between spaces, commas (Latin or Arabic), semicolons and new lines.
    "#a#b" (pasted without spaces) is two pieces."""
    pieces: list[str] = []
    for chunk in _SEPARATORS.split(text):
        pieces += [p for p in chunk.split("#") if p] if chunk.count("#") > 1 else [chunk]
    return [p for p in pieces if p.strip("#")]


def tag_key(tag: str) -> str:
    """Two tags are the same when they differ only in case or Unicode form."""
    return unicodedata.normalize("NFC", tag).casefold().lstrip("#")


def is_valid_body(body: str) -> bool:
    """Letters of any script, digits, marks and underscores; no inner '#' or punctuation."""
    return 0 < len(body) <= TAG_MAX and all(
        ch == "_" or ch.isalnum() or unicodedata.category(ch) in _MARKS for ch in body)


def normalise_tags(text: str) -> TagList:
    """Each piece gets its '#'; a repeat (any case) is dropped, keeping the first spelling."""
    kept: list[str] = []
    refused: list[str] = []
    seen: set[str] = set()
    for piece in split_pieces(text):
        body = unicodedata.normalize("NFC", piece.lstrip("#"))
        if not is_valid_body(body):
            refused.append(piece)
        elif tag_key(body) not in seen:
            seen.add(tag_key(body))
            kept.append("#" + body)
    return TagList(tuple(kept), tuple(refused))


def tag_errors(text: str, field: str = "tags") -> list[FieldError]:
    """A refused piece (inner punctuation, say) or no tag at all."""
    result = normalise_tags(text)
    if result.refused:
        return [FieldError(field, "bad_tag", {"value": result.refused[0]})]
    if not result.tags:
        return [FieldError(field, "required")]
    return []


def tag_warnings(tags: tuple[str, ...], field: str = "tags") -> list[FieldError]:
    """What is allowed but worth saying: more tags than Instagram takes in one post."""
    if len(tags) > INSTAGRAM_MAX_TAGS:
        return [FieldError(field, "over_instagram_tags",
                           {"count": str(len(tags)), "max": str(INSTAGRAM_MAX_TAGS)})]
    return []


def as_text(tags: tuple[str, ...]) -> str:
    """The tags separated by spaces, ready to paste under a post."""
    return " ".join(tags)
