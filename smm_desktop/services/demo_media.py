"""Small images the sample's posts attach: PNGs drawn in the brands' colours (a gradient with
a disc, like a product shot), written with zlib alone so the sample needs no image library."""

from __future__ import annotations

import math
import random
import struct
import zlib
from pathlib import Path

from smm_desktop.services.demo_post_texts import PLANS

WIDTH, HEIGHT = 240, 240
PER_BRAND = 10
NAMES = ("nakheel", "bloom", "nabd")  # file names per sample brand, in the order of PLANS

Colour = tuple[int, int, int]


def _rgb(hex_colour: str) -> Colour:
    text = hex_colour.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def _mix(a: Colour, b: Colour, share: float) -> bytes:
    return bytes(round(x + (y - x) * share) for x, y in zip(a, b, strict=True))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png(rows: list[bytes], width: int) -> bytes:
    """An 8-bit RGB PNG of `rows` (each width * 3 bytes)."""
    header = struct.pack(">IIBBBBB", width, len(rows), 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw, 1)) + _chunk(b"IEND", b""))


def _picture(top: Colour, bottom: Colour, disc: Colour, rng: random.Random) -> bytes:
    """A vertical gradient with a disc somewhere in the middle: one row at a time."""
    cx, cy = rng.randint(70, 170), rng.randint(70, 170)
    radius = rng.randint(40, 70)
    rows = []
    for y in range(HEIGHT):
        background = _mix(top, bottom, y / (HEIGHT - 1))
        half = int(math.sqrt(max(radius * radius - (y - cy) ** 2, 0)))
        left, right = max(cx - half, 0), min(cx + half, WIDTH)
        if half == 0:
            rows.append(background * WIDTH)
            continue
        rows.append(background * left + bytes(disc) * (right - left)
                    + background * (WIDTH - right))
    return png(rows, WIDTH)


def write_media(folder: Path, rng: random.Random) -> dict[int, tuple[str, ...]]:
    """Write PER_BRAND images per sample brand into `folder`; their paths by brand index."""
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[int, tuple[str, ...]] = {}
    for index, plan in enumerate(PLANS):
        colours = [_rgb(p.colour) for p in plan.pillars]
        paths = []
        for n in range(1, PER_BRAND + 1):
            top, bottom, disc = rng.sample(colours, 3)
            target = folder / f"{NAMES[index]}-{n:02}.png"
            target.write_bytes(_picture(top, bottom, disc, rng))
            paths.append(str(target))
        written[index] = tuple(paths)
    return written
