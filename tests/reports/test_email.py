"""The report's .eml draft parsed back with the email package: the PDF byte-identical,
X-Unsent: 1, To and Subject right, Arabic subject and body intact."""

from __future__ import annotations

import email
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from smm_desktop.reports.email import safe_name, write_draft, write_files

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def _read(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def _attachment(message: EmailMessage) -> tuple[str, bytes]:
    parts = list(message.iter_attachments())
    assert len(parts) == 1
    payload = parts[0].get_payload(decode=True)
    assert isinstance(payload, bytes)
    return parts[0].get_filename() or "", payload


def test_the_draft_holds_the_pdf_byte_identical(tmp_path: Path) -> None:
    path = write_draft(PDF, "Bloom & Co monthly 2026-10.pdf", tmp_path, ["a@b.co", "c@d.co"],
                       "Monthly report: Bloom & Co", "Dear client,\nthe report is attached.")
    assert path == tmp_path / "Bloom & Co monthly 2026-10.eml"
    message = _read(path)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "a@b.co, c@d.co"
    assert message["Subject"] == "Monthly report: Bloom & Co"
    name, payload = _attachment(message)
    assert name == "Bloom & Co monthly 2026-10.pdf"
    assert payload == PDF
    body = message.get_body(("plain",))
    assert body is not None and "the report is attached." in body.get_content()


def test_arabic_subject_and_body_round_trip(tmp_path: Path) -> None:
    subject = "تقرير شهري: مقهى النخيل — أكتوبر 2026"
    body = "مرحباً،\nمرفق تقرير الشهر (Instagram @nakheel)."
    message = _read(write_draft(PDF, "مقهى النخيل 2026-10.pdf", tmp_path, ["x@y.sa"],
                                subject, body))
    assert message["Subject"] == subject
    text = message.get_body(("plain",))
    assert text is not None and text.get_content().replace("\r\n", "\n").strip() == body
    name, payload = _attachment(message)
    assert name == "مقهى النخيل 2026-10.pdf" and payload == PDF


def test_no_recipients_leaves_to_empty(tmp_path: Path) -> None:
    message = _read(write_draft(PDF, "r.pdf", tmp_path, [], "S", "B"))
    assert message["To"] is None and message["X-Unsent"] == "1"


def test_files_are_written_side_by_side_with_safe_names(tmp_path: Path) -> None:
    pdf, eml = write_files(PDF, 'a/b:c*"d".pdf', tmp_path / "new", ["a@b.co"], "S", "B")
    assert pdf.parent == eml.parent == tmp_path / "new"
    assert pdf.read_bytes() == PDF and eml.suffix == ".eml"
    assert "/" not in pdf.name and ":" not in pdf.name
    assert safe_name("///") == "report"
