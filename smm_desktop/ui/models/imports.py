"""The import windows' tables: the rows a file would change, its bad rows, a sample of an
unknown file's rows, and the import log."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate

from smm_desktop.importers.records import Problem
from smm_desktop.services.numbers_data import ImportLogData, RowPlan
from smm_desktop.ui import import_labels as names
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import isolate, ltr
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.table import Column, RecordTableModel
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_CONTEXT = "ImportTables"
_LINE = QT_TRANSLATE_NOOP("ImportTables", "Line")
_WHOLE_FILE = QT_TRANSLATE_NOOP("ImportTables", "The whole file")
SampleRow = tuple[str, ...]
_DAY_WHAT = re.compile(r"^(?:(?P<before>.+) )?(?P<day>\d{4}-\d{2}-\d{2})(?: (?P<after>.+))?$")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _header(text: str) -> Callable[[], str]:
    return lambda: _tr(text)


def _line(fmt: Formatter, line: int) -> str:
    return fmt.number(line) if line > 0 else _tr(_WHOLE_FILE)


def day_text(fmt: Formatter, day: date | None) -> str:
    return fmt.date(QDate(day.year, day.month, day.day)) if day is not None else ""


def days_text(fmt: Formatter, first: date | None, last: date | None) -> str:
    """“1/11/2026 – 30/11/2026”, one day alone, or nothing."""
    if first is None or last is None or first == last:
        return day_text(fmt, first or last)
    return f"{day_text(fmt, first)} – {day_text(fmt, last)}"


def local_moment(fmt: Formatter, when: datetime) -> str:
    """A stored UTC time (naive) as the person's local time."""
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)
    return fmt.moment(aware.astimezone().replace(tzinfo=None))


def what_text(fmt: Formatter, what: str) -> str:
    """The plan's description, its ISO day in the person's format and a metric name translated
    (“2026-11-01 followers” -> “01/11/2026 Followers”); a post's text stays as written."""
    found = _DAY_WHAT.match(what)
    if found is None or (found["before"] and found["after"]):
        return isolate(" ".join(what.split())[:120])
    day = day_text(fmt, date.fromisoformat(found["day"]))
    if found["before"]:
        return f"{isolate(found['before'])} {day}"
    return f"{day} {names.field_name(found['after'])}" if found["after"] else day


def plan_model(fmt: Formatter, parent: Any = None) -> RecordTableModel[RowPlan]:
    """Line, action, what and why, for every row the file holds."""
    return RecordTableModel([
        Column(_header(_LINE), lambda p: _line(fmt, p.line)),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "Action")),
               lambda p: names.action_name(p.action)),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "What")),
               lambda p: what_text(fmt, p.what),
               tooltip=lambda p: f"{names.target_name(p.target)}: {p.what}"),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "Why")),
               lambda p: names.reason_text(p.reason)),
    ], parent)


def problem_model(fmt: Formatter, parent: Any = None) -> RecordTableModel[Problem]:
    """Every bad row with its line, column, reason and the value as written."""
    return RecordTableModel([
        Column(_header(_LINE), lambda p: _line(fmt, p.line)),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "Column")), lambda p: isolate(p.column)),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "Problem")),
               lambda p: names.problem_text(p.code)),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "Value in the file")),
               lambda p: isolate(p.raw[:80]), tooltip=lambda p: p.raw),
    ], parent)


def sample_model(headers: Sequence[str], parent: Any = None) -> RecordTableModel[SampleRow]:
    """The first rows of an unknown file, one column per header."""
    def cell(index: int) -> Callable[[SampleRow], str]:
        return lambda row: isolate(row[index]) if index < len(row) else ""

    def title(text: str) -> Callable[[], str]:
        return lambda: text

    return RecordTableModel([Column(title(h), cell(i)) for i, h in enumerate(headers)], parent)


def _status(log: ImportLogData, fmt: Formatter) -> str:
    if log.undone_at is None:
        return _tr(QT_TRANSLATE_NOOP("ImportTables", "In force"))
    return _tr(QT_TRANSLATE_NOOP("ImportTables", "Undone %1")).replace(
        "%1", local_moment(fmt, log.undone_at))


def log_model(fmt: Formatter, accounts: Mapping[int, str],
              parent: Any = None) -> RecordTableModel[ImportLogData]:
    """Each file imported: when, what, for which account and days, and what it changed."""
    def count(attr: str) -> Callable[[ImportLogData], str]:
        return lambda log: fmt.number(getattr(log, attr))

    return RecordTableModel([
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "File")), lambda g: ltr(g.file_name),
               tooltip=lambda g: g.file_name),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "Imported")),
               lambda g: local_moment(fmt, g.imported_at)),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "From")), lambda g: names.source_name(g.platform)
               + labels.separator() + names.kind_name(g.kind)),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "Account")),
               lambda g: ltr(accounts.get(g.account_id or 0, ""))),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "Days")),
               lambda g: days_text(fmt, g.first_day, g.last_day)),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "Added")), count("rows_added")),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "Updated")), count("rows_updated")),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "Skipped")), count("rows_skipped")),
        Column(_header(QT_TRANSLATE_NOOP("ImportTables", "Status")), lambda g: _status(g, fmt)),
    ], parent)
