"""Numbers typed in the goal forms: a decimal comma is not a thousands separator."""

from __future__ import annotations

import pytest

from smm_desktop.ui.goal_text import parse_number


@pytest.mark.parametrize(("typed", "value"), [
    ("12,5", 12.5), ("3,5", 3.5), ("12,500", 12500.0), ("1,234,567.5", 1234567.5),
    ("٣٫٥", 3.5), ("١٢٬٥٠٠", 12500.0), ("1500", 1500.0), ("-3", -3.0), ("", None),
])
def test_numbers_as_people_type_them(typed: str, value: float | None) -> None:
    assert parse_number(typed) == value


@pytest.mark.parametrize("typed", ["1,2,3", "12,34,5", "abc", "inf"])
def test_text_that_is_no_number_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_number(typed)
