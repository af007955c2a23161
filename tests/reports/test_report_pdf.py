"""The client report's PDF: every section in English and Arabic, read back with pdftotext (the
numbers as the renderer formats them), missing sections saying why, the contents' page
numbers, paper, white label, and hostile text printed literally without failing."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smm_desktop.domain.digits import with_digits
from smm_desktop.reports import report_data as rd
from smm_desktop.reports import report_pdf
from smm_desktop.reports.report_texts import MISSING, ReportTexts

from .report_samples import AR, EN, report, with_missing

# ./dev and CI install poppler-utils; on CI a missing pdftotext fails instead of skipping.
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None and not os.environ.get("CI"),
                                reason="pdftotext (poppler-utils) is not installed")
AR_TEXTS = ReportTexts(digits="arabic", decimal_point="٫", thousands="٬", percent="%1٪")


def _text(data: bytes, tmp_path: Path) -> list[str]:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return out.split("\f")[:-1]


def _pages(tmp_path: Path, the_report: rd.Report, texts: ReportTexts | None = None,
           charts: bool = False) -> list[str]:
    return _text(report_pdf.render(the_report, texts, charts=charts), tmp_path)


def _logical(pages: list[str]) -> str:
    """pdftotext's text with presentation forms and its bidi marks undone."""
    return re.sub("[\u202a-\u202e\u200e\u200f]", "", unicodedata.normalize("NFKC", "\n".join(pages)))


def test_english_monthly_prints_every_section_with_its_numbers(tmp_path: Path) -> None:
    pages = _pages(tmp_path, report(EN), charts=True)
    text = "\n".join(pages)
    assert "Bloom & Co." in pages[0] and "Monthly report" in pages[0]
    assert "November 2026" in pages[0] and "Prepared on 2 Dec 2026" in pages[0]
    for title in ("Summary", "Goal review", "Followers and growth", "Content", "Campaigns",
                  "Competitors", "Engagement", "Next period", "Manager's notes"):
        assert title in text
    for number in ("12,000", "10,450", "+450", "87.1%", "4.5%", "+4.5%", "52,300", "30.0%",
                   "14.8%", "85.0%", "7.2%", "1,250.00 SAR", "2,000.00 SAR", "0.75 SAR",
                   "3.89 SAR", "2.40", "62.5%", "1.8%", "22,100", "-100", "318", "95 min",
                   ReportTexts().signed_rate(-0.45), "5,230", "Reels with R&D a<b worked"):
        assert number in text, number
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_the_contents_give_each_sections_page(tmp_path: Path) -> None:
    pages = _pages(tmp_path, report(EN, posts=60))
    contents = {m[1].strip(): int(m[2]) for m in
                re.finditer(r"^\s*([A-Z][A-Za-z' ]+?)\s{2,}(\d+)\s*$", pages[0], re.MULTILINE)}
    assert set(contents) >= {"Summary", "Content", "Campaigns", "Manager's notes"}
    for title, number in contents.items():
        assert re.search(rf"^\s*{re.escape(title)}\s*$", pages[number - 1], re.MULTILINE), title


def test_weekly_has_no_contents(tmp_path: Path) -> None:
    pages = _pages(tmp_path, report(EN, kind=rd.ReportKind.WEEKLY))
    assert "Contents" not in pages[0]
    assert "Week 44, 2026" in pages[0] or "Week" in pages[0]


def test_arabic_report_reads_right_to_left_with_arabic_digits(tmp_path: Path) -> None:
    pages = _pages(tmp_path, report(AR, "ar", country="SA"), AR_TEXTS)
    shown = _logical(pages)
    for words in ("مقهى النخيل", "زيادة المتابعين", "المقاطع القصيرة أفضل", "حملة اليوم الوطني"):
        assert words in shown, words
    for number in ("12,000", "10,450", "1,250.00"):
        assert with_digits(number.replace(",", "٬").replace(".", "٫"), "arabic") in shown
    header = next(line for line in pages[1].splitlines() if "Target" in line and "Goal" in line)
    assert header.index("Status") < header.index("Target") < header.index("Goal")  # mirrored


def test_missing_sections_say_why_and_print_no_numbers(tmp_path: Path) -> None:
    the_report = with_missing(report(EN))
    text = "\n".join(_pages(tmp_path, the_report, charts=True))
    for reason in the_report.sections.values():
        assert isinstance(reason, rd.Missing)
        assert MISSING[reason.reason] in text
    assert "10,450" not in text and "SAR" not in text


def test_missing_sections_in_arabic(tmp_path: Path) -> None:
    texts = dataclasses.replace(AR_TEXTS, missing={**MISSING, "no_numbers": "لا أرقام مسجلة"})
    shown = _logical(_pages(tmp_path, with_missing(report(AR, "ar")), texts))
    assert "لا أرقام مسجلة" in shown


