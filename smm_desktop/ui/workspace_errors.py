"""Opening a workspace, with a plain message for each way it can fail."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from smm_desktop.db.backup import BackupFailed
from smm_desktop.db.lock import WorkspaceBusy
from smm_desktop.db.migrate import NotAWorkspace, WorkspaceTooNew
from smm_desktop.services.workspace import Workspace, WorkspaceDamaged
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.instance import ask_running_to_show

log = logging.getLogger(__name__)
Warn = Callable[[str], None]



def shown(target: str) -> str:
    """A workspace as it may be shown and logged: a database URL without its password."""
    if "://" not in target:
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except ArgumentError:
        return "database URL"


def open_or_explain(target: str, backup_dir: Path | None, warn: Warn) -> Workspace | None:
    """The opened workspace, or None after telling the person why not."""
    try:
        return Workspace.open(target, backup_dir)
    except WorkspaceBusy as err:
        if ask_running_to_show(err.path):
            log.info("%s is open in another window, which was brought to the front", err.path)
        else:  # the other process did not answer: say why nothing opens
            warn(QCoreApplication.translate(
                "WorkspaceErrors", "%1 is already open in another SMM Desktop window.")
                .replace("%1", ltr(str(err.path))))
    except WorkspaceTooNew as err:
        warn(QCoreApplication.translate(
            "WorkspaceErrors",
            "The workspace %2 was saved by a newer version of SMM Desktop (schema %1). Update the app to open it; the file was not changed.",
        ).replace("%1", ltr(err.revision)).replace("%2", ltr(shown(target))))
    except NotAWorkspace:
        warn(QCoreApplication.translate(
            "WorkspaceErrors", "%1 is a database, but not an SMM Desktop workspace. It was not changed."
        ).replace("%1", ltr(shown(target))))
    except (BackupFailed, SQLAlchemyError, OSError) as err:
        log.exception("Could not open workspace %s", shown(target))
        warn(QCoreApplication.translate(
            "WorkspaceErrors", "Could not open the workspace %1: %2").replace("%1", ltr(shown(target)))
            .replace("%2", str(err)))
    return None


def damaged_message(err: WorkspaceDamaged) -> str:
    return QCoreApplication.translate(
        "WorkspaceErrors", "The workspace %1 is damaged, so it was not opened (SQLite says: %2). Use File > Backups or smm restore to put a good copy in its place.").replace(
        "%1", ltr(str(err.path))).replace("%2", err.problems[0])


def write_sample(target: Path, warn: Warn) -> bool:
    """Write the sample workspace (a second or so), with a busy cursor."""
    from smm_desktop.services.demo import write_demo

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_demo(target)
        return True
    except (OSError, SQLAlchemyError) as err:
        log.exception("Could not write the sample workspace")
        warn(QCoreApplication.translate(
            "WorkspaceErrors", "Could not write the sample workspace: %1").replace("%1", str(err)))
        return False
    finally:
        QApplication.restoreOverrideCursor()
