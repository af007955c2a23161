"""Competitor tracking sheets: headers in English and Arabic, encodings and delimiters, numbers
as the file's locale writes them, dates a column at a time, every bad cell reported (table-driven)."""

from __future__ import annotations

import importlib.util
from datetime import date
from types import ModuleType

import pytest

from smm_desktop.domain.enums import ContentType, Platform
from smm_desktop.importers.competitor_sheet import (
    content_types_of,
    field_of_header,
    platform_of,
    read_competitor_sheet,
    split_account,
)
from smm_desktop.importers.records import Problem

from .conftest import EXPORTS

HEADER = "Competitor,Platform,Handle,Date,Followers,Posts\r\n"


def _read(text: str, encoding: str = "utf-8", **kwargs: object):  # type: ignore[no-untyped-def]
    return read_competitor_sheet(text.encode(encoding), "sheet.csv", **kwargs)  # type: ignore[arg-type]


def _make_exports() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_exports", EXPORTS / "make_exports.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("header", "field"), [
    ("Competitor", "competitor"), ("  competitor   NAME ", "competitor"), ("\ufeffDate", "day"),
    ("Profile URL", "handle"), ("Username:", "handle"), ("Followers", "followers"),
    ("Top hashtags", "hashtags"), ("Formats", "content_types"), ("Notable link", "notable_link"),
    ("Why it worked", "note"), ("Period (days)", "period_days"), ("المنافس", "competitor"),
    ("المنصة", "platform"), ("الحساب", "handle"), ("التاريخ", "day"),
    ("عدد المتابعين", "followers"), ("الوسوم", "hashtags"), ("أنواع المحتوى", "content_types"),
    ("ملاحظات", "note"), ("Impressions", None), ("", None),
])
def test_headers(header: str, field: str | None) -> None:
    assert field_of_header(header) == field


@pytest.mark.parametrize(("text", "platform"), [
    ("Instagram", Platform.INSTAGRAM), ("IG", Platform.INSTAGRAM), ("Twitter", Platform.X),
    ("tik tok", Platform.TIKTOK), ("انستغرام", Platform.INSTAGRAM), ("تيك توك", Platform.TIKTOK),
    ("يوتيوب", Platform.YOUTUBE), ("https://www.facebook.com/x", Platform.FACEBOOK),
    ("x.com/abc", Platform.X), ("Myspace", None),
])
def test_platforms(text: str, platform: Platform | None) -> None:
    assert platform_of(text) == platform


@pytest.mark.parametrize(("text", "handle", "url"), [
    ("@petalpost", "petalpost", ""), (" petal.post ", "petal.post", ""),
    ("https://www.instagram.com/petalpost/", "petalpost", "https://www.instagram.com/petalpost/"),
    ("instagram.com/petalpost", "petalpost", "https://instagram.com/petalpost"),
    ("https://www.tiktok.com/@sadu.coffee", "sadu.coffee", "https://www.tiktok.com/@sadu.coffee"),
    ("https://www.linkedin.com/company/acme/", "acme", "https://www.linkedin.com/company/acme/"),
    ("https://www.youtube.com/@Rashaqa", "Rashaqa", "https://www.youtube.com/@Rashaqa"),
])
def test_accounts(text: str, handle: str, url: str) -> None:
    assert split_account(text) == (handle, url)


@pytest.mark.parametrize(("text", "kinds"), [
    ("Reels, carousel", (ContentType.SHORT_VIDEO, ContentType.CAROUSEL)),
    ("ريلز، صور", (ContentType.SHORT_VIDEO, ContentType.IMAGE)),
    ("video/story; video", (ContentType.VIDEO, ContentType.STORY)),
])
def test_content_types(text: str, kinds: tuple[ContentType, ...]) -> None:
    assert content_types_of(text) == kinds


def test_unknown_content_type_raises() -> None:
    with pytest.raises(ValueError):
        content_types_of("reels, hologram")


def test_english_fixture() -> None:
    result = read_competitor_sheet((EXPORTS / "competitors_sheet.csv").read_bytes(), "en.csv")
    assert (result.encoding, result.delimiter, result.problems) == ("utf-8-sig", ",", ())
    assert result.recognised and len(result.rows) == 7
    first = result.rows[0]
    assert (first.line, first.competitor, first.platform, first.handle) == (
        2, "Petal Post", Platform.INSTAGRAM, "petalpost")
    assert (first.day, first.followers, first.likes, first.views) == (
        date(2026, 11, 2), 22140, 1830, 12400)
    assert first.content_types == (ContentType.SHORT_VIDEO, ContentType.CAROUSEL)
    facebook = result.rows[1]
    assert (facebook.platform, facebook.handle, facebook.views) == (
        Platform.FACEBOOK, "PetalPostFlowers", None)
    assert facebook.profile_url == "https://www.facebook.com/PetalPostFlowers"


