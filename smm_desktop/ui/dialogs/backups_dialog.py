"""File > Backups: the workspace's backups, a backup now, and restoring one."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.services.backups import BackupInfo, list_backups
from smm_desktop.ui.backup_keeper import BackupKeeper
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.backups import BackupTableModel


class BackupsDialog(QDialog):
    """Lists backups newest first; Restore returns the chosen one to the caller."""

    def __init__(self, parent: QWidget | None, keeper: BackupKeeper, fmt: Formatter) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 420)
        self.keeper, self.fmt = keeper, fmt
        self.model = BackupTableModel(fmt, self)
        self.view = self._table()
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self._button(self.tr("Restore…"), self.accept)
        self.now_button = self._button(self.tr("Back up now"), self.back_up_now)
        self._button(self.tr("Open folder"), self.open_folder)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        keeper.made.connect(lambda _path: self.reload())
        keeper.failed.connect(lambda _err: self.reload())
        self.reload()

    def _table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.activated.connect(lambda _index: self.accept())
        return view

    def _button(self, text: str, slot: object) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def reload(self) -> None:
        """Re-read the folder, keeping the row the person chose selected."""
        chosen = self.chosen()
        infos = list_backups(self.keeper.workspace, self.keeper.folder)
        self.model.set_records(infos)
        self.where.setText(self.tr("Backups in %2: %1. Each one was checked when it was made.")
                           .replace("%1", self.fmt.number(len(infos)))
                           .replace("%2", ltr(str(self.keeper.folder))))
        paths = [info.path for info in infos]
        if infos:
            self.view.selectRow(paths.index(chosen.path) if chosen and chosen.path in paths else 0)
        self.restore_button.setEnabled(bool(infos))
        self.now_button.setEnabled(not self.keeper.running)

    def back_up_now(self) -> None:
        self.keeper.back_up("manual")
        self.now_button.setEnabled(False)

    def open_folder(self) -> None:
        self.keeper.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.keeper.folder)))

    def chosen(self) -> BackupInfo | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    @classmethod
    def run(cls, parent: QWidget | None, keeper: BackupKeeper,
            fmt: Formatter) -> tuple[BackupInfo | None, bool]:
        dialog = cls(parent, keeper, fmt)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen() is not None
            return (dialog.chosen() if accepted else None), accepted
        finally:
            dialog.deleteLater()  # it listens to the keeper: do not leave it behind

