"""Uncaught exceptions: logged, and shown to the person with where the log is."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from smm_desktop.ui.bidi import ltr

log = logging.getLogger(__name__)
_showing = False


def install(log_path: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.critical("Uncaught exception", exc_info=(kind, error, tb))
        sys.__stderr__ and sys.__stderr__.write("".join(traceback.format_exception(kind, error, tb)))
        show_error(error, log_path)
    sys.excepthook = hook


def show_error(error: BaseException, log_path: Path) -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Crash", "Something went wrong"),
                          QCoreApplication.translate(
                              "Crash",
                              "SMM Desktop hit an error it did not expect. Everything you saved before this is safe in the workspace.",
                          ))
        box.setInformativeText(QCoreApplication.translate("Crash", "Details are in the log: %1")
                               .replace("%1", ltr(str(log_path))))
        box.setDetailedText("".join(traceback.format_exception(error)))
        box.exec()
    finally:
        _showing = False
