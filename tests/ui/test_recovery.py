"""Opening a damaged workspace (after a crash) and one in a sync folder: plain questions, and
whatever the answer, nothing the person had is deleted."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from smm_desktop import paths
from smm_desktop.services import backups
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.location import RiskyLocation
from smm_desktop.services.workspace import Workspace
from smm_desktop.settings import Settings
from smm_desktop.ui import i18n, recovery
from smm_desktop.ui.controller import Controller

from .helpers import (
    BoxSeen,
    brand_names_in,
    brands_shown,
    click_in_boxes,
    close_controller,
    fast_first_backup,
    make_workspace,
    open_services,
    wait_for_backups,
)

RESTORE, EMPTY, CANCEL = "Restore the backup", "Start empty", "Cancel"
MOVE, KEEP = "Move it to this computer", "Keep it there"
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


@pytest.fixture(autouse=True)
def quick_backups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return fast_first_backup(monkeypatch)


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[Controller]:
    made = Controller(Settings(), persist=False)
    yield made
    close_controller(made)


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, _title, text, *_a, **_k: shown.append(text)))
    return shown


def _crash(path: Path) -> None:
    """Open the workspace and die: the engine goes, the lock goes, the `.open` marker stays."""
    opened = Workspace.open(path)
    opened.engine.dispose()
    lock = opened._lock
    assert lock is not None
    lock.release()
    assert path.with_name(path.name + ".open").exists()


def _corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a disk or a sync tool might."""
    assert path.stat().st_size > 16 * 1024
    with path.open("r+b") as file:
        file.seek(8 * 1024)
        file.write(b"\xa5" * (8 * 1024))


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A workspace with a backup of two brands, a third brand since, then a crash and damage."""
    path = make_workspace(tmp_path / "work.smmws", "Palm Café", "Bloom")
    backups.backup_now(path, backups.default_dir(path), "auto")
    services = open_services(path)
    try:
        services.brands.create(BrandInput(name="Nabd Fitness"))
    finally:
        services.workspace.close()
    _crash(path)
    _corrupt(path)
    return path


def _aside(folder: Path, label: str) -> list[Path]:
    return sorted(folder.glob(f"*.{label}-*.smmws"))


# -- 4. A damaged workspace ------------------------------------------------------------------


def test_a_damaged_workspace_is_moved_aside_and_the_backup_restored(
        qtbot: QtBot, controller: Controller, damaged: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    seen = click_in_boxes(monkeypatch, RESTORE)
    assert controller.open_workspace(str(damaged))
    assert len(seen) == 1
    box: BoxSeen = seen[0]
    assert box.title == "Damaged workspace"
    assert "is damaged, so it was not opened" in box.text and "never deleted" in box.informative
    assert "(brands: 2, accounts: 0)" in box.informative
    assert set(box.buttons) == {RESTORE, EMPTY, CANCEL}
    assert brands_shown(controller) == ["Bloom", "Palm Café"]
    kept = _aside(tmp_path, "damaged")
    assert len(kept) == 1 and kept[0].stat().st_size == damaged.stat().st_size
    assert controller.services is not None and controller.services.workspace.path == damaged
    assert warnings_shown == []
    wait_for_backups(qtbot, controller)


def test_start_empty_opens_an_empty_workspace_and_keeps_the_damaged_one(
        controller: Controller, damaged: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    size = damaged.stat().st_size
    click_in_boxes(monkeypatch, EMPTY)
    assert controller.open_workspace(str(damaged))
    assert brands_shown(controller) == []
    kept = _aside(tmp_path, "damaged")
    assert len(kept) == 1 and kept[0].stat().st_size == size
    assert controller.services is not None and controller.services.workspace.path == damaged
    assert warnings_shown == []


def test_cancel_leaves_the_damaged_file_where_it_was_and_asks_again_next_time(
        controller: Controller, damaged: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    before = damaged.read_bytes()
    seen = click_in_boxes(monkeypatch, CANCEL)
    assert not controller.open_workspace(str(damaged))
    assert controller.services is None
    assert _aside(tmp_path, "damaged") == [] and damaged.read_bytes() == before
    assert warnings_shown == []  # the recovery box already said why; Cancel needs no second word
    # the next start must not quietly create an empty workspace in its place: it asks again
    assert not controller.open_workspace(str(damaged))
    assert len(seen) == 2 and damaged.read_bytes() == before


def test_cancel_keeps_the_workspace_that_was_open(
        controller: Controller, damaged: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    other = make_workspace(tmp_path / "other.smmws", "Nile Dates")
    assert controller.open_workspace(str(other))
    click_in_boxes(monkeypatch, CANCEL)
    assert not controller.open_workspace(str(damaged))
    assert brands_shown(controller) == ["Nile Dates"]
    assert controller.services is not None and controller.services.workspace.path == other


def test_without_a_good_backup_it_says_so_and_opens_empty(
        controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        warnings_shown: list[str]) -> None:
    path = make_workspace(tmp_path / "lonely.smmws", "Palm Café")
    _crash(path)
    _corrupt(path)
    seen = click_in_boxes(monkeypatch, EMPTY)
    assert controller.open_workspace(str(path))
    assert len(seen) == 1 and "No good backup was found" in seen[0].informative
    assert set(seen[0].buttons) == {EMPTY, CANCEL}  # no Restore without a good backup
    assert warnings_shown == []
    assert brands_shown(controller) == []
    assert len(_aside(tmp_path, "damaged")) == 1


def test_a_one_off_run_says_why_and_does_not_wait_for_anyone(
        qapp: QApplication, damaged: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = click_in_boxes(monkeypatch, RESTORE)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda *_a, **_k: pytest.fail("a box in a non-interactive run")))
    controller = Controller(Settings(), persist=False, interactive=False)
    said: list[str] = []
    monkeypatch.setattr(controller, "warn", said.append)
    try:
        assert not controller.open_workspace(str(damaged))
    finally:
        close_controller(controller)
    assert boxes == []
    assert len(said) == 1 and "is damaged" in said[0]
    assert controller.services is None


# -- 5. A workspace in a sync folder ---------------------------------------------------------


@pytest.fixture
def synced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace in a Dropbox folder (only that file is in a risky place)."""
    path = make_workspace(tmp_path / "Dropbox" / "work.smmws", "Palm Café", "Bloom")
    monkeypatch.setattr("smm_desktop.ui.safety.risky_location", lambda p: (
        RiskyLocation("sync", "Dropbox") if p.resolve().parent == path.parent.resolve() else None))
    return path


