"""One running process per workspace: an OS file lock beside the workspace file.

The lock is the operating system's (flock, or msvcrt on Windows), so it is freed when the
process dies and never goes stale.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def session_marker(workspace: Path) -> Path:
    """Present while a session has the workspace open; left behind by a crash, so the next
    open runs a quick check first."""
    return workspace.with_name(workspace.name + ".open")


class WorkspaceBusy(Exception):
    """Another process has this workspace open."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"The workspace {path} is already open in another window.")
        self.path = path


class WorkspaceLock:
    """Held for as long as the workspace is open."""

    def __init__(self, workspace: Path) -> None:
        self.path = workspace.with_name(workspace.name + ".lock")
        self.workspace = workspace
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        if self._handle is not None:
            return
        handle = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        if not _try_lock(handle):
            handle.close()
            raise WorkspaceBusy(self.workspace)
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None
