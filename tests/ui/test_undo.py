"""The order a move-earlier/later asks a ReorderCommand for."""

from __future__ import annotations

import pytest

from smm_desktop.ui.undo import swap_order


@pytest.mark.parametrize(("row", "step", "after"), [
    (1, -1, [2, 1, 3]),
    (1, 1, [1, 3, 2]),
    (0, -1, None),  # already first
    (2, 1, None),  # already last
    (-1, 1, None),  # nothing chosen
])
def test_swap_order(row: int, step: int, after: list[int] | None) -> None:
    ids = [1, 2, 3]
    assert swap_order(ids, row, step) == after
    assert ids == [1, 2, 3]  # the shown order is not changed in place
