"""The month's CSV: UTF-8 with a BOM, one row per post, formula-like cells neutralised, and
read back whole by csv.reader (Arabic, commas, quotes and line breaks in cells)."""

from __future__ import annotations

import csv
import dataclasses
import io

from smm_desktop.reports import plan_csv
from smm_desktop.reports.plan_data import CSV_COLUMNS

from .plan_samples import arabic_month, english_month, post


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_one_row_per_post_round_trips() -> None:
    month = arabic_month()
    rows = _rows(plan_csv.render(month))
    assert rows[0][:4] == ["Date", "Time", "Accounts", "Status"] and len(rows[0]) == len(CSV_COLUMNS)
    assert len(rows) == 1 + len(month.posts)
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Date"] == "2026-11-03" and first["Time"] == "19:00"
    assert first["Topic"] == month.posts[0].topic
    assert first["Hashtags"] == "#قهوة_مختصة #الرياض"
    assert first["Persona"] == "نورة (طالبة جامعية)"


def test_formula_cells_are_neutralised() -> None:
    month = english_month(1)
    evil = post(5, month.posts[0].when, "=HYPERLINK(\"http://x\")", caption="+1+2",
                call_to_action="-cmd|' /C calc'!A0", persona="@SUM(1)",
                approval_note='line one\nline "two", three')
    rows = _rows(plan_csv.render(dataclasses.replace(month, posts=(evil,))))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Topic"] == "'=HYPERLINK(\"http://x\")"
    assert row["Caption"] == "'+1+2"
    assert row["Call to action"] == "'-cmd|' /C calc'!A0"
    assert row["Persona"] == "'@SUM(1)"
    assert row["Approval"].endswith('line one\nline "two", three')


def test_empty_month_has_only_the_header() -> None:
    rows = _rows(plan_csv.render(dataclasses.replace(english_month(), posts=())))
    assert len(rows) == 1 and rows[0][0] == "Date"
