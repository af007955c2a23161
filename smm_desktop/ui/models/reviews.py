"""The current brand's quarterly reviews (a list) and its experiments (a table)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from smm_desktop.services.experiments import ExperimentData
from smm_desktop.services.review_data import ReviewData
from smm_desktop.ui import goal_text, review_labels
from smm_desktop.ui.bidi import isolate
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.goals import one_line
from smm_desktop.ui.models.table import Column, RecordTableModel
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_REVIEW_HEADERS = (
    QT_TRANSLATE_NOOP("ReviewTable", "Quarter"),
    QT_TRANSLATE_NOOP("ReviewTable", "State"),
)
_EXPERIMENT_HEADERS = (
    QT_TRANSLATE_NOOP("ReviewTable", "Idea"),
    QT_TRANSLATE_NOOP("ReviewTable", "Hypothesis"),
    QT_TRANSLATE_NOOP("ReviewTable", "Measured by"),
    QT_TRANSLATE_NOOP("ReviewTable", "Status"),
    QT_TRANSLATE_NOOP("ReviewTable", "Result"),
    QT_TRANSLATE_NOOP("ReviewTable", "Start"),
    QT_TRANSLATE_NOOP("ReviewTable", "End"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewTable", text)


def local_time(stored: datetime) -> datetime:
    """A moment stored in UTC without a zone (db.base.utcnow), in this computer's time."""
    return stored.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def review_state(fmt: Formatter, review: ReviewData) -> str:
    """"Completed on 3/10/26" (the local day), or that it is still a draft."""
    if review.completed_at is None:
        return QCoreApplication.translate("ReviewTable", "In progress")
    text = QCoreApplication.translate("ReviewTable", "Completed on %1")
    return text.replace("%1", goal_text.day(fmt, local_time(review.completed_at).date()))


class ReviewListModel(RecordTableModel[ReviewData]):
    """Reviews, the newest quarter first: the quarter and whether it is finished."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        columns: list[Column[ReviewData]] = [
            Column(lambda: _tr(_REVIEW_HEADERS[0]),
                   lambda r: review_labels.quarter_name(r.quarter), None,
                   lambda r: _period(fmt, r)),
            Column(lambda: _tr(_REVIEW_HEADERS[1]), lambda r: review_state(fmt, r)),
        ]
        super().__init__(columns, parent)


def _period(fmt: Formatter, review: ReviewData) -> str:
    text = QCoreApplication.translate("ReviewTable", "%1 – %2")
    return text.replace("%1", goal_text.day(fmt, review.period_start)).replace(
        "%2", goal_text.day(fmt, review.period_end))


class ExperimentTableModel(RecordTableModel[ExperimentData]):
    """Experiments: idea, hypothesis, measure, status, result and dates."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        columns: list[Column[ExperimentData]] = [
            Column(self._header(0), lambda e: isolate(one_line(e.idea)), None, lambda e: e.idea),
            Column(self._header(1), lambda e: isolate(one_line(e.hypothesis)), None,
                   lambda e: e.hypothesis),
            Column(self._header(2), lambda e: isolate(one_line(e.measure)), None,
                   lambda e: e.measure),
            Column(self._header(3), lambda e: review_labels.status_name(e.status)),
            Column(self._header(4), lambda e: isolate(one_line(e.result)), None,
                   lambda e: e.result),
            Column(self._header(5), lambda e: goal_text.day(fmt, e.start_date)),
            Column(self._header(6), lambda e: goal_text.day(fmt, e.end_date)),
        ]
        super().__init__(columns, parent)

    @staticmethod
    def _header(n: int) -> Any:
        return lambda: _tr(_EXPERIMENT_HEADERS[n])
