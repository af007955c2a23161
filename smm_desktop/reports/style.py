"""The look of the client's documents: the brand's colours (white label), the status colours
of the calendar, and the paper size of the brand's country."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, landscape, letter  # type: ignore[import-untyped]

from smm_desktop.domain.enums import PostStatus

# The same fills as the app's calendar (ui/post_labels.py), so the client sees what the manager sees.
STATUS_COLOURS = {
    PostStatus.IDEA: "#9aa0a6",
    PostStatus.DRAFT: "#5b8def",
    PostStatus.IN_DESIGN: "#a66cd9",
    PostStatus.READY: "#e0a526",
    PostStatus.SCHEDULED: "#2a9d8f",
    PostStatus.PUBLISHED: "#3aa55d",
    PostStatus.CANCELLED: "#d9534f",
}
LETTER_COUNTRIES = frozenset({"US", "CA"})
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
_DEFAULT_PRIMARY, _DEFAULT_ACCENT = "#33415c", "#8a5a00"


@dataclass(frozen=True)
class Palette:
    primary: colors.Color
    on_primary: colors.Color
    accent: colors.Color


def _readable_on(fill: colors.Color) -> colors.Color:
    """Black or white text, whichever reads better on `fill`."""
    luminance = 0.299 * fill.red + 0.587 * fill.green + 0.114 * fill.blue
    return colors.black if luminance > 0.6 else colors.white


def palette(brand_colours: tuple[str, ...]) -> Palette:
    """The brand's first colour for bands and headers, its second for occasions; neutral ones
    when the brand has none (or they are not #RRGGBB)."""
    valid = [c for c in brand_colours if _HEX.fullmatch(c.strip())]
    primary = colors.HexColor(valid[0].strip() if valid else _DEFAULT_PRIMARY)
    accent = colors.HexColor(valid[1].strip() if len(valid) > 1 else _DEFAULT_ACCENT)
    if _readable_on(accent) == colors.black:  # too pale to print text in on white
        accent = colors.HexColor(_DEFAULT_ACCENT)
    return Palette(primary, _readable_on(primary), accent)


def page_size(country: str) -> tuple[float, float]:
    """Landscape Letter in the US and Canada, landscape A4 elsewhere."""
    return landscape(letter if country.upper() in LETTER_COUNTRIES else A4)
