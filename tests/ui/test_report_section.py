"""Reports ▸ Report: the preview follows the options (built in the background), the sections
chosen and ordered are the brand's template, Save PDF, Send by email, notes saved as the
period's review, and an Arabic report right to left."""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform
from smm_desktop.reports import report_data as rd
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.ui import report_send
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs.reports.report_section import ReportSection

from .helpers import bound_window

WAIT_MS = 30_000  # the first chart imports matplotlib


@pytest.fixture
def section(qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> ReportSection:
    monkeypatch.setattr(report_send, "xdg_email", lambda: None)
    brand = ctx.services.brands.create(BrandInput("Palm <b>Café</b>",
                                                  report_recipients=("owner@palm.example",)))
    ctx.services.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "palmcafe"))
    ctx.scope.set_brand(brand.id)
    widget = ReportSection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    _wait_shown(qtbot, widget)
    return widget


def _wait_shown(qtbot: QtBot, widget: ReportSection, kind: str | None = None) -> rd.Report:
    def ready() -> bool:
        current = widget.preview.current
        return (current is not None and not widget.preview.busy
                and not widget.timer.isActive()
                and (kind is None or current.report.request.kind == kind))

    qtbot.waitUntil(ready, timeout=WAIT_MS)
    assert widget.preview.current is not None
    return widget.preview.current.report


def _section_keys(widget: ReportSection) -> list[str]:
    items = widget.options.sections
    return [items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(items.count())]


def test_the_preview_follows_the_options(qtbot: QtBot, section: ReportSection) -> None:
    report = _wait_shown(qtbot, section)
    assert report.request.kind == rd.ReportKind.MONTHLY
    text = section.preview.toPlainText()
    assert "Palm <b>Café</b>" in text and "Monthly report" in text
    section.options.kind.setCurrentIndex(section.options.kind.findData("weekly"))
    report = _wait_shown(qtbot, section, "weekly")
    assert "Weekly report" in section.preview.toPlainText()
    section.options.period.setCurrentIndex(2)
    qtbot.waitUntil(lambda: section.preview.current is not None
                    and section.preview.current.report.request.start
                    == section.options.period.itemData(2)[0], timeout=WAIT_MS)


def test_sections_toggled_and_reordered_are_the_brands_template(
        qtbot: QtBot, ctx: UiContext, section: ReportSection) -> None:
    items = section.options.sections
    items.item(3).setCheckState(Qt.CheckState.Unchecked)  # campaigns off
    items.setCurrentRow(2)  # content first
    section.options.move_section(-1)
    section.options.move_section(-1)
    expected = ("content", "summary", "growth", "competitors", "engagement", "next", "notes")
    stored = ctx.services.reports.template(ctx.scope.brand_id, "monthly")
    assert stored.sections == expected
    report = _wait_shown(qtbot, section)
    qtbot.waitUntil(lambda: tuple(section.preview.current.report.sections) == expected,  # type: ignore[union-attr]
                    timeout=WAIT_MS)
    again = ReportSection(ctx)
    qtbot.addWidget(again)
    again.show()
    _wait_shown(qtbot, again)
    assert _section_keys(again)[:len(expected)] == list(expected)
    assert again.options.chosen_sections() == expected
    ctx.undo.undo()
    assert ctx.services.reports.template(ctx.scope.brand_id, "monthly").sections != expected
    del report


def test_save_pdf_writes_the_file(qtbot: QtBot, section: ReportSection, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "monthly"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "PDF files (*.pdf)"))
    section.save_pdf.click()
    written = target.with_name("monthly.pdf")
    qtbot.waitUntil(written.exists, timeout=WAIT_MS)
    assert written.read_bytes().startswith(b"%PDF")


