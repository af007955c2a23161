"""The to-do asks for the weekly competitor check: only for brands that have competitors, when
no snapshot of theirs is from the last seven days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smm_desktop.domain.agenda import URGENCY, Kind, competitors_unchecked
from smm_desktop.domain.enums import Platform
from smm_desktop.services.agenda import AgendaService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.competitor_data import (
    CompetitorAccountInput,
    CompetitorInput,
    SnapshotInput,
)
from smm_desktop.services.competitors import CompetitorService
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))


def _items(workspace: Workspace, brand: BrandData) -> list[tuple[object, ...]]:
    found = AgendaService(workspace.session_factory).derived([brand.id], TODAY)
    return [(d.text_args, d.screen, d.urgency) for d in found
            if d.kind == Kind.COMPETITORS_UNCHECKED]


@pytest.mark.parametrize(("last", "due"), [
    (None, True), (TODAY, False), (TODAY - timedelta(days=6), False),
    (TODAY - timedelta(days=7), True), (TODAY - timedelta(days=30), True)])
def test_rule(last: date | None, due: bool) -> None:
    assert competitors_unchecked(last, TODAY) is due


def test_asks_only_when_there_are_competitors_and_no_check_this_week(
        workspace: Workspace, brand: BrandData) -> None:
    assert _items(workspace, brand) == []  # no competitors: nothing to check
    service = CompetitorService(workspace.session_factory, today=lambda: TODAY)
    rival = service.create(brand.id, CompetitorInput("Petal Post"),
                           [CompetitorAccountInput(Platform.INSTAGRAM, "petalpost")])
    urgency = URGENCY[Kind.COMPETITORS_UNCHECKED]
    assert _items(workspace, brand) == [((1, 1), "competitors/check", urgency)]
    service.save_snapshot(rival.accounts[0].id, SnapshotInput(TODAY - timedelta(days=9)))
    assert _items(workspace, brand) == [((1, 1), "competitors/check", urgency)]
    service.save_snapshot(rival.accounts[0].id, SnapshotInput(TODAY - timedelta(days=2)))
    assert _items(workspace, brand) == []
    service.set_archived(rival.id, service.get(rival.id).version, True)
    assert _items(workspace, brand) == []  # archived: no longer followed


def test_counts_the_accounts_left_this_week_from_the_week_start_setting(
        workspace: Workspace, brand: BrandData) -> None:
    """One account checked is not the check done: "2 of 3 accounts left"."""
    service = CompetitorService(workspace.session_factory, today=lambda: TODAY)
    petal = service.create(brand.id, CompetitorInput("Petal Post"), [
        CompetitorAccountInput(Platform.INSTAGRAM, "petalpost"),
        CompetitorAccountInput(Platform.X, "petalpost")])
    service.create(brand.id, CompetitorInput("Stem"),
                   [CompetitorAccountInput(Platform.INSTAGRAM, "stem")])
    monday = date(2026, 11, 23)  # TODAY is Saturday 28 November
    service.save_snapshot(petal.accounts[0].id, SnapshotInput(monday, followers=10))
    agenda = AgendaService(workspace.session_factory)

    def args(week_start: int) -> list[object]:
        return [d.text_args for d in agenda.derived([brand.id], TODAY, week_start)
                if d.kind == Kind.COMPETITORS_UNCHECKED]
    assert args(0) == [(2, 3)]  # the week began on Monday: checked this week
    assert args(1) == [(3, 3)]  # it began on Tuesday: Monday's check was last week
