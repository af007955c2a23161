"""Shared pieces of the Audience tab tests: sample personas, a patched editor, the tab."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Gender, Platform
from smm_desktop.services.brands import BrandData, BrandInput
from smm_desktop.services.personas import PersonaData, PersonaInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.persona_dialog import PersonaDialog, PersonaEdit
from smm_desktop.ui.main_window import MainWindow
from smm_desktop.ui.tabs.audience.audience_tab import AudienceTab

from .helpers import forget_undo_watchers

EMMA = PersonaEdit(PersonaInput("Emma, wedding planner", Gender.FEMALE, 28, 45, ("Manchester",),
                                interests=("weddings",)),
                   ((Platform.INSTAGRAM, 90), (Platform.PINTEREST, 80)))
TOM = PersonaEdit(PersonaInput("Tom, office manager", age_min=30), ((Platform.LINKEDIN, 85),))
COLUMN = {platform: number for number, platform in enumerate(Platform)}
Calls = list[tuple[Any, Any, Any]]


def answer_persona(monkeypatch: pytest.MonkeyPatch, value: PersonaEdit | None,
                   accepted: bool = True) -> Calls:
    """Make PersonaDialog.run return (value, accepted); returns (validator, initial, segments)."""
    calls: Calls = []

    def run(cls: type, parent: Any, validator: Any, initial: Any = None,
            segments: Any = None) -> tuple[Any, bool]:
        calls.append((validator, initial, segments))
        return (value if accepted else None), accepted

    monkeypatch.setattr(PersonaDialog, "run", classmethod(run))
    return calls


def make_brand(ctx: UiContext) -> BrandData:
    made = ctx.services.brands.create(BrandInput(name="Bloom & Co."))
    ctx.scope.set_brand(made.id)
    return made


def make_tab(qtbot: QtBot, ctx: UiContext) -> AudienceTab:
    widget = AudienceTab(ctx)
    qtbot.addWidget(widget)
    return widget


def add(ctx: UiContext, brand: BrandData, edit: PersonaEdit) -> PersonaData:
    return ctx.services.personas.create(brand.id, edit.data, dict(edit.shares))


def card_names(tab: AudienceTab) -> list[str]:
    return [p.name for p in tab.personas.model.records()]


def stored(ctx: UiContext, brand: BrandData) -> list[str]:
    return [p.name for p in ctx.services.personas.list_personas(brand.id)]


def select_card(tab: AudienceTab, persona: PersonaData) -> None:
    tab.personas.select_id(persona.id)
    assert tab.personas.current_id() == persona.id


def close_window(window: MainWindow, ctx: UiContext) -> None:
    forget_undo_watchers(ctx)
    window.close()
