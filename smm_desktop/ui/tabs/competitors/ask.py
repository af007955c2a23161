"""The question asked when a snapshot already exists for the day: update it or keep it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from smm_desktop.ui.i18n import digits_in


def ask_update_or_keep(parent: QWidget, count: int) -> bool | None:
    """True to update the saved snapshots with the new values, False to keep them (and save
    only the others), None to cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CompetitorQuestions", "Already checked on this day"))
    box.setText(QCoreApplication.translate(
        "CompetitorQuestions", "Snapshots already saved for this day: %1. Update them with the "
        "new values, or keep what was saved?").replace("%1", digits_in(str(count))))
    update = box.addButton(QCoreApplication.translate("CompetitorQuestions", "Update"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("CompetitorQuestions", "Keep"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(update)
    box.exec()
    clicked = box.clickedButton()
    if clicked is update:
        return True
    return False if clicked is keep else None
