"""The controller: opening and switching workspaces, and every way opening one can fail."""

from __future__ import annotations

import gc
import sqlite3
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from smm_desktop import settings as settings_io
from smm_desktop.db.migrate import WorkspaceTooNew
from smm_desktop.domain.errors import NotFound
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.workspace import Workspace
from smm_desktop.settings import Settings
from smm_desktop.ui.controller import Controller
from smm_desktop.ui.dialogs.brand_dialog import BrandDialog
from smm_desktop.ui.dialogs.settings_dialog import SettingsDialog
from smm_desktop.ui.instance import ask_running_to_show

from .helpers import answer_dialog, forget_undo_watchers, names, open_services, switcher_items


def make_workspace(path: Path, *brand_names: str) -> Path:
    services = open_services(path)
    try:
        for name in brand_names:
            services.brands.create(BrandInput(name=name))
    finally:
        services.workspace.close()
    return path


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, _title, text, *_a, **_k: shown.append(text)))
    return shown


def _close(controller: Controller) -> None:
    if controller.window.ctx is not None:
        forget_undo_watchers(controller.window.ctx)
    controller.window.close()  # the window's close shuts the controller down
    controller.window.deleteLater()


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[Controller]:
    made = Controller(Settings(), persist=False)
    yield made
    _close(made)


@pytest.fixture
def first(tmp_path: Path) -> Path:
    return make_workspace(tmp_path / "first.smmws", "Palm Café", "Bloom")


@pytest.fixture
def second(tmp_path: Path) -> Path:
    return make_workspace(tmp_path / "second.smmws", "Nabd Fitness")


def _brands_shown(controller: Controller) -> list[str]:
    assert controller.window.strategy is not None
    return names(controller.window.strategy.brands)


def test_opening_shows_the_workspace_and_listens_for_a_second_launch(
        controller: Controller, first: Path, warnings_shown: list[str]) -> None:
    assert controller.open_workspace(str(first))
    assert _brands_shown(controller) == ["Bloom", "Palm Café"]
    assert [name for name, _id in switcher_items(controller.window)] == ["Bloom", "Palm Café"]
    assert controller.window.workspace_label.text() == "Workspace: first.smmws"
    assert controller.settings.recent_workspaces == [str(first)]
    assert [a.text() for a in controller.window.recent_menu.actions()] == [str(first)]
    assert ask_running_to_show(first)
    assert warnings_shown == []


def test_switching_rebinds_the_window_and_frees_the_first_workspace(
        controller: Controller, first: Path, second: Path, warnings_shown: list[str]) -> None:
    assert controller.open_workspace(str(first))
    assert controller.open_workspace(str(second))
    assert _brands_shown(controller) == ["Nabd Fitness"]
    assert [name for name, _id in switcher_items(controller.window)] == ["Nabd Fitness"]
    assert controller.services is not None
    assert controller.services.workspace.path == second
    assert controller.settings.recent_workspaces == [str(second), str(first)]
    reopened = Workspace.open(first)  # the first one's lock was released
    reopened.close()
    assert not ask_running_to_show(first)
    assert warnings_shown == []


def test_switching_purges_what_was_deleted_in_the_first(
        controller: Controller, first: Path, second: Path, warnings_shown: list[str]) -> None:
    assert controller.open_workspace(str(first))
    assert controller.window.strategy is not None
    panel = controller.window.strategy.brands
    doomed = panel.model.records()[0]
    panel.select_id(doomed.id)
    panel.delete_brand()
    assert controller.open_workspace(str(second))
    services = open_services(first)
    try:
        assert [b.name for b in services.brands.list_brands()] == ["Palm Café"]
        with pytest.raises(NotFound):
            services.brands.undelete(doomed.id)
    finally:
        services.workspace.close()


def test_switching_empties_the_competitors_and_feeds_trash(
        controller: Controller, first: Path, second: Path) -> None:
    from smm_desktop.db.models import Competitor, Feed
    from smm_desktop.services.competitor_data import CompetitorInput
    from smm_desktop.services.feeds import FeedInput

    assert controller.open_workspace(str(first))
    services = controller.services
    assert services is not None
    brand = services.brands.list_brands()[0]
    rival = services.competitors.create(brand.id, CompetitorInput("Rival Roasters"))
    services.competitors.delete(rival.id, rival.version)
    feed = services.feeds.create(FeedInput("My feed", "https://example.com/feed.xml"))
    services.feeds.delete(feed.id, feed.version)
    assert controller.open_workspace(str(second))
    reopened = open_services(first)
    try:
        with reopened.workspace.session_factory() as s:
            assert s.get(Competitor, rival.id) is None and s.get(Feed, feed.id) is None
    finally:
        reopened.workspace.close()


