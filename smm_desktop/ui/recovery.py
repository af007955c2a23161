"""When the workspace is damaged or in a risky place: plain words and a way out."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from smm_desktop import paths
from smm_desktop.services import backups
from smm_desktop.services.location import RiskyLocation, move_workspace
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.i18n import Formatter

log = logging.getLogger(__name__)


def describe(info: backups.BackupInfo, fmt: Formatter) -> str:
    """When a backup was made and what it holds, for a sentence."""
    when = fmt.moment(info.created)
    if info.brands is None:
        return when
    return (QCoreApplication.translate("Recovery", "%1 (brands: %2, accounts: %3)")
            .replace("%1", when).replace("%2", fmt.number(info.brands))
            .replace("%3", fmt.number(info.accounts or 0)))


def recover_damaged(parent: QWidget | None, path: Path, problem: str, folder: Path,
                    fmt: Formatter) -> bool:
    """Ask first; only Restore or Start empty move the damaged file aside (never deleted).

    True: open `path` again. Cancel leaves the file where it was, so the next start asks again.
    """
    good = backups.newest_good(path, folder)
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Recovery", "Damaged workspace"),
                      QCoreApplication.translate("Recovery", "The workspace %1 is damaged, so it was not opened (SQLite says: %2).").replace("%1", ltr(str(path))).replace("%2", problem),
                      parent=parent)
    restore = _add_restore(box, good, fmt)
    empty = box.addButton(QCoreApplication.translate("Recovery", "Start empty"),
                          QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is None or clicked not in (restore, empty):
        return False
    aside = backups.move_aside(path, "damaged")
    log.error("Damaged workspace %s (%s) moved aside to %s", path, problem, aside)
    if clicked is restore and good is not None:
        backups.restore(path, good.path, folder)
    return True


def _add_restore(box: QMessageBox, good: backups.BackupInfo | None,
                 fmt: Formatter) -> QAbstractButton | None:
    """The Restore button when a good backup exists; the text says what each choice does."""
    keep = QCoreApplication.translate("Recovery", "Whatever you choose, the damaged file is kept beside it, renamed, never deleted.")
    if good is None:
        box.setInformativeText(QCoreApplication.translate("Recovery", "No good backup was found. You can start an empty workspace in its place, or cancel and look for a copy.") + "\n\n" + keep)
        return None
    box.setInformativeText(QCoreApplication.translate("Recovery", "The newest good backup is from %1. Restore it?").replace("%1", describe(good, fmt)) + "\n\n" + keep)
    return box.addButton(QCoreApplication.translate("Recovery", "Restore the backup"),
                         QMessageBox.ButtonRole.AcceptRole)


def offer_move(parent: QWidget | None, path: Path, risk: RiskyLocation) -> Path | None:
    """Ask to move a workspace out of a sync folder or network share; the new path, or None."""
    reason = (QCoreApplication.translate("Recovery", "inside a %1 folder, which syncs files while they are being written")
              if risk.kind == "sync" else
              QCoreApplication.translate("Recovery", "on a network share (%1), which does not honour database locks"))
    text = QCoreApplication.translate(
        "Recovery", "The workspace %1 is %2. That can damage it. Backups may go there; the workspace itself is safer on this computer.").replace("%1", ltr(str(path))).replace("%2", reason.replace("%1", risk.name))
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Recovery", "Workspace location"), text, parent=parent)
    move = box.addButton(QCoreApplication.translate("Recovery", "Move it to this computer"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Recovery", "Keep it there"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return _local_target(path) if box.clickedButton() is move else None


def _local_target(path: Path) -> Path:
    target = paths.data_dir() / path.name
    number = 2
    while target.exists():
        target = paths.data_dir() / f"{path.stem}-{number}{path.suffix}"
        number += 1
    return target


def move_closed_workspace(source: Path, target: Path) -> Path:
    """Carried out once the workspace is closed; the old file is moved aside, not deleted."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return move_workspace(source, target)
