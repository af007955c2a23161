"""Text direction helpers shared by every view."""

from __future__ import annotations


def ltr(text: str) -> str:
    """Keep a handle, address or path left to right inside right-to-left text (Unicode isolate)."""
    return f"\u2066{text}\u2069" if text else ""


def isolate(text: str) -> str:
    """Keep a person's text (a name, a bio, a note) in its own direction inside a table cell or
    a label, so "Bloom & Co." keeps its full stop at its end in Arabic (first-strong isolate)."""
    return f"\u2068{text}\u2069" if text else ""