def test_a_long_table_splits_with_its_header_repeated(tmp_path: Path) -> None:
    pages = _pages(tmp_path, report(EN, posts=120, keys=("content",)))
    with_posts = [p for p in pages if "Spring bouquet" in p]
    assert len(with_posts) >= 3
    assert all("Lessons" in page for page in with_posts)


def test_paper_follows_the_country_or_the_template(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4, letter  # type: ignore[import-untyped]

    assert report_pdf.page_size(report(EN, country="US")) == letter
    assert report_pdf.page_size(report(EN, country="SA")) == A4
    assert report_pdf.page_size(dataclasses.replace(report(EN, country="US"), paper="a4")) == A4
    pdf = tmp_path / "size.pdf"
    pdf.write_bytes(report_pdf.render(report(EN, country="SA"), charts=False))
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    assert "595.276 x 841.89" in info.stdout


def test_white_label_unless_asked(tmp_path: Path) -> None:
    plain = report(EN, kind=rd.ReportKind.WEEKLY)
    assert b"SMM Desktop" not in report_pdf.render(plain, charts=False)
    branded = "\n".join(_pages(tmp_path, dataclasses.replace(plain, app_branding=True)))
    assert "Made with SMM Desktop" in branded


def test_a_logo_is_drawn_and_a_broken_one_is_left_out(tmp_path: Path) -> None:
    from PIL import Image

    buffer = __import__("io").BytesIO()
    Image.new("RGB", (40, 20), "#d1495b").save(buffer, format="PNG")
    good = report_pdf.render(dataclasses.replace(report(EN), logo_png=buffer.getvalue()),
                             charts=False)
    broken = report_pdf.render(dataclasses.replace(report(EN), logo_png=b"not a png"),
                               charts=False)
    assert b"/Subtype /Image" in good and b"/Subtype /Image" not in broken


def _every_text(the_report: rd.Report, text: str) -> rd.Report:
    """The report with `text` in every user-text field of every section."""
    def swap(obj: object) -> object:
        if isinstance(obj, str):
            return text
        if isinstance(obj, tuple):
            items = [swap(item) for item in obj]
            return type(obj)(*items) if hasattr(obj, "_fields") else tuple(items)  # type: ignore[arg-type]
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            keep = {"metric", "status", "outcome", "platform", "currency", "content_type",
                    "purpose"}
            return dataclasses.replace(obj, **{
                f.name: swap(getattr(obj, f.name)) for f in dataclasses.fields(obj)
                if f.name not in keep and f.init})
        return obj

    sections = {k: swap(v) for k, v in the_report.sections.items()}
    return dataclasses.replace(the_report, brand_name=text, sections=sections)  # type: ignore[arg-type]


def test_a_20000_character_word_everywhere(tmp_path: Path) -> None:
    word = "W" * 20_000
    text = "\n".join(_pages(tmp_path, _every_text(report(EN), word), charts=True))
    assert "WWWWWWWWWW" in text


def test_markup_and_emoji_print_literally_in_english_and_arabic(tmp_path: Path) -> None:
    hostile = "a<b R&D <font> <img src=x> </para> 😀 done"
    text = "\n".join(_pages(tmp_path, _every_text(report(EN), hostile), charts=True))
    assert "a<b R&D <font> <img src=x> </para>  done" in text or "a<b R&D <font>" in text
    assert "<img src=x>" in text and "</para>" in text
    arabic = "مرحبا a<b R&D <font> 😀 ١٢٣ abc"
    shown = _logical(_pages(tmp_path, _every_text(report(AR, "ar"), arabic), AR_TEXTS, True))
    assert "R&D" in shown and "مرحبا" in shown


MARKUP = ("a<b", "R&D", "<font>", "<img src=x>", "</para>", "&amp;", "<b>bold</b>")
FRAGMENTS = st.sampled_from((*MARKUP, "😀", "🇸🇦", "مرحبا بكم", "Café 2026", "١٢٣", "\u200f",
                             "\u202e", "\u200b", "\u200d", "\u2066x\u2069", "x" * 80, "\n",
                             "@bloom #tag", "$x$", "%1 %2"))
HOSTILE = st.lists(FRAGMENTS | st.text(max_size=20), max_size=6).map(" ".join)


@settings(max_examples=500, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=HOSTILE, arabic=st.booleans(), kind=st.sampled_from(list(rd.ReportKind)))
def test_hostile_text_never_fails_and_prints_literally(tmp_path: Path, text: str, arabic: bool,
                                                        kind: rd.ReportKind) -> None:
    base = report(AR, "ar", kind=kind, posts=1, accounts=1) if arabic else report(
        EN, kind=kind, posts=1, accounts=1)
    pages = _pages(tmp_path, _every_text(base, text), AR_TEXTS if arabic else None)
    assert pages
    bidi = {"R", "AL", "AN", "RLE", "RLO", "RLI", "PDF", "PDI", "LRE", "LRO", "LRI", "FSI"}
    if arabic or any(unicodedata.bidirectional(c) in bidi for c in text):
        return  # reordered on purpose: checked by the plain tests above
    shown = "\n".join(pages)
    for token in (t for m in MARKUP if m in text for t in m.split()):
        assert token in shown, token


# ---- the review of issue #9's sample reports ---------------------------------------------------

def test_every_font_is_embedded(tmp_path: Path) -> None:
    """No Helvetica (tables' and the canvas's default) or other unembedded font in the PDF."""
    if shutil.which("pdffonts") is None and not os.environ.get("CI"):
        pytest.skip("pdffonts (poppler-utils) is not installed")
    for the_report, texts in ((report(EN), None), (report(AR, "ar", country="SA"), AR_TEXTS)):
        pdf = tmp_path / "fonts.pdf"
        pdf.write_bytes(report_pdf.render(the_report, texts, charts=True))
        listing = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                                 text=True).stdout.splitlines()[2:]
        assert listing
        assert "Helvetica" not in "\n".join(listing)
        assert all(line.split()[-5] == "yes" for line in listing), listing  # the "emb" column


