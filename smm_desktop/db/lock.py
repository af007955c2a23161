"""One running process per workspace: an OS file lock beside the workspace file."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout


class WorkspaceBusy(Exception):
    """Another process has this workspace open."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"The workspace {path} is already open in another window.")
        self.path = path


class WorkspaceLock:
    """Held for as long as the workspace is open; the OS frees it if the process dies."""

    def __init__(self, workspace: Path) -> None:
        self.path = workspace.with_name(workspace.name + ".lock")
        self._lock = FileLock(self.path, timeout=0)
        self.workspace = workspace

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout as err:
            raise WorkspaceBusy(self.workspace) from err

    def release(self) -> None:
        self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked
