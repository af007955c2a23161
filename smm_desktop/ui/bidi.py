"""Text direction helpers shared by every view."""

from __future__ import annotations


def ltr(text: str) -> str:
    """Keep a handle, address or path left to right inside right-to-left text (Unicode isolate)."""
    return f"\u2066{text}\u2069" if text else ""
