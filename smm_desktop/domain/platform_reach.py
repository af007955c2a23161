"""Where the audience is: which platforms reach the brand's personas, and which to put effort on.

The point of the job: go where the audience is, not where competitors are. Each persona counts
the same; a persona's share on a platform is how much of that segment is there (0-100).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from smm_desktop.domain.enums import Platform

STRONG = 50  # a persona with at least this share on a platform spends much of its time there
MAX_CHOSEN = 3  # a solo manager cannot do more than a few platforms well

Shares = Mapping[Platform, int]


@dataclass(frozen=True)
class PlatformReach:
    """How a platform reaches the audience."""

    platform: Platform
    average: float  # the mean share over all personas: the part of the whole audience there
    strong: int  # personas with at least STRONG percent there
    present: int  # personas with any share there


@dataclass(frozen=True)
class Choice:
    """A recommended platform and how many personas it reaches that earlier choices did not."""

    reach: PlatformReach
    newly_reached: int


@dataclass(frozen=True)
class Recommendation:
    personas: int
    ranked: tuple[PlatformReach, ...]  # platforms with any share, best first
    chosen: tuple[Choice, ...]  # where to put the effort, in that order
    unreached: int  # personas that no chosen platform reaches strongly

    def average(self, platform: Platform) -> float:
        return next((r.average for r in self.ranked if r.platform is platform), 0.0)

    def is_chosen(self, platform: Platform) -> bool:
        return any(c.reach.platform is platform for c in self.chosen)


def whole_percent(value: float) -> int:
    """A share as people round it: 42.5 is 43 (Python's round() would give 42)."""
    return int(value + 0.5)


def reach_of(platform: Platform, personas: Sequence[Shares]) -> PlatformReach:
    shares = [p.get(platform, 0) for p in personas]
    average = sum(shares) / len(shares) if shares else 0.0
    return PlatformReach(platform, average, sum(s >= STRONG for s in shares),
                         sum(s > 0 for s in shares))


def rank(personas: Sequence[Shares]) -> tuple[PlatformReach, ...]:
    """Platforms someone is on, by the part of the audience there, then by strong personas."""
    order = list(Platform)
    reaches = [reach_of(p, personas) for p in Platform]
    present = [r for r in reaches if r.present]
    return tuple(sorted(present, key=lambda r: (-r.average, -r.strong, order.index(r.platform))))


def recommend(personas: Sequence[Shares]) -> Recommendation:
    """The best platform first; then, in rank order, any platform that strongly reaches a
    persona the earlier choices do not, up to MAX_CHOSEN."""
    ranked = rank(personas)
    reached: set[int] = set()
    chosen: list[Choice] = []
    for reach in ranked:
        strong = {i for i, p in enumerate(personas) if p.get(reach.platform, 0) >= STRONG}
        if len(chosen) == MAX_CHOSEN or (chosen and not strong - reached):
            continue
        chosen.append(Choice(reach, len(strong - reached)))
        reached |= strong
    return Recommendation(len(personas), ranked, tuple(chosen), len(personas) - len(reached))
