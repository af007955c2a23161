"""The report's email draft: an .eml file with the PDF attached and `X-Unsent: 1`, which mail
clients (Thunderbird, Outlook, Apple Mail) open as a new message ready to send. Qt-free."""

from __future__ import annotations

import re
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from smm_desktop.domain.csv_safety import write_atomically

# Headers folded late: Python's folding of long UTF-8 subjects can drop a space between encoded
# words (the body and attachment were already wrapped at 78 when they were set).
_HEADERS = SMTP.clone(max_line_length=998)
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_name(name: str, fallback: str = "report") -> str:
    """A file name without the characters Windows, macOS or Linux refuse."""
    return _UNSAFE.sub(" ", name).strip(" .") or fallback


def draft(pdf_bytes: bytes, pdf_name: str, to: list[str], subject: str,
          body: str) -> EmailMessage:
    """The message: UTF-8 subject and body (Arabic too), the PDF as an attachment."""
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    if to:
        message["To"] = ", ".join(to)
    message["Subject"] = subject
    message.set_content(body, charset="utf-8")
    message.add_attachment(pdf_bytes, maintype="application", subtype="pdf",
                           filename=safe_name(pdf_name))
    return message


def write_draft(pdf_bytes: bytes, pdf_name: str, folder: Path, to: list[str], subject: str,
                body: str) -> Path:
    """Write the .eml (named like the PDF) into `folder`, whole or not at all; its path."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(safe_name(pdf_name)).stem or "report"
    path = folder / f"{stem}.eml"
    message = draft(pdf_bytes, pdf_name, to, subject, body)
    write_atomically(path, message.as_bytes(policy=_HEADERS))
    return path


def write_files(pdf_bytes: bytes, pdf_name: str, folder: Path, to: list[str], subject: str,
                body: str) -> tuple[Path, Path]:
    """The PDF beside its draft, both in `folder`: (pdf path, eml path)."""
    folder.mkdir(parents=True, exist_ok=True)
    pdf_path = folder / safe_name(pdf_name)
    write_atomically(pdf_path, pdf_bytes)
    return pdf_path, write_draft(pdf_bytes, pdf_name, folder, to, subject, body)