def test_account_labels_and_occasions_print_in_the_reports_words(tmp_path: Path) -> None:
    base = report(AR, "ar", country="SA")
    growth = base.sections["growth"]
    assert isinstance(growth, rd.GrowthSection)
    accounts = tuple(dataclasses.replace(a, label="whatsapp_business @shop", handle="shop",
                                         platform="whatsapp_business") for a in growth.accounts)
    nxt = base.sections["next"]
    assert isinstance(nxt, rd.NextSection)
    occasion = rd.OccasionLine(date(2026, 12, 2), "Black Friday")
    keyed = getattr(occasion, "_replace", None) and ("key" in rd.OccasionLine._fields)
    occasions = (occasion._replace(key="black_friday"),) if keyed else (occasion,)  # type: ignore[call-arg]
    texts = dataclasses.replace(AR_TEXTS, platforms={"whatsapp_business": "واتساب للأعمال"},
                                occasions={"black_friday": "الجمعة السوداء"},
                                currencies={"SAR": "ر.س"})
    sections = {**base.sections, "growth": rd.GrowthSection(accounts),
                "next": dataclasses.replace(nxt, occasions=occasions)}
    shown = _logical(_pages(tmp_path, dataclasses.replace(base, sections=sections), texts))
    assert "whatsapp_business" not in shown and "واتساب للأعمال" in shown
    assert "SAR" not in shown
    assert re.search(r"[رس]\.\s?[رس]", shown)  # pdftotext's own order of a sign beside digits
    if keyed:
        assert "الجمعة السوداء" in shown and "Black Friday" not in shown


def test_column_headers_and_handles_are_not_broken_inside_a_word(tmp_path: Path) -> None:
    words = {**EN, "account": "Facebook @BloomAndCoFlorists"}
    pages = _pages(tmp_path, report(words, accounts=3, posts=6))
    text = "\n".join(pages)
    for word in ("Engagements", "@BloomAndCoFlorists", "Impressions"):
        assert word in text, word
    for piece in ("Engagemen ", "@BloomAndCoFlo\n"):
        assert piece not in text


def test_weekly_report_shows_last_weeks_numbers_beside_this_weeks(tmp_path: Path) -> None:
    base = report(EN, kind=rd.ReportKind.WEEKLY)
    growth = base.sections["growth"]
    assert isinstance(growth, rd.GrowthSection)
    accounts = tuple(dataclasses.replace(a, reach_previous=41_234, engagements_previous=2_987,
                                         engagement_rate_reach_previous=7.3, growth_previous=-17)
                     for a in growth.accounts)
    weekly = dataclasses.replace(base, sections={**base.sections,
                                                 "growth": rd.GrowthSection(accounts)})
    text = "\n".join(_pages(tmp_path, weekly))
    assert "This week against last week" in text and "Last week" in text
    for number in ("41,234", "2,987", "7.3%", "-17", "Published last week"):
        assert number in text, number
    monthly = "\n".join(_pages(tmp_path, report(EN)))
    assert "This week against last week" not in monthly


def test_percent_of_target_is_whole_above_100_and_counts_are_whole(tmp_path: Path) -> None:
    base = report(EN)
    line = rd.KpiLine("Big win", "followers", "instagram @bloom", 1_234.4, 2_731.0, 12.0,
                      221.37, "achieved")
    over = dataclasses.replace(base, sections={"summary": rd.SummarySection((line,))})
    text = "\n".join(_pages(tmp_path, over))
    assert "221%" in text and "221.4%" not in text
    assert "1,234" in text and "1,234.40" not in text
    assert "Instagram" in text and "instagram" not in text


def test_the_next_period_says_period_and_week() -> None:
    texts = ReportTexts()
    assert texts.headers["period"] == "Period" and texts.headers["week"] == "Week"
    assert texts.labels["interactions"] == "Interactions with others' posts"