def test_switching_workspaces_frees_the_first_ones_context(
        qtbot: QtBot, controller: Controller, first: Path, second: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing keeps the old workspace's views, services and undo stack alive, and letting them
    go calls into nothing that is gone."""
    assert controller.open_workspace(str(first))
    answer_dialog(monkeypatch, BrandDialog, BrandInput(name="Nile Dates"))
    controller.window.commands.new_brand.trigger()
    old = weakref.ref(controller.window.ctx)
    with qtbot.captureExceptions() as errors:
        assert controller.open_workspace(str(second))
        qtbot.wait(10)  # the old Strategy tab's deleteLater
        gc.collect()
        qtbot.wait(10)
    assert [f"{e[0].__name__}: {e[1]}" for e in errors] == []
    assert old() is None, "the first workspace's UiContext is still referenced"
    assert not controller.window.commands.undo.isEnabled()


def test_a_workspace_locked_elsewhere_is_refused_and_the_current_one_kept(
        controller: Controller, first: Path, second: Path, warnings_shown: list[str]) -> None:
    assert controller.open_workspace(str(first))
    current = controller.services
    other = Workspace.open(second)
    try:
        assert not controller.open_workspace(str(second))
    finally:
        other.close()
    assert len(warnings_shown) == 1
    # the path is a left-to-right isolate, so it reads right inside Arabic too
    assert f"\u2066{second}\u2069 is already open in another SMM Desktop window." in warnings_shown[0]
    assert controller.services is current
    assert _brands_shown(controller) == ["Bloom", "Palm Café"]
    assert current is not None and len(current.brands.list_brands()) == 2  # still open
    assert controller.settings.recent_workspaces == [str(first)]


def test_reopening_the_current_workspace_is_no_error(
        controller: Controller, first: Path, warnings_shown: list[str]) -> None:
    """Its own entry tops the recent menu: choosing it must not say another window has it."""
    assert controller.open_workspace(str(first))
    controller.window.recent_menu.actions()[0].trigger()
    assert warnings_shown == []
    assert controller.services is not None
    assert _brands_shown(controller) == ["Bloom", "Palm Café"]


def _stamp(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    db.close()


def test_a_workspace_from_a_newer_app_is_refused_unchanged(
        controller: Controller, first: Path, second: Path, warnings_shown: list[str]) -> None:
    _stamp(second, "9999_from_the_future")
    before = second.read_bytes()
    assert controller.open_workspace(str(first))
    assert not controller.open_workspace(str(second))
    assert second.read_bytes() == before
    assert len(warnings_shown) == 1
    assert "newer version of SMM Desktop (schema \u20669999_from_the_future\u2069)" in warnings_shown[0]
    assert "second.smmws" in warnings_shown[0]  # the message names the file
    assert _brands_shown(controller) == ["Bloom", "Palm Café"]
    with pytest.raises(WorkspaceTooNew):  # refused again, not "busy": the lock was let go
        Workspace.open(second)


def test_a_database_that_is_no_workspace_is_refused_unchanged(
        controller: Controller, tmp_path: Path, warnings_shown: list[str]) -> None:
    foreign = tmp_path / "shop.sqlite"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
    db.close()
    before = foreign.read_bytes()
    assert not controller.open_workspace(str(foreign))
    assert foreign.read_bytes() == before
    assert warnings_shown == [
        f"\u2066{foreign}\u2069 is a database, but not an SMM Desktop workspace. It was not changed."]
    assert controller.services is None


def test_new_workspace_creates_and_opens_the_file_with_the_suffix(
        controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        warnings_shown: list[str]) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *_a, **_k: (str(tmp_path / "client-work"), "")))
    controller.window.commands.new_workspace.trigger()
    assert (tmp_path / "client-work.smmws").is_file()
    assert controller.services is not None
    assert controller.services.workspace.path == tmp_path / "client-work.smmws"
    assert _brands_shown(controller) == []
    assert controller.window.strategy is not None
    assert controller.window.strategy.empty_banner.isVisibleTo(controller.window.strategy)
    controller.window.commands.new_workspace.trigger()  # the same name again: refused
    assert len(warnings_shown) == 1 and "already exists" in warnings_shown[0]


def test_the_sample_workspace_is_written_and_opened(
        controller: Controller, warnings_shown: list[str]) -> None:
    controller.window.commands.open_sample.trigger()
    assert controller.services is not None
    sample = controller.services.workspace.path
    assert sample is not None and sample.name == "sample.smmws"
    assert len(_brands_shown(controller)) == 3
    assert controller.window.strategy is not None
    assert not controller.window.strategy.empty_banner.isVisibleTo(controller.window.strategy)
    assert warnings_shown == []


def test_closing_the_window_saves_the_layout_and_closes_the_workspace(
        qapp: QApplication, first: Path, warnings_shown: list[str]) -> None:
    controller = Controller(Settings(), persist=True)
    try:
        assert controller.open_workspace(str(first))
        controller.window.tabs.setCurrentIndex(4)
    finally:
        _close(controller)
    assert controller.services is None
    Workspace.open(first).close()
    saved = settings_io.load()
    assert saved.recent_workspaces == [str(first)]
    assert saved.ui_state["tab"] == "4"
    again = Controller(saved, persist=False)
    try:
        assert again.window.tabs.currentIndex() == 4
    finally:
        _close(again)


def test_settings_changes_are_kept_and_a_new_language_offers_a_restart(
        controller: Controller, first: Path, second: Path, monkeypatch: pytest.MonkeyPatch,
        warnings_shown: list[str]) -> None:
    assert controller.open_workspace(str(first))
    chosen = Settings(language="ar", workspace=str(second),
                      recent_workspaces=list(controller.settings.recent_workspaces))
    monkeypatch.setattr(SettingsDialog, "run", classmethod(lambda cls, parent, s: (chosen, True)))
    asked: list[str] = []

    def ask(_p: object, _t: str, text: str, *_a: object, **_k: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No  # do not restart now

    monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(ask))
    controller.window.commands.settings.trigger()
    assert controller.settings.language == "ar"
    assert _brands_shown(controller) == ["Nabd Fitness"]  # the new default workspace opened
    assert len(asked) == 1  # the restart offer (declined here)
    assert controller.services is not None
