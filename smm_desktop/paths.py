"""Where things live: bundled resources and the user's data, config and log folders."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from smm_desktop import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent
WORKSPACE_SUFFIX = ".smmws"


def resources_dir() -> Path:
    """The resources folder: inside a frozen bundle, an installed wheel or a source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(f"SMM Desktop resources not found in: {', '.join(map(str, candidates))}")


def resource(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder (workspaces, backups)."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    """The user's configuration folder (settings)."""
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    """The user's log folder."""
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def default_workspace() -> Path:
    """The workspace opened when none is named: created on first run."""
    return data_dir() / f"workspace{WORKSPACE_SUFFIX}"