def test_arabic_fixture() -> None:
    result = read_competitor_sheet((EXPORTS / "competitors_sheet_ar.csv").read_bytes(), "ar.csv")
    assert (result.encoding, result.delimiter, result.problems) == ("cp1256", ";", ())
    assert (result.date_order, result.ambiguous_dates) == ("dmy", ())
    assert [r.day for r in result.rows][-2:] == [date(2026, 11, 16)] * 2
    first = result.rows[0]
    assert (first.competitor, first.platform, first.followers, first.likes) == (
        "بن الديرة", Platform.INSTAGRAM, 18420, 1230)
    assert result.rows[2].platform == Platform.TIKTOK and result.rows[2].handle == "sadu.coffee"


@pytest.mark.parametrize(("cells", "column", "code"), [
    ("Cafe,Instagram,cafe,2026-11-02,lots,3", "Followers", "bad_number"),
    ("Cafe,Instagram,cafe,2026-11-02,-5,3", "Followers", "negative"),
    ("Cafe,Instagram,cafe,2026-11-02,12.5,3", "Followers", "bad_number"),
    ("Cafe,Instagram,cafe,someday,10,3", "Date", "bad_date"),
    ("Cafe,Instagram,cafe,,10,3", "Date", "missing_date"),
    ("Cafe,Instagram,,2026-11-02,10,3", "Handle", "missing_account"),
    ("Cafe,Myspace,cafe,2026-11-02,10,3", "Platform", "unknown_platform"),
    ("Cafe,,cafe,2026-11-02,10,3", "Handle", "missing_platform"),
])
def test_bad_cells_are_reported_and_good_rows_kept(cells: str, column: str, code: str) -> None:
    text = HEADER + "Good,Instagram,good,2026-11-01,100,2\r\n" + cells + "\r\n"
    result = _read(text)
    assert [r.handle for r in result.rows] == ["good"]
    assert [(p.line, p.column, p.code) for p in result.problems] == [(3, column, code)]


def test_unknown_content_type_is_a_bad_cell() -> None:
    result = _read("Handle,Platform,Date,Formats\r\ncafe,IG,2026-11-02,hologram\r\n")
    assert result.rows == ()
    assert result.problems == (Problem(2, "Formats", "unknown_content_type", "hologram"),)


def test_arabic_indic_digits_and_separators() -> None:
    text = ("المنافس;المنصة;الحساب;التاريخ;المتابعون;المنشورات\n"
            "بن الديرة;انستغرام;@bin;١٦/١١/٢٠٢٦;١٨٬٤٢٠;٥\n")
    (row,) = _read(text).rows
    assert (row.day, row.followers, row.posts) == (date(2026, 11, 16), 18420, 5)


@pytest.mark.parametrize(("answer", "day"), [(None, date(2026, 3, 4)), ("mdy", date(2026, 3, 4)),
                                             ("dmy", date(2026, 4, 3))])
def test_ambiguous_dates_are_reported(answer: str | None, day: date) -> None:
    text = HEADER + "Cafe,Instagram,cafe,03/04/2026,10,1\r\n"
    result = _read(text, date_order=answer if answer else None)
    assert result.ambiguous_dates == (() if answer else ("Date",))
    if answer:
        assert result.rows[0].day == day


def test_day_above_twelve_settles_the_order() -> None:
    text = HEADER + "Cafe,Instagram,cafe,03/04/2026,10,1\r\nCafe,Instagram,cafe,20/04/2026,9,1\r\n"
    result = _read(text)
    assert result.ambiguous_dates == ()
    assert [r.day for r in result.rows] == [date(2026, 4, 3), date(2026, 4, 20)]


def test_missing_columns_make_it_unrecognised() -> None:
    result = _read("Competitor,Followers\r\nCafe,10\r\n")
    assert not result.recognised and result.missing_columns == ("handle", "day")


def test_title_row_above_the_header_and_a_sep_line() -> None:
    text = "sep=;\r\nWeekly tracking\r\nHandle;Platform;Date;Followers\r\ncafe;X;2026-11-02;1.500\r\n"
    result = _read(text)
    assert result.header_line == 3
    assert result.rows[0].followers == 1500 and result.rows[0].platform == Platform.X


def test_empty_and_broken_files_never_raise() -> None:
    assert read_competitor_sheet(b"", "empty.csv").problems[0].code == "no_tables"
    assert not read_competitor_sheet(b"PK\x03\x04junk", "bad.xlsx").recognised


def test_xlsx_sheet() -> None:
    book = _make_exports().xlsx([("Tracking", [
        ["Competitor", "Platform", "Profile URL", "Date", "Followers", "Likes"],
        ["Petal Post", "Instagram", "https://instagram.com/petalpost", "2026-11-02", 22140, 1830],
    ])])
    result = read_competitor_sheet(book, "tracking.xlsx")
    assert result.sheet == "Tracking" and result.problems == ()
    (row,) = result.rows
    assert (row.handle, row.followers, row.likes, row.day) == (
        "petalpost", 22140, 1830, date(2026, 11, 2))
