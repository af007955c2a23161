"""CSV export cells cannot run as spreadsheet formulas; files are written whole, Excel-readable."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from smm_desktop.domain import csv_safety
from smm_desktop.domain.csv_safety import safe_cell, write_atomically, write_csv


@pytest.mark.parametrize(
    "value",
    [
        "=SUM(A1:A9)",
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1,2)",
        "\t=1+1",
        "\r=1+1",
        "=",
        "-",
        "+",
        "@",
        "@nakheel.cafe",
        "-1+1",
        "=٣+٤",
    ],
)
def test_dangerous_start_is_neutralised(value: str) -> None:
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value",
    [
        "",
        "Bloom & Co. Florists",
        "مقهى النخيل",
        "نبض للياقة | Nabd Fitness",
        "☕ 🌴",
        "12500",
        "3.75",
        "-12",
        "+4",
        "-3,5",
        "1=1",
        "a@b.co",
        "'quoted already",
        " =leading space is text",
    ],
)
def test_ordinary_text_numbers_and_arabic_are_untouched(value: str) -> None:
    assert safe_cell(value) == value


def test_a_number_followed_by_more_is_not_a_plain_number() -> None:
    assert safe_cell("-12\n=1") == "'-12\n=1"


def _read_back(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 BOM to read Arabic"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_write_csv_makes_every_cell_safe_and_keeps_arabic(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    write_csv(path, ["=brand", "followers"],
              [["مقهى النخيل", 12500], ["@evil", -3], ["line\nbreak, comma", None]])
    assert _read_back(path) == [
        ["'=brand", "followers"],
        ["مقهى النخيل", "12500"],
        ["'@evil", "-3"],
        ["line\nbreak, comma", ""],
    ]
    assert path.read_bytes().count(b"\r\n") == 4  # Excel's line ends


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "exports"
    made.mkdir()
    return made


def test_write_csv_replaces_an_existing_file_whole(folder: Path) -> None:
    path = folder / "report.csv"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, 0o640)
    write_csv(path, ["a"], [["b"]])
    assert _read_back(path) == [["a"], ["b"]]
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in folder.iterdir()] == ["report.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = folder / "report.csv"
    path.write_bytes(b"keep me")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv_safety.os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        write_atomically(path, b"new content")
    assert path.read_bytes() == b"keep me"
    assert [p.name for p in folder.iterdir()] == ["report.csv"]


def test_signed_numbers_with_thousands_or_percent_stay_numbers() -> None:
    from smm_desktop.domain.csv_safety import safe_cell

    for value in ("-3.2%", "-1,234,567", "+12%", "-0.5"):
        assert safe_cell(value) == value
    assert safe_cell("-1+2") == "'-1+2"
