"""Digit styles: Arabic-Indic or Latin, whatever the locale would print."""

from __future__ import annotations

_LATIN = "0123456789"
_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_EASTERN = "۰۱۲۳۴۵۶۷۸۹"
_TO_LATIN = str.maketrans(_ARABIC_INDIC + _EASTERN, _LATIN * 2)
_TO_ARABIC = str.maketrans(_LATIN + _EASTERN, _ARABIC_INDIC * 2)


def with_digits(text: str, style: str) -> str:
    """`text` with its digits in `style`: "latin", "arabic", or "locale" (left as it is)."""
    if style == "latin":
        return text.translate(_TO_LATIN)
    if style == "arabic":
        return text.translate(_TO_ARABIC)
    return text
