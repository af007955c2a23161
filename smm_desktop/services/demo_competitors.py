"""Placeholder: the sample's competitors (replaced by its own change)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.workspace import Workspace


def write_competitors(workspace: Workspace, rng: random.Random, sample: Sequence[SampleBrand],
                      today: date) -> None:
    """Nothing yet."""
