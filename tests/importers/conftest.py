"""Shared helpers of the importer tests: the fixture folder and reading one fixture."""

from __future__ import annotations

from pathlib import Path

from smm_desktop.importers.read import read_export
from smm_desktop.importers.records import ReadResult

EXPORTS = Path(__file__).resolve().parents[1] / "data" / "exports"


def read_fixture(name: str) -> tuple[ReadResult, ...]:
    """Every table of one fixture file, read."""
    return read_export((EXPORTS / name).read_bytes(), name)


def read_one(name: str) -> ReadResult:
    """The single table of a fixture file."""
    (result,) = read_fixture(name)
    return result
