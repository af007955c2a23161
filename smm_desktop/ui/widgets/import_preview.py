"""What one analytics file would change, shown before anything is written: what was
recognised, for which account and days, the rows to add/update/skip and every bad row."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.services.numbers_data import ImportPreview
from smm_desktop.ui import import_labels as names
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import isolate, ltr
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.imports import days_text, local_moment, plan_model, problem_model

NOTE_STYLE = "QFrame#importNote { background: palette(alternate-base); border-radius: 4px; }"


def table_view(model: object) -> QTableView:
    """A read-only, row-selecting table that fits its columns to their text."""
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def on_reading_side(widget: QWidget, text: str) -> str:
    """In Arabic a right-to-left mark keeps a value that starts with Latin text (a brand, a
    file name, an English sentence) at the right of its label, where the eye looks for it."""
    rtl = widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return f"\u200f{text}" if rtl and text else text


def _note(text_label: QLabel, *buttons: QPushButton) -> QFrame:
    """A shaded box with a sentence and the buttons that answer it."""
    frame = QFrame()
    frame.setObjectName("importNote")
    frame.setStyleSheet(NOTE_STYLE)
    row = QHBoxLayout(frame)
    text_label.setWordWrap(True)
    row.addWidget(text_label, 1)
    for button in buttons:
        row.addWidget(button)
    frame.hide()
    return frame


class ImportPreviewPanel(QWidget):
    """Shows one ImportPreview; the dialog re-previews when the person answers a question."""

    account_chosen = Signal(int)
    date_order_chosen = Signal(str)
    map_requested = Signal()
    partial_changed = Signal(bool)

    def __init__(self, fmt: Formatter, brand: str, account_names: dict[int, str],
                 brand_accounts: tuple[int, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt, self.brand, self.account_names = fmt, brand, account_names
        self.brand_accounts = brand_accounts  # offered when the service names no candidate
        self.preview: ImportPreview | None = None
        self.file_label = QLabel()
        self.file_label.setObjectName("importFile")
        self.file_label.setStyleSheet("font-weight: bold;")
        self.recognised, self.days, self.counts = QLabel(), QLabel(), QLabel()
        self.account = QComboBox()
        self.account.setObjectName("importAccount")
        self.account.activated.connect(self._on_account)
        self.account_note = QLabel()
        self.account_note.setWordWrap(True)
        self.plans = plan_model(fmt, self)
        self.problems = problem_model(fmt, self)
        self.partial = QCheckBox(self.tr("Import the good rows only"))
        self.partial.setObjectName("acceptPartial")
        self.partial.setToolTip(self.tr("The bad rows listed are left out; the others are imported."))
        self.partial.toggled.connect(self.partial_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.file_label)
        layout.addLayout(self._form())
        self._build_notes(layout)
        layout.addWidget(self._tabs(), 1)
        layout.addWidget(self.partial)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Recognised:"), self.recognised)
        brand = isolate(self.brand) or self.tr("(none)")
        form.addRow(self.tr("Brand:"), QLabel(on_reading_side(self, brand)))
        account_box = QVBoxLayout()
        account_box.addWidget(self.account)
        account_box.addWidget(self.account_note)
        form.addRow(self.tr("Account:"), account_box)
        form.addRow(self.tr("Days:"), self.days)
        form.addRow(self.tr("Rows:"), self.counts)
        return form

    def _build_notes(self, layout: QVBoxLayout) -> None:
        self.dates_text = QLabel()
        self.day_first = QPushButton(self.tr("Day first (31/12)"))
        self.day_first.setObjectName("dayFirst")
        self.month_first = QPushButton(self.tr("Month first (12/31)"))
        self.month_first.setObjectName("monthFirst")
        self.day_first.clicked.connect(lambda: self.date_order_chosen.emit("dmy"))
        self.month_first.clicked.connect(lambda: self.date_order_chosen.emit("mdy"))
        self.dates_note = _note(self.dates_text, self.day_first, self.month_first)
        self.unknown_text = QLabel(self.tr(
            "SMM Desktop does not know the layout of this file. Tell it which column holds what; "
            "it will remember for the next file laid out the same way."))
        self.map_button = QPushButton(self.tr("Map the columns…"))
        self.map_button.setObjectName("mapColumns")
        self.map_button.clicked.connect(self.map_requested)
        self.unknown_note = _note(self.unknown_text, self.map_button)
        self.again_text = QLabel()
        self.again_note = _note(self.again_text)
        for note in (self.dates_note, self.unknown_note, self.again_note):
            layout.addWidget(note)

    def _tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.plan_view = table_view(self.plans)
        self.plan_view.setObjectName("importPlans")
        self.problem_view = table_view(self.problems)
        self.problem_view.setObjectName("importProblems")
        self.tabs.addTab(self.plan_view, self.tr("Rows"))
        self.tabs.addTab(self.problem_view, self.tr("Bad rows"))
        return self.tabs

    def show_preview(self, preview: ImportPreview, file_name: str) -> None:
        """Fill every part from `preview`; the tick of “good rows only” is kept per file."""
        self.preview = preview
        self.file_label.setText(on_reading_side(self, ltr(file_name)))
        self.recognised.setText(on_reading_side(self, self._recognised_text(preview)))
        self._fill_accounts(preview)
        self.days.setText(on_reading_side(
            self, days_text(self.fmt, preview.first_day, preview.last_day) or "–"))
        self.counts.setText(on_reading_side(self, self.counts_text(preview)))
        self.plans.set_records(preview.plans)
        self.problems.set_records(preview.problems)
        self._fill_notes(preview)
        self.tabs.setTabText(0, self.tr("Rows: %1").replace("%1", self.fmt.number(len(preview.plans))))
        self.tabs.setTabText(1, self.tr("Bad rows: %1").replace(
            "%1", self.fmt.number(len(preview.problems))))
        self.tabs.setCurrentIndex(1 if preview.problems else 0)
        self.partial.setVisible(bool(preview.problems) and bool(preview.plans))

    def _recognised_text(self, preview: ImportPreview) -> str:
        if not preview.recognised:
            return names.source_name("unknown")
        return names.source_name(preview.platform) + labels.separator() + names.kind_name(
            preview.kind)

    def counts_text(self, preview: ImportPreview) -> str:
        """“To add: 42 · to update: 3 · to skip: 2 · bad rows: 1”."""
        text = self.tr("To add: %1 · to update: %2 · to skip: %3").replace(
            "%1", self.fmt.number(preview.adds)).replace(
            "%2", self.fmt.number(preview.updates)).replace("%3", self.fmt.number(preview.skips))
        if preview.problems:
            text += labels.separator() + self.tr("bad rows: %1").replace(
                "%1", self.fmt.number(len({p.line for p in preview.problems})))
        return text

    def candidates(self, preview: ImportPreview) -> tuple[tuple[int, str], ...]:
        """The accounts to choose from: the service's, else (a mapped file) the brand's."""
        if preview.accounts or preview.account_id is not None or preview.platform != "mapped":
            return preview.accounts
        return tuple((a, self.account_names.get(a, "")) for a in self.brand_accounts)

    def _fill_accounts(self, preview: ImportPreview) -> None:
        self.account.clear()
        choices = self.candidates(preview)
        if preview.account_id is None and choices:
            self.account.addItem(self.tr("Choose the account…"), 0)
        for ident, label in choices:
            self.account.addItem(ltr(label), ident)
        chosen = self.account.findData(preview.account_id) if preview.account_id else 0
        self.account.setCurrentIndex(max(chosen, 0))
        campaigns = preview.kind == "campaign_daily" and preview.brand_id is not None
        self.account.setVisible(self.account.count() > 0 and not campaigns)
        self.account_note.setText(on_reading_side(self, self._account_note(preview)))
        self.account_note.setVisible(bool(self.account_note.text()))

    def _account_note(self, preview: ImportPreview) -> str:
        if preview.kind == "campaign_daily" and preview.brand_id is not None:
            return self.tr("Campaigns belong to the brand; no account is needed.")
        if preview.account_id is not None and not preview.accounts:
            return ltr(self.account_names.get(preview.account_id, ""))
        if preview.account_id is None and self.candidates(preview):
            return self.tr("The file does not say which account it is from: choose it.")
        if preview.account_id is None and preview.recognised and preview.kind != "campaign_daily":
            return self.tr("This brand has no account on %1: add it in Strategy > Accounts first.") \
                .replace("%1", names.source_name(preview.platform))
        return ""

    def _fill_notes(self, preview: ImportPreview) -> None:
        self.dates_text.setText(self.tr(
            "Dates such as 03/04 in %1 could be day first or month first, and the rest of the "
            "file does not tell. Which is it?").replace(
            "%1", labels.separator().join(isolate(c) for c in preview.ambiguous_dates)))
        self.dates_note.setVisible(bool(preview.ambiguous_dates))
        readable = not any(p.line == 0 for p in preview.problems)
        self.unknown_note.setVisible(not preview.recognised and readable and bool(preview.results))
        again = preview.already_imported
        if again is not None:
            self.again_text.setText(self.tr(
                "This same file was imported on %1. Importing it again changes nothing that is "
                "already the same.").replace("%1", local_moment(self.fmt, again.imported_at)))
        self.again_note.setVisible(again is not None)

    def _on_account(self, index: int) -> None:
        ident = self.account.itemData(index)
        if ident and (self.preview is None or ident != self.preview.account_id):
            self.account_chosen.emit(int(ident))

    def chosen_account(self) -> int | None:
        ident = self.account.currentData()
        return int(ident) if ident else None
