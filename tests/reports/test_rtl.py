"""Arabic for ReportLab: shaped, broken into lines in logical order, then each line reordered;
long words split; user text escaped; bidi controls never break a document."""

from __future__ import annotations

import unicodedata

import pytest

from smm_desktop.reports import fonts, rtl

TEXT = "ركن هادئ للمذاكرة مع قهوة مختصة مفتوح حتى منتصف الليل في حي الملقا"


@pytest.fixture(autouse=True)
def registered() -> None:
    fonts.register()


def _logical(visual: str) -> str:
    """A visual Arabic line read back: presentation forms to letters, right to left."""
    return unicodedata.normalize("NFKC", visual)[::-1]


def test_lines_keep_reading_order_and_fit() -> None:
    lines = rtl.visual_lines(TEXT, 10, 90, rtl=True)
    assert len(lines) > 2
    assert all(rtl.width(line, 10) <= 90 for line in lines)
    # The first line drawn holds the first words (reordering the paragraph first would not).
    assert _logical(lines[0]).startswith("ركن هادئ")
    assert " ".join(_logical(line) for line in lines) == TEXT


def test_shaped_into_joined_forms() -> None:
    line = rtl.one_line("قهوة", 10, 500, True)
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in line)  # presentation forms: joined letters


def test_a_huge_word_is_cut_to_the_line() -> None:
    lines = rtl.visual_lines("x" * 20000, 8, 100, rtl=False)
    assert len(lines) > 100 and all(rtl.width(line, 8) <= 100 for line in lines)


def test_markup_is_escaped() -> None:
    para = rtl.paragraph("a<b R&D </para> <img src='x'/>", rtl.ParagraphStyle("t"), 400, False)
    assert "&lt;b" in para.text and "&amp;D" in para.text and "<img" not in para.text


@pytest.mark.parametrize("text", ["a\u2066b\u2069c", "\u202eabc\u202c", "\u200fنص\u200b",
                                  "😀 مرحبا"])
def test_controls_and_emoji_do_not_fail(text: str) -> None:
    line = rtl.one_line(text, 10, 300, True)
    assert not any(unicodedata.category(c) == "Cf" for c in line)


def test_latin_handle_keeps_its_sign_in_arabic() -> None:
    assert "@nakheel.cafe" in rtl.one_line("إنستغرام @nakheel.cafe", 10, 500, True)


def test_brackets_mirror_in_right_to_left() -> None:
    shown = rtl.one_line("نورة (طالبة)", 10, 500, True)
    # Drawn left to right: the bracket on the left closes (")" mirrored from the logical ")").
    assert shown.index("(") < shown.index(")") and unicodedata.normalize(
        "NFKC", shown).endswith("ةرون")
