"""Bytes to rows: encodings, Excel's sep= line, delimiters, quoted newlines, broken quotes,
workbooks and zips."""

from __future__ import annotations

import codecs
import io
import zipfile

import pytest

from smm_desktop.importers.sheets import read_tables
from smm_desktop.importers.text import (
    decode,
    detect_encoding,
    read_text_table,
    sniff_delimiter,
    split_lines,
)

ARABIC = "منشور جديد عن القهوة، تذوقوا الطعم"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + b"a,b", "utf-8-sig"),
        ("a,b".encode("utf-16"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + "a,b".encode("utf-16-be"), "utf-16-be"),
        ("Date,Views\n2026-11-01,5".encode("utf-16-le"), "utf-16-le"),
        ("Date,Views\n2026-11-01,5".encode("utf-16-be"), "utf-16-be"),
        (f"id,text\n1,{ARABIC}".encode(), "utf-8"),
        (f"id,text\n1,{ARABIC}\n2,{ARABIC}".encode("cp1256"), "cp1256"),
        ("id,text\n1,Crème brûlée à Genève, très bien".encode("cp1252"), "cp1252"),
    ],
)
def test_the_encoding_is_recognised(data: bytes, encoding: str) -> None:
    assert detect_encoding(data)[0] == encoding


def test_decoding_never_fails_and_drops_the_bom() -> None:
    text, encoding = decode(codecs.BOM_UTF8 + b"Date" + b"\xff")
    assert (text, encoding) == ("Date\ufffd", "utf-8-sig")


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1,5;2,5;3\n", ";"),
        ("a\tb\tc\n1,000\t2\t3\n", "\t"),
        ('"x;y",b\n"1;2;3",4\n', ","),
        ("title only\na;b\n1;2\n3;4\n", ";"),
        # tabs typed in a comma file's texts (left unquoted by the writer) are text
        ("id,text,views,likes\n1,a\tb\tc,5\n2,d\te\tf\n3,g\th\ti,7,8\n", ","),
    ],
)
def test_the_delimiter_is_counted_outside_quotes(text: str, delimiter: str) -> None:
    assert sniff_delimiter(split_lines(text)) == delimiter


def test_excel_sep_line_sets_the_delimiter_and_keeps_line_numbers() -> None:
    table = read_text_table(b"sep=;\r\na;b\r\n1;2\r\n", "x.csv")
    assert table.delimiter == ";"
    assert table.rows == ((2, ("a", "b")), (3, ("1", "2")))


def test_quoted_newlines_keep_the_line_of_the_record_start() -> None:
    data = b'id,text\r\n1,"first\r\nsecond\r\nthird"\r\n\r\n2,plain\r\n'
    table = read_text_table(data, "x.csv")
    assert table.rows == (
        (1, ("id", "text")), (2, ("1", "first\r\nsecond\r\nthird")), (6, ("2", "plain")),
    )


def test_a_broken_quote_costs_its_row_only() -> None:
    data = b'id,text,n\n1,ok,5\n2,"broken,6\n3,fine,7\n4,also fine,8\n'
    table = read_text_table(data, "x.csv")
    assert [line for line, _cells in table.rows] == [1, 2, 4, 5]
    assert [(p.line, p.code) for p in table.problems] == [(3, "broken_quote")]


def test_stray_text_after_a_closing_quote_is_a_broken_row() -> None:
    table = read_text_table(b'a,b\n"x"y,1\n2,3\n', "x.csv")
    assert [line for line, _cells in table.rows] == [1, 3]
    assert table.problems[0].line == 2


def test_excel_padding_columns_and_blank_lines_are_harmless() -> None:
    table = read_text_table(b"a,b,,\n1,2,,\n,,,\n\n3,4,,\n", "x.csv")
    assert [line for line, _cells in table.rows] == [1, 2, 5]


def test_a_zip_gives_one_table_per_csv_member() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("Table data.csv", "a,b\n1,2\n")
        archive.writestr("notes.pdf", "x")
        archive.writestr("Totals.csv", "Date,Views\n2026-11-01,4\n")
    tables = read_tables(out.getvalue(), "export.zip")
    assert [t.source for t in tables] == ["Table data.csv", "Totals.csv"]


def test_a_workbook_keeps_excel_row_numbers_and_sheet_names() -> None:
    from tests.importers.conftest import EXPORTS

    tables = read_tables((EXPORTS / "linkedin_page.xlsx").read_bytes(), "linkedin_page.xlsx")
    assert [t.sheet for t in tables] == ["Metrics", "All posts"]
    assert [line for line, _cells in tables[0].rows] == [1, 2, 3, 4, 5]
    assert tables[0].rows[2][1][:2] == ("11/01/2026", 412)


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"PK\x03\x04garbage", "bad_zip"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1junk", "bad_workbook")],
)
def test_damaged_containers_are_reported_not_raised(data: bytes, code: str) -> None:
    (table,) = read_tables(data, "x")
    assert table.rows == () and table.problems[0].code == code
