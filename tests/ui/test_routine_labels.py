"""Every default routine has a translatable title and why, found by its key; an edited default
and a routine of the manager's own show what is stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from smm_desktop.domain.routines import DEFAULT_ROUTINES, Cadence
from smm_desktop.ui.routine_labels import (
    CADENCES,
    TITLES,
    WHYS,
    cadence_name,
    routine_title,
    routine_why,
)


class _Marking(QTranslator):
    """Translates every RoutineLabels text to "AR:" + the text."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return "AR:" + source if context == "RoutineLabels" else ""


@pytest.fixture
def marked(qapp: QApplication) -> Iterator[None]:
    translator = _Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_default_key_has_its_title_and_why() -> None:
    assert {d.key: d.title for d in DEFAULT_ROUTINES} == TITLES
    assert {d.key: d.why for d in DEFAULT_ROUTINES} == WHYS
    assert set(CADENCES) == set(Cadence)


@pytest.mark.parametrize("default", DEFAULT_ROUTINES, ids=lambda d: d.key)
def test_a_default_shows_translated(marked: None, default: object) -> None:
    key, title, why = (getattr(default, name) for name in ("key", "title", "why"))
    assert routine_title(key, title) == "AR:" + title
    assert routine_why(key, why) == "AR:" + why


def test_edited_and_own_routines_show_what_is_stored(marked: None) -> None:
    assert routine_title("weekly_report", "Report to Huda") == "Report to Huda"
    assert routine_title(None, "Weekly report") == "Weekly report"
    assert routine_why("daily_check_plan", "Today's posts are ready") == "Today's posts are ready"
    assert cadence_name(Cadence.QUARTERLY) == "AR:Quarterly"


def test_untranslated_falls_back_to_english(qapp: QApplication) -> None:
    assert routine_title("daily_mentions", "Monitor mentions and respond") == (
        "Monitor mentions and respond")
    assert cadence_name(Cadence.DAILY) == "Daily"
