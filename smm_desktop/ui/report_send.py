"""Hand an .eml draft to the person's mail client: the default one through the desktop, or
xdg-email where it exists; when nothing answers, the folder with the files is shown."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

OPENED, XDG, FOLDER = "opened", "xdg-email", "folder"


def xdg_email() -> str | None:
    """The xdg-email program when this desktop has it (Linux), else None."""
    return shutil.which("xdg-email")


def open_draft(eml: Path) -> str:
    """Open the draft in the default mail client; the folder when none answers."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(eml))):
        return OPENED
    return show_folder(eml)


def compose_with_xdg(pdf: Path, eml: Path, to: list[str], subject: str, body: str) -> str:
    """Start xdg-email with the PDF attached; the folder when it cannot start."""
    program = xdg_email()
    if program:
        arguments = ["--utf8", "--subject", subject, "--body", body, "--attach", str(pdf), *to]
        started, _pid = QProcess.startDetached(program, arguments)
        if started:
            return XDG
    return show_folder(eml)


def show_folder(path: Path) -> str:
    """Show the folder holding `path` in the file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    return FOLDER
