"""When the workspace is damaged or in a risky place: plain words and a way out."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from smm_desktop import paths
from smm_desktop.services import backups
from smm_desktop.services.location import RiskyLocation, move_workspace
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.table import ltr

log = logging.getLogger(__name__)


def describe(info: backups.BackupInfo, fmt: Formatter) -> str:
    """When a backup was made and what it holds, for a sentence."""
    when = fmt.moment(info.created)
    if info.brands is None:
        return when
    return (QCoreApplication.translate("Recovery", "%1 (%2 brands, %3 accounts)")
            .replace("%1", when).replace("%2", fmt.number(info.brands))
            .replace("%3", fmt.number(info.accounts or 0)))


def recover_damaged(parent: QWidget | None, path: Path, problem: str, folder: Path,
                    fmt: Formatter) -> bool:
    """Move the damaged file aside and offer the newest good backup. True: open `path` again."""
    aside = backups.move_aside(path, "damaged")
    log.error("Damaged workspace %s (%s) moved aside to %s", path, problem, aside)
    good = backups.newest_good(path, folder)
    text = QCoreApplication.translate(
        "Recovery", "The workspace %1 is damaged, so it was not opened. It was moved aside to %2; nothing was deleted.").replace("%1", ltr(path.name)).replace("%2", ltr(str(aside)))
    if good is None:
        QMessageBox.warning(parent, QCoreApplication.translate("Recovery", "Damaged workspace"), text + "\n\n" + QCoreApplication.translate(
            "Recovery", "No good backup was found, so an empty workspace opens in its place."))
        return True
    return _offer_backup(parent, path, good, folder, text, fmt)


def _offer_backup(parent: QWidget | None, path: Path, good: backups.BackupInfo, folder: Path,
                  text: str, fmt: Formatter) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Recovery", "Damaged workspace"), text, parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "Recovery", "The newest good backup is from %1. Restore it?").replace("%1", describe(good, fmt)))
    restore = box.addButton(QCoreApplication.translate("Recovery", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Recovery", "Start empty"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is restore:
        backups.restore(path, good.path, folder)
        return True
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.DestructiveRole


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
