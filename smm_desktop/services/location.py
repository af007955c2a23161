"""Is this workspace file somewhere that corrupts live SQLite files? And moving it home."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from smm_desktop.db import backup
from smm_desktop.domain.locations import is_unc, network_filesystem, sync_service
from smm_desktop.services.backups import move_aside


@dataclass(frozen=True)
class RiskyLocation:
    kind: str  # "sync" or "network"
    name: str  # the service (OneDrive…) or the file system (nfs, cifs…)


def _mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def risky_location(path: Path, mounts: str | None = None) -> RiskyLocation | None:
    """Why `path` is a bad home for a live workspace, or None when it is fine."""
    resolved = path.expanduser().resolve()
    service = sync_service(resolved)
    if service:
        return RiskyLocation("sync", service)
    if is_unc(str(path)):
        return RiskyLocation("network", "SMB")
    fstype = network_filesystem(resolved, _mounts() if mounts is None else mounts)
    return RiskyLocation("network", fstype) if fstype else None


def move_workspace(source: Path, target: Path) -> Path:
    """Copy a closed workspace to `target` (verified), then move the old file aside."""
    if target.exists():
        raise FileExistsError(f"{target} already exists; choose another name.")
    made = backup.make_backup(source, target.parent, "moved")
    made.replace(target)
    move_aside(source, "moved")
    return target
