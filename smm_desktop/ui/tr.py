"""A typed QT_TRANSLATE_NOOP: marks a constant for lupdate and returns it unchanged."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text
