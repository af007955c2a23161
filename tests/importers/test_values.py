"""Cell values as the file's locale writes them (table-driven)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from smm_desktop.importers.dates import parse_date, parse_date_column
from smm_desktop.importers.read import read_mapped
from smm_desktop.importers.values import (
    grouped_int,
    guess_decimal,
    parse_duration,
    parse_int,
    parse_number,
    parse_rate,
)


@pytest.mark.parametrize(
    ("raw", "decimal", "expected"),
    [
        ("1234", ".", 1234), ("1,234", ".", 1234), ("1,234.5", ".", 1234.5),
        ("1.234,5", ",", 1234.5), ("1.234", ",", 1234), ("1 234", ".", 1234),
        ("1\u00a0234,5", ",", 1234.5), ("12.5%", ".", 0.125), ("12,5 %", ",", 0.125),
        ("—", ".", None), ("-", ".", None), ("", ".", None), ("N/A", ".", None),
        ("١٢٣٤", ".", 1234), ("۱۲۳", ".", 123), ("١٬٢٣٤٫٥", ".", 1234.5), ("٪١٢", ".", 0.12),
        ("-3", ".", -3), ("(1,200)", ".", -1200), ("3412.0", ".", 3412), (7, ".", 7),
        (0.25, ".", 0.25), (None, ".", None),
    ],
)
def test_numbers(raw: object, decimal: str, expected: float | None) -> None:
    assert parse_number(raw, decimal) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("decimal", [".", ","])
@pytest.mark.parametrize(
    ("raw", "expected"),
    [("١٨٬٤٢٠", 18420), ("١٢٫٥", 12.5), ("١٬٢٣٤٫٥", 1234.5), ("١٢٬٣٤٥٬٦٧٨", 12345678),
     ("-١٬٠٠٠", -1000), ("١٢٫٥٪", 0.125)],
)
def test_arabic_separators_do_not_follow_the_files_locale(
        raw: str, expected: float, decimal: str) -> None:
    """"٬" always groups thousands and "٫" is always the decimal mark: in a semicolon file
    (decimal comma) "١٨٬٤٢٠" is eighteen thousand, not 18.42."""
    assert parse_number(raw, decimal) == pytest.approx(expected)


@pytest.mark.parametrize("raw", ["١٨٬٤٢", "١٬٢٣٤٫٥٬٦", "٫٬١"])
def test_bad_arabic_grouping_is_refused(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_number(raw, ",")


def test_an_arabic_semicolon_export_reads_thousands() -> None:
    """A semicolon export whose counts use the Arabic thousands separator."""
    data = ("رقم المنشور;الرابط الثابت;وقت النشر;مرات الظهور\n"
            "1;https://x.com/a/status/1;2026-03-01 10:00;١٨٬٤٢٠\n").encode()
    mapping = {"رقم المنشور": "external_id", "الرابط الثابت": "permalink",
               "وقت النشر": "published_at", "مرات الظهور": "impressions"}
    result = read_mapped(data, "posts.csv", mapping, "post_metrics")
    assert not result.problems and result.rows[0].impressions == 18420


@pytest.mark.parametrize(
    ("raw", "thousands", "expected"),
    [("1,234", ",", 1234), ("12,345,678", ",", 12345678), ("1.234", ".", 1234),
     ("١٬٢٣٤", ",", None), ("1,23", ",", None), ("1234,567", ",", None), ("1,234,", ",", None),
     ("1,23,,567", ",", None), (",123", ",", None), ("-1,234", ",", None), ("1,234", ".", None)],
)
def test_grouped_integers_fast_path(raw: str, thousands: str, expected: int | None) -> None:
    assert grouped_int(raw, thousands) == expected


@pytest.mark.parametrize(
    ("raw", "decimal"),
    [("abc", "."), ("1,23", "."), ("12,3456.7", "."), ("1.2.3", ","), ("inf", "."),
     ("nan%", "."), ("1_000", "."), ("1.5e", ".")],
)
def test_not_numbers_raise_value_error(raw: str, decimal: str) -> None:
    with pytest.raises(ValueError):
        parse_number(raw, decimal)


@pytest.mark.parametrize(
    ("raw", "expected"), [("12", 12), ("12.0", 12), ("1,204", 1204), ("", None), ("١٢", 12)]
)
def test_whole_numbers(raw: str, expected: int | None) -> None:
    assert parse_int(raw) == expected


def test_a_fraction_is_not_a_count() -> None:
    with pytest.raises(ValueError):
        parse_int("12.5")


@pytest.mark.parametrize(
    ("samples", "delimiter", "decimal"),
    [
        (["1,5", "2"], ",", ","), (["1.234,5"], ",", ","), (["1,234.5"], ";", "."),
        (["1.234"], ";", ","), (["1.234"], ",", "."), (["1,234,567"], ";", "."),
        (["0.25", "3,5", "4,5"], ",", ","), ([], "\t", "."),
    ],
)
def test_the_decimal_mark_of_a_file(samples: list[str], delimiter: str, decimal: str) -> None:
    assert guess_decimal(samples, delimiter) == decimal


@pytest.mark.parametrize(
    ("raw", "percent_column", "expected"),
    [("12.5%", False, 0.125), ("0.034", False, 0.034), ("4.87", True, 0.0487),
     (4.87, True, 0.0487), (0.0631, False, 0.0631), ("", True, None)],
)
def test_rates_are_fractions(raw: object, percent_column: bool, expected: float | None) -> None:
    value = parse_rate(raw, ".", percent_column)  # type: ignore[arg-type]
    assert value == pytest.approx(expected) if expected is not None else value is None


@pytest.mark.parametrize(
    ("raw", "seconds"),
    [("0:01:23", 83), ("1:23", 83), ("83", 83), ("1:00:00", 3600), ("٠:٠١:٢٣", 83),
     (timedelta(minutes=2), 120), (time(0, 1, 5), 65), ("", None), ("12.5", 12.5)],
)
def test_durations(raw: object, seconds: float | None) -> None:
    assert parse_duration(raw) == seconds  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["1:99", "a:b", "1:2:3:4", "1::2"])
def test_bad_durations(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(raw)


@pytest.mark.parametrize(
    ("raw", "order", "expected"),
    [
        ("2026-11-27", "mdy", date(2026, 11, 27)),
        ("2026-11-27T10:00:00.000Z", "mdy", datetime(2026, 11, 27, 10, tzinfo=UTC)),
        ("2026-11-27 10:00 +0000", "mdy", datetime(2026, 11, 27, 10, tzinfo=UTC)),
        ("2026-11-27T10:00:00+03:00", "mdy",
         datetime(2026, 11, 27, 10, tzinfo=timezone(timedelta(hours=3)))),
        ("11/27/2026 10:00", "mdy", datetime(2026, 11, 27, 10)),
        ("11/27/2026 10:05 PM", "mdy", datetime(2026, 11, 27, 22, 5)),
        ("12/27/2026 12:30 am", "mdy", datetime(2026, 12, 27, 0, 30)),
        ("27/11/2026", "dmy", date(2026, 11, 27)),
        ("27.11.2026", "dmy", date(2026, 11, 27)),
        ("03/04/2026", "dmy", date(2026, 4, 3)),
        ("03/04/2026", "mdy", date(2026, 3, 4)),
        ("Nov 27, 2026", "mdy", date(2026, 11, 27)),
        ("Wed, Nov 18, 2026", "mdy", date(2026, 11, 18)),
        ("27 November 2026", "mdy", date(2026, 11, 27)),
        ("Sept 3, 2026", "mdy", date(2026, 9, 3)),
        ("٢٠٢٦-١١-٢٧", "mdy", date(2026, 11, 27)),
        ("Lifetime", "mdy", None),
        ("", "mdy", None),
        (45000, "mdy", date(2023, 3, 15)),
        (datetime(2026, 1, 2, 3, 4), "mdy", datetime(2026, 1, 2, 3, 4)),
    ],
)
def test_dates(raw: object, order: str, expected: object) -> None:
    assert parse_date(raw, order) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["2026-13-01", "31/31/2026", "Smarch 3, 2026", "yesterday",
                                 "13:00 PM 1/1/2026", "2026-02-30"])
def test_not_dates(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_date(raw)


@pytest.mark.parametrize(
    ("column", "order", "ambiguous", "first"),
    [
        (["03/04/2026", "25/04/2026"], "dmy", False, date(2026, 4, 3)),
        (["03/04/2026", "04/25/2026"], "mdy", False, date(2026, 3, 4)),
        (["03/04/2026", "05/06/2026"], None, True, date(2026, 4, 3)),
        (["04/04/2026", "2026-05-06"], None, False, date(2026, 4, 4)),
        (["Lifetime", "Lifetime"], None, False, None),
    ],
)
def test_the_column_settles_the_order(
    column: list[str], order: str | None, ambiguous: bool, first: date | None
) -> None:
    parsed = parse_date_column(column)
    assert (parsed.order, parsed.ambiguous, parsed.values[0]) == (order, ambiguous, first)


def test_the_callers_answer_settles_an_ambiguous_column() -> None:
    parsed = parse_date_column(["03/04/2026", "05/06/2026"], "mdy")
    assert not parsed.ambiguous and parsed.values == (date(2026, 3, 4), date(2026, 5, 6))


def test_the_columns_evidence_beats_the_hint() -> None:
    parsed = parse_date_column(["03/04/2026", "25/04/2026"], "mdy")
    assert parsed.order == "dmy" and parsed.values[1] == date(2026, 4, 25)
