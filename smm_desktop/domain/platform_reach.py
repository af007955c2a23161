"""Where the audience is: which platforms reach the brand's personas, and which to put effort on.

The point of the job: go where the audience is, not where competitors are. Each persona counts
the same; a persona's share on a platform is how much of that segment is there (0-100). A persona
with no share set at all is unknown, not absent: it is left out of the averages and counted apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from enum import StrEnum

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
    best: int = 0  # the largest share of one persona there


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
    unset: int = 0  # personas with no share set: unknown, left out of everything above

    def reach(self, platform: Platform) -> PlatformReach:
        """How the platform reaches the audience (nobody there when it is not ranked)."""
        return next((r for r in self.ranked if r.platform is platform),
                    PlatformReach(platform, 0.0, 0, 0))

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
                         sum(s > 0 for s in shares), max(shares, default=0))


def rank(personas: Sequence[Shares]) -> tuple[PlatformReach, ...]:
    """Platforms someone is on, by the part of the audience there, then by strong personas."""
    order = list(Platform)
    reaches = [reach_of(p, personas) for p in Platform]
    present = [r for r in reaches if r.present]
    return tuple(sorted(present, key=lambda r: (-r.average, -r.strong, order.index(r.platform))))


def recommend(personas: Sequence[Shares]) -> Recommendation:
    """The best platform first; then, in rank order, any platform that strongly reaches a
    persona the earlier choices do not, up to MAX_CHOSEN. Personas with no share set are
    unknown: counted in `unset` only."""
    unset = sum(not p for p in personas)
    personas = [p for p in personas if p]
    ranked = rank(personas)
    reached: set[int] = set()
    chosen: list[Choice] = []
    for reach in ranked:
        strong = {i for i, p in enumerate(personas) if p.get(reach.platform, 0) >= STRONG}
        if len(chosen) == MAX_CHOSEN or (chosen and not strong - reached):
            continue
        chosen.append(Choice(reach, len(strong - reached)))
        reached |= strong
    return Recommendation(len(personas), ranked, tuple(chosen), len(personas) - len(reached),
                          unset)


class Verdict(StrEnum):
    """What the audience says of a platform the brand chose."""

    HERE = "here"  # recommended, or at least half the segments spend half their time there
    RECONSIDER = "reconsider"  # few segments use it
    UNKNOWN = "unknown"  # no segment has its shares set yet


def verdict(rec: Recommendation, platform: Platform) -> Verdict:
    if not rec.personas:
        return Verdict.UNKNOWN
    reach = rec.reach(platform)
    if rec.is_chosen(platform) or 2 * reach.strong >= rec.personas:
        return Verdict.HERE
    return Verdict.RECONSIDER


def used_a_lot(rec: Recommendation, platform: Platform) -> bool:
    """Recommended, or at least two segments and half of them spend half their time there."""
    strong = rec.reach(platform).strong
    return rec.is_chosen(platform) or (strong >= 2 and 2 * strong >= rec.personas)


def suggestions(rec: Recommendation, chosen: Set[Platform]) -> tuple[PlatformReach, ...]:
    """Platforms the audience uses a lot that the brand has not chosen, best first."""
    return tuple(r for r in rec.ranked if r.platform not in chosen and used_a_lot(rec, r.platform))


def in_short(rec: Recommendation, also: Set[Platform]) -> tuple[tuple[Platform, ...],
                                                                 tuple[Platform, ...]]:
    """The platforms to focus on, and those of `also` (the brand's accounts and choices) that
    can wait: few segments use them. In the order of the audience on them."""
    focus = tuple(c.reach.platform for c in rec.chosen)
    order = [r.platform for r in rec.ranked] + list(Platform)
    wait = sorted((p for p in also if verdict(rec, p) is Verdict.RECONSIDER), key=order.index)
    return focus, tuple(wait)