def test_send_by_email_writes_and_opens_the_draft(qtbot: QtBot, section: ReportSection,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []

    def open_url(url: Any) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    section.send.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    eml = Path(opened[0])
    assert eml.suffix == ".eml"
    message = email.message_from_bytes(eml.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1" and message["To"] == "owner@palm.example"
    pdf = next(message.iter_attachments())  # type: ignore[attr-defined]
    assert pdf.get_payload(decode=True).startswith(b"%PDF")
    assert pdf.get_payload(decode=True) == eml.with_suffix(".pdf").read_bytes()


def test_when_no_mail_app_answers_the_folder_is_shown(
        qtbot: QtBot, section: ReportSection, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []

    def open_url(url: Any) -> bool:
        opened.append(url.toLocalFile())
        return not url.toLocalFile().endswith(".eml")

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    section.email(False)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=WAIT_MS)
    assert Path(opened[1]) == Path(opened[0]).parent
    assert "No mail app answered" in section.status.text()


def test_notes_are_saved_as_the_periods_review(qtbot: QtBot, ctx: UiContext,
                                               section: ReportSection) -> None:
    section.notes.edits["what_worked"].setPlainText("Reels at 8 pm <i>worked</i>")
    section.notes.edits["next_actions"].setPlainText("Two more reels")
    section.notes.save.click()
    request = section.request()
    assert request is not None
    report = ctx.services.reports.build(request)
    notes = report.sections["notes"]
    assert isinstance(notes, rd.NotesSection)
    assert notes.what_worked == "Reels at 8 pm <i>worked</i>"
    assert notes.next_actions == "Two more reels" and notes.review_id
    qtbot.waitUntil(lambda: "Reels at 8 pm <i>worked</i>" in section.preview.toPlainText(),
                    timeout=WAIT_MS)


def test_an_arabic_report_reads_right_to_left(qtbot: QtBot, section: ReportSection) -> None:
    section.options.language.setCurrentIndex(section.options.language.findData("ar"))
    qtbot.waitUntil(lambda: section.preview.current is not None
                    and section.preview.current.report.request.language == "ar",
                    timeout=WAIT_MS)
    assert section.preview.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = section.preview.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft


def test_the_window_opens_on_the_report(qtbot: QtBot, ctx: UiContext) -> None:
    ctx.services.brands.create(BrandInput("Palm"))
    window = bound_window(qtbot, ctx)
    window.show_tab("reports/report")
    reports = window.reports
    assert reports is not None and reports.section() == "report"
    window.show_tab("reports/campaigns")
    assert reports.section() == "campaigns"


def test_every_word_of_the_pdf_is_marked_for_translation() -> None:
    from dataclasses import fields

    from smm_desktop.reports import report_texts as pdf_words
    from smm_desktop.ui.tabs.reports import report_texts

    english = {text for table in (pdf_words.KIND_TITLES, pdf_words.SECTION_TITLES,
                                  pdf_words.MISSING, pdf_words.STATUSES, pdf_words.HEADERS,
                                  pdf_words.LABELS) for text in table.values()}
    defaults = pdf_words.ReportTexts()
    english |= {getattr(defaults, f.name) for f in fields(defaults)
                if isinstance(getattr(defaults, f.name), str)
                and f.name not in ("digits", "decimal_point", "thousands", "list_separator")}
    assert english <= set(report_texts.SOURCES)


def test_the_preview_names_accounts_in_the_reports_language() -> None:
    import dataclasses

    from smm_desktop.reports.report_texts import ReportTexts
    from smm_desktop.ui.tabs.reports.report_html import ReportHtml
    from smm_desktop.ui.tabs.reports.report_texts import currency_signs
    from tests.reports.report_samples import AR, report

    the_report = dataclasses.replace(report(AR, "ar"),
                                     account_labels=("facebook @a", "whatsapp_business @b"))
    texts = ReportTexts(platforms={"facebook": "فيسبوك", "whatsapp_business": "واتساب للأعمال"},
                        list_separator="\u060c ")
    html = ReportHtml(the_report, texts, {"accounts": "الحسابات: %1", "against": "%1"}).html()
    assert "فيسبوك @a\u060c واتساب للأعمال @b" in html
    assert "facebook" not in html and "whatsapp_business" not in html
    signs = currency_signs("ar")
    assert signs["SAR"] == "ر.س" and signs["EGP"] == "ج.م" and signs["GBP"] == "£"


def test_the_email_text_is_edited_per_language_and_undone(
        section: ReportSection, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog

    from smm_desktop.ui.dialogs.email_template_dialog import EmailTemplateDialog

    before = {code: ctx.services.reports.email_template(code) for code in ("en", "ar")}

    def type_both(dialog: EmailTemplateDialog) -> QDialog.DialogCode:
        dialog.subject.setText("{brand}: your {kind}")
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
        assert dialog.subject.text() == before["ar"].subject  # the other language's own text
        dialog.body.setPlainText("مرفق {kind}")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EmailTemplateDialog, "exec", type_both)
    section.edit_email()
    assert ctx.services.reports.email_template("en") == ("{brand}: your {kind}",
                                                         before["en"].body)
    assert ctx.services.reports.email_template("ar") == (before["ar"].subject, "مرفق {kind}")
    ctx.undo.undo()
    assert {code: ctx.services.reports.email_template(code) for code in ("en", "ar")} == before
