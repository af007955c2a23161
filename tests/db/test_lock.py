"""One running process per workspace."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from smm_desktop.db.lock import WorkspaceBusy, WorkspaceLock


def test_lock_file_sits_beside_the_workspace(tmp_path: Path) -> None:
    lock = WorkspaceLock(tmp_path / "mine.smmws")
    assert lock.path == tmp_path / "mine.smmws.lock"


def test_second_lock_on_the_same_workspace_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mine ?#.smmws"
    first, second = WorkspaceLock(path), WorkspaceLock(path)
    first.acquire()
    try:
        assert first.held
        with pytest.raises(WorkspaceBusy) as caught:
            second.acquire()
        assert caught.value.path == path
        assert str(path) in str(caught.value)
        assert not second.held
    finally:
        first.release()


def test_released_lock_can_be_taken_again(tmp_path: Path) -> None:
    path = tmp_path / "mine.smmws"
    first, second = WorkspaceLock(path), WorkspaceLock(path)
    first.acquire()
    first.release()
    assert not first.held
    second.acquire()
    try:
        assert second.held
    finally:
        second.release()


def test_lock_on_another_workspace_is_independent(tmp_path: Path) -> None:
    one, other = WorkspaceLock(tmp_path / "one.smmws"), WorkspaceLock(tmp_path / "two.smmws")
    one.acquire()
    try:
        other.acquire()
        other.release()
    finally:
        one.release()


def test_lock_held_by_another_process_and_freed_when_it_dies(tmp_path: Path) -> None:
    path = tmp_path / "shared.smmws"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys\nfrom pathlib import Path\nfrom smm_desktop.db.lock import WorkspaceLock\n"
         f"lock = WorkspaceLock(Path({str(path)!r}))\nlock.acquire()\nprint('held', flush=True)\n"
         "sys.stdin.read()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WorkspaceBusy):
            WorkspaceLock(path).acquire()
    finally:
        holder.kill()
        holder.wait(timeout=30)
    lock = WorkspaceLock(path)
    lock.acquire()  # the OS freed the dead process's lock
    assert lock.held
    lock.release()
