"""Field rules for personas and their platform shares."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING

from smm_desktop.domain import validation as v
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import FieldError

if TYPE_CHECKING:
    from smm_desktop.services.personas import PersonaInput

# Stored one item a line.
LIST_FIELDS = ("locations", "interests", "pains", "dreams", "buying_habits", "objections",
               "preferred_content")
# Short text and its longest length (the column's).
TEXT_FIELDS: dict[str, int] = {
    "marital_status": 60, "education": 120, "occupation": 120, "income_band": 60,
    "active_hours": 120,
}
AGE_MIN, AGE_MAX = 0, 120
PICTURE_MAX_BYTES = 2 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def persona_errors(data: PersonaInput) -> list[FieldError]:
    errors = v.check_name(data.name) + _age_errors(data.age_min, data.age_max)
    errors += [FieldError(name, "too_long", {"max": str(limit)})
               for name, limit in TEXT_FIELDS.items() if len(getattr(data, name).strip()) > limit]
    return errors + _picture_errors(data.picture_png)


def _age_errors(age_min: int | None, age_max: int | None) -> list[FieldError]:
    bounds = {"min": str(AGE_MIN), "max": str(AGE_MAX)}
    errors = [FieldError(field, "age_out_of_range", bounds)
              for field, age in (("age_min", age_min), ("age_max", age_max))
              if age is not None and not AGE_MIN <= age <= AGE_MAX]
    if not errors and age_min is not None and age_max is not None and age_min > age_max:
        errors.append(FieldError("age_max", "below_age_min"))
    return errors


def _picture_errors(picture: bytes | None) -> list[FieldError]:
    if picture is None:
        return []
    if not picture.startswith(PNG_SIGNATURE):
        return [FieldError("picture_png", "not_png")]
    if len(picture) > PICTURE_MAX_BYTES:
        return [FieldError("picture_png", "too_large",
                           {"max_kb": str(PICTURE_MAX_BYTES // 1024)})]
    return []


def share_errors(shares: Mapping[Platform, float]) -> list[FieldError]:
    """Each share is a whole percent, 0 to 100. They need not add up to 100: one person is on
    several platforms."""
    return [FieldError("shares", "share_out_of_range", {"platform": platform.value})
            for platform, share in shares.items()
            if not (math.isfinite(share) and share == int(share) and 0 <= share <= 100)]