def test_moving_a_synced_workspace_to_this_computer(
        qtbot: QtBot, controller: Controller, synced: Path, monkeypatch: pytest.MonkeyPatch,
        warnings_shown: list[str]) -> None:
    seen = click_in_boxes(monkeypatch, MOVE)
    assert controller.open_workspace(str(synced))
    assert len(seen) == 1 and set(seen[0].buttons) == {MOVE, KEEP}
    assert seen[0].title == "Workspace location"
    assert "inside a Dropbox folder" in seen[0].text
    target = paths.data_dir() / "work.smmws"
    assert controller.services is not None and controller.services.workspace.path == target
    assert brands_shown(controller) == ["Bloom", "Palm Café"]
    assert not synced.exists()
    moved = _aside(synced.parent, "moved")
    assert len(moved) == 1 and brand_names_in(moved[0]) == ["Bloom", "Palm Café"]
    assert controller.settings.recent_workspaces == [str(target)]
    assert warnings_shown == []
    wait_for_backups(qtbot, controller)


def test_keeping_it_there_is_remembered_and_not_asked_again(
        qtbot: QtBot, controller: Controller, synced: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    seen = click_in_boxes(monkeypatch, KEEP)
    assert controller.open_workspace(str(synced))
    assert len(seen) == 1
    assert controller.services is not None and controller.services.workspace.path == synced
    assert brands_shown(controller) == ["Bloom", "Palm Café"]
    assert controller.settings.location_ok == [str(synced)]
    assert _aside(synced.parent, "moved") == []
    other = make_workspace(tmp_path / "other.smmws", "Nile Dates")
    assert controller.open_workspace(str(other))
    assert controller.open_workspace(str(synced))
    assert len(seen) == 1  # not asked again
    assert brands_shown(controller) == ["Bloom", "Palm Café"]
    assert warnings_shown == []


def test_a_moved_default_workspace_is_the_default_in_its_new_place(
        controller: Controller, synced: Path, monkeypatch: pytest.MonkeyPatch,
        warnings_shown: list[str]) -> None:
    """The next start opens settings.workspace: naming the old place would open a new, empty
    workspace in the sync folder, as if everything were lost."""
    controller.settings.workspace = str(synced)
    click_in_boxes(monkeypatch, MOVE)
    assert controller.open_workspace(str(synced))
    assert controller.settings.workspace == str(paths.data_dir() / "work.smmws")


def test_a_move_that_fails_is_explained_and_loses_nothing(
        controller: Controller, synced: Path, monkeypatch: pytest.MonkeyPatch,
        warnings_shown: list[str]) -> None:
    def fails(_source: Path, _target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(recovery, "move_workspace", fails)
    click_in_boxes(monkeypatch, MOVE)
    controller.open_workspace(str(synced))  # must not raise
    assert len(warnings_shown) == 1 and "No space left on device" in warnings_shown[0]
    assert synced.exists() and _aside(synced.parent, "moved") == []
    if controller.services is None:
        assert brand_names_in(synced) == ["Bloom", "Palm Café"]
    else:  # opened where it is
        assert brands_shown(controller) == ["Bloom", "Palm Café"]


# -- 8. The recovery questions in Arabic -----------------------------------------------------


def test_the_recovery_questions_are_in_arabic(
        qapp: QApplication, damaged: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[BoxSeen] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(BoxSeen(box.windowTitle(), box.text(), box.informativeText(),
                            [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    try:
        assert i18n.install(qapp, Settings(language="ar")) == "ar"
        recovery.offer_move(None, damaged, RiskyLocation("sync", "Dropbox"))
        recovery.recover_damaged(None, damaged, "malformed", backups.default_dir(damaged),
                                 i18n.Formatter())
    finally:
        i18n.install(qapp, Settings(language="en"))
    assert len(seen) == 2
    for box in seen:
        for text in (box.title, box.text, *box.buttons):
            assert ARABIC_LETTER.search(text), text
