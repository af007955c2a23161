"""The brand guide's records as the services hand them out, their field rules, and the row
conversions GuideService uses: kept apart so the service module stays short."""


from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from smm_desktop.db.models import BrandGuide, ConsistencyCheck, HashtagSet, PlatformBio
from smm_desktop.domain import brand_guide as rules
from smm_desktop.domain import hashtags
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import FieldError, ValidationFailed
from smm_desktop.domain.validation import check_profile_url, normalise_url
from smm_desktop.services import guide_checks as checks
from smm_desktop.services._base import (
    join_list,
    split_stored,
)
from smm_desktop.services.guide_checks import CheckData

TEXT_MAX = 4000
SET_NAME_MAX = 80


@dataclass(frozen=True)
class GuideInput:
    """How the brand speaks; the word lists hold one word or phrase an item."""

    voice: str = ""
    tone: str = ""
    words_to_use: tuple[str, ...] = ()
    words_to_avoid: tuple[str, ...] = ()


@dataclass(frozen=True)
class GuideData(GuideInput):
    """The stored guide; id and version 0 while the brand has none."""

    id: int = 0
    brand_id: int = 0
    version: int = 0

    def to_input(self) -> GuideInput:
        return GuideInput(self.voice, self.tone, self.words_to_use, self.words_to_avoid)


@dataclass(frozen=True)
class BioInput:
    """The name, bio and link the brand shows on one platform."""

    platform: Platform
    display_name: str = ""
    bio: str = ""
    link: str = ""

    @property
    def is_blank(self) -> bool:
        return not (self.display_name.strip() or self.bio.strip() or self.link.strip())


@dataclass(frozen=True)
class BioData(BioInput):
    id: int = 0
    brand_id: int = 0
    version: int = 0

    def to_input(self) -> BioInput:
        return BioInput(self.platform, self.display_name, self.bio, self.link)

    @property
    def over_by(self) -> int:
        return rules.bio_over_by(self.platform, self.bio)


@dataclass(frozen=True)
class HashtagSetInput:
    """A named group of tags; `tags` as typed (normalised when saved)."""

    name: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class HashtagSetData(HashtagSetInput):
    id: int = 0
    brand_id: int = 0
    version: int = 0
    position: int = 0

    def to_input(self) -> HashtagSetInput:
        return HashtagSetInput(self.name, self.tags)

    @property
    def text(self) -> str:
        """The tags separated by spaces, as they go under a post."""
        return hashtags.as_text(self.tags)

    @property
    def over_instagram_limit(self) -> bool:
        return len(self.tags) > hashtags.INSTAGRAM_MAX_TAGS


def guide_errors(data: GuideInput) -> list[FieldError]:
    """Texts of a readable length; no word both to use and to avoid."""
    errors = [FieldError(name, "too_long", {"max": str(TEXT_MAX)})
              for name in ("voice", "tone") if len(getattr(data, name)) > TEXT_MAX]
    both = rules.words_in_both(data.words_to_use, data.words_to_avoid)
    if both:
        errors.append(FieldError("words_to_avoid", "in_both_lists", {"value": both[0]}))
    return errors


def bio_errors(data: BioInput) -> list[FieldError]:
    """A display name that fits and a web address for the link. A long bio is a warning
    (rules.bio_warnings), not an error: the person may be drafting."""
    errors: list[FieldError] = []
    if len(data.display_name.strip()) > rules.DISPLAY_NAME_MAX:
        errors.append(FieldError("display_name", "too_long",
                                 {"max": str(rules.DISPLAY_NAME_MAX)}))
    if len(data.bio) > TEXT_MAX:
        errors.append(FieldError("bio", "too_long", {"max": str(TEXT_MAX)}))
    return errors + check_profile_url(data.link, Platform.OTHER, field="link")


def set_errors(data: HashtagSetInput) -> list[FieldError]:
    """A name, and tags that are all valid."""
    errors = [FieldError("name", "required")] if not data.name.strip() else []
    if len(data.name.strip()) > SET_NAME_MAX:
        errors = [FieldError("name", "too_long", {"max": str(SET_NAME_MAX)})]
    return errors + hashtags.tag_errors("\n".join(data.tags))


def _name_key(name: str) -> str:
    return unicodedata.normalize("NFC", name.strip()).casefold()


def _name_taken(s: Session, brand_id: int, name: str, set_id: int | None) -> bool:
    """Another live set of the brand has this name (case and spacing aside)."""
    query = select(HashtagSet.id, HashtagSet.name).where(
        HashtagSet.brand_id == brand_id, HashtagSet.deleted_at.is_(None))
    return any(_name_key(other) == _name_key(name) for ident, other in s.execute(query)
               if ident != set_id)


def _refuse_taken(s: Session, brand_id: int, data: HashtagSetInput, set_id: int | None) -> None:
    """Inside the saving transaction: the name may have been taken since it was checked."""
    if _name_taken(s, brand_id, data.name, set_id):
        raise ValidationFailed([FieldError("name", "duplicate_set", {"value": data.name.strip()})])


def _guide_data(row: BrandGuide) -> GuideData:
    return GuideData(row.voice, row.tone, split_stored(row.words_to_use),
                     split_stored(row.words_to_avoid), row.id, row.brand_id, row.version)


def _bio_data(row: PlatformBio) -> BioData:
    return BioData(checks.platform_of(row.platform), row.display_name, row.bio, row.link,
                   row.id, row.brand_id, row.version)


def _set_data(_s: Session, row: HashtagSet) -> HashtagSetData:
    return HashtagSetData(row.name, split_stored(row.tags), row.id, row.brand_id, row.version,
                          row.position)


def _apply_guide(row: BrandGuide, data: GuideInput) -> None:
    row.voice, row.tone = data.voice.strip(), data.tone.strip()
    row.words_to_use, row.words_to_avoid = join_list(data.words_to_use), join_list(
        data.words_to_avoid)


def _apply_bio(row: PlatformBio, data: BioInput) -> None:
    row.display_name, row.bio = data.display_name.strip(), data.bio.strip()
    row.link = normalise_url(data.link)


def _apply_set(row: HashtagSet, data: HashtagSetInput) -> None:
    row.name = data.name.strip()
    row.tags = "\n".join(hashtags.normalise_tags("\n".join(data.tags)).tags)


def _check_data(_s: Session, row: ConsistencyCheck) -> CheckData:
    return checks.check_data(row)

