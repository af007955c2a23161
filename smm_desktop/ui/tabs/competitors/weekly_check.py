"""The weekly check: every competitor account of the brand on one screen, the last values
beside the new ones, Tab from field to field, and one Save for all (one unit of work)."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.competitors import check_counts, split_hashtags
from smm_desktop.domain.errors import FieldError, ValidationFailed
from smm_desktop.services.competitor_data import DuplicateConflict, SnapshotInput, WeeklyRow
from smm_desktop.ui import competitor_text as texts
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import isolate, ltr
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.day_clock import follow_today
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.tabs.competitors.ask import ask_update_or_keep
from smm_desktop.ui.tabs.competitors.commands import WeeklySaveCommand
from smm_desktop.ui.tabs.competitors.list_section import RELOAD_ON
from smm_desktop.ui.undo import EXPECTED
from smm_desktop.ui.widgets.lazy_section import LazySection

if TYPE_CHECKING:
    from smm_desktop.services.competitors import CompetitorService

COUNTS = ("followers", "posts", "likes", "comments", "shares", "views")
FIELDS = (*COUNTS, "hashtags")
_ERROR_STYLE = "QLineEdit { border: 2px solid #c0392b; }"


class WeeklyCheckSection(LazySection):
    """Keyboard first: no dialog per row; a bad value names its row and field, nothing saved."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("weeklyCheckSection")
        self.rows: list[WeeklyRow] = []
        self.edits: list[dict[str, QLineEdit]] = []
        self.day = QDateEdit(texts.qdate(ctx.clock.today()))
        self.day.setObjectName("weeklyDay")
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(texts.qdate(ctx.clock.today()))
        follow_today(ctx.clock, self.day)  # open overnight: the check moves to the new day
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.save_button = QPushButton(self.tr("Save all"))
        self.save_button.setObjectName("weeklySave")
        self.save_button.setToolTip(self.tr("Ctrl+Return"))
        self.save_button.clicked.connect(self.save)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setObjectName("weeklyImport")
        self.import_button.setToolTip(self.tr("Import snapshots from a tracking sheet (CSV or Excel)"))
        self.import_button.clicked.connect(self.import_sheet)
        self.message = QLabel()
        self.message.setObjectName("weeklyMessage")
        self.message.setWordWrap(True)
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self._layout()
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        ctx.hub.changed.connect(lambda area: self.mark_dirty() if area in RELOAD_ON else None)
        ctx.scope.changed.connect(lambda _id: self.mark_dirty())

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day of the check:")))
        top.addWidget(self.day)
        hint = QLabel(self.tr("Type what each account shows now; the grey value under each "
                              "field is the last check. Leave a field empty if not counted."))
        hint.setWordWrap(True)
        top.addWidget(hint, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.save_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    @property
    def service(self) -> CompetitorService:
        return self.ctx.services.competitors

    def headers(self) -> list[str]:
        return [self.tr("Competitor"), self.tr("Platform and handle"), self.tr("Followers"), self.tr("Posts this week"), self.tr("Likes"),
                self.tr("Comments"), self.tr("Shares"), self.tr("Views"), self.tr("Top hashtags")]

    def reload(self) -> None:
        """The rows for the chosen day; what was typed stays for the same accounts."""
        self._dirty = False
        typed = {(row.account_id, f): self.edits[i][f].text()
                 for i, row in enumerate(self.rows) for f in FIELDS}
        brand_id = self.ctx.scope.brand_id
        self.rows = self.service.weekly_check(brand_id, self.chosen_day()) if brand_id else []
        self._rebuild(typed)

    def chosen_day(self) -> date:
        return texts.pydate(self.day.date())

    def _clear_grid(self) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.edits = []

    def _rebuild(self, typed: dict[tuple[int, str], str]) -> None:
        self._clear_grid()
        for column, text in enumerate(self.headers()):
            header = QLabel(f"<b>{text}</b>")
            header.setWordWrap(True)
            self.grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignBottom)
        for i, row in enumerate(self.rows):
            self._add_row(i + 1, row, typed)
        if not self.rows:
            self.grid.addWidget(QLabel(self.tr(
                "No competitor accounts yet: add competitors and their accounts in the "
                "Competitors section.")), 1, 0, 1, len(self.headers()))
        self.grid.setRowStretch(len(self.rows) + 2, 1)
        self.grid.setColumnStretch(len(FIELDS) + 2, 1)
        self._chain_tabs()

    def _add_row(self, line: int, row: WeeklyRow, typed: dict[tuple[int, str], str]) -> None:
        self.grid.addWidget(QLabel(isolate(row.competitor_name)), line, 0, Qt.AlignmentFlag.AlignTop)
        account = QLabel(labels.platform_name(row.platform))
        self.grid.addWidget(self._under(account, ltr(row.handle), True), line, 1, Qt.AlignmentFlag.AlignTop)
        edits: dict[str, QLineEdit] = {}
        for column, field in enumerate(FIELDS, start=2):
            edit = QLineEdit(typed.get((row.account_id, field), ""))
            edit.setObjectName(f"weekly_{line - 1}_{field}")
            edit.setMinimumWidth(140 if field == "hashtags" else 60)
            if row.current is not None:
                edit.setPlaceholderText(self.last_text(row.current, field))
            self.grid.addWidget(self._under(edit, self.last_text(row.last, field)), line, column)
            edits[field] = edit
        self.edits.append(edits)

    def _under(self, top: QWidget, small: str, widen: bool = False) -> QWidget:
        """`top` with a small grey line under it (the last value, or the handle); unless
        `widen`, the line never widens the column (its tooltip has it whole)."""
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(top)
        was = QLabel(small)
        was.setStyleSheet("color: palette(placeholder-text); font-size: 8pt;")
        if not widen:
            was.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        was.setToolTip(small)
        column.addWidget(was)
        return cell

    def last_text(self, snapshot: object, field: str) -> str:
        if snapshot is None:
            return texts.DASH
        if field == "hashtags":
            tags = getattr(snapshot, "hashtags", ())
            return " ".join(isolate(t) for t in tags[:3]) if tags else texts.DASH
        return texts.count(self.ctx.fmt, getattr(snapshot, field))

    def _chain_tabs(self) -> None:
        """Tab goes through the fields in reading order (mirrored in Arabic), then Save."""
        chain: list[QWidget] = [self.day]
        chain += [edits[f] for edits in self.edits for f in FIELDS]
        chain.append(self.save_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_first(self) -> None:
        if self.edits:
            self.edits[0]["followers"].setFocus()

    def import_sheet(self) -> None:
        """Choose a tracking sheet and open its import preview (the dialog emits the change)."""
        from PySide6.QtWidgets import QFileDialog

        from smm_desktop.ui.dialogs.competitor_import_dialog import (
            CompetitorImportDialog,
            summary_text,
        )

        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import competitor snapshots"), "",
            self.tr("Tracking sheets (*.csv *.xlsx *.xls *.txt *.tsv);;All files (*)"))
        if not chosen:
            return
        maker = getattr(self.window(), "import_backup", None)  # set by the controller, if at all
        backup = maker() if callable(maker) else None
        outcome, done = CompetitorImportDialog.run(self, self.ctx, Path(chosen), backup)
        if done and outcome is not None:
            self.message.setText(summary_text(self.ctx, outcome))

    # Saving

    def collect(self) -> tuple[list[tuple[int, SnapshotInput]], list[int], list[FieldError]]:
        """The rows with something typed, the form line of each, and what is wrong."""
        day, inputs, lines, errors = self.chosen_day(), [], [], []
        for i, (row, edits) in enumerate(zip(self.rows, self.edits, strict=True)):
            if not any(edits[f].text().strip() for f in FIELDS):
                continue
            values: dict[str, int | None] = {}
            for field in COUNTS:
                try:
                    values[field] = texts.parse_count(edits[field].text())
                except ValueError:
                    errors.append(FieldError(f"row{i}.{field}", "not_a_number"))
                    values[field] = None
            errors += check_counts(values, f"row{i}.")
            tags = split_hashtags(edits["hashtags"].text())
            inputs.append((row.account_id, SnapshotInput(day, hashtags=tags, **values)))  # type: ignore[arg-type]
            lines.append(i)
        return inputs, lines, errors

    def save(self) -> None:
        self._mark([])
        inputs, lines, errors = self.collect()
        if errors:
            self._show_errors(errors)
            return
        if not inputs:
            self.message.setText(self.tr("Nothing to save: type at least one value."))
            return
        self._save(inputs, lines, replace=False)

    def _save(self, inputs: list[tuple[int, SnapshotInput]], lines: list[int],
              replace: bool) -> None:
        brand_id, day = self.ctx.scope.brand_id, self.chosen_day()
        previous = {r.account_id: r.current for r in self.rows}
        try:
            saved = self.service.save_weekly(brand_id, day, inputs, replace)
        except DuplicateConflict as err:
            if err.code == "duplicate_day":
                self._duplicate_day(inputs, lines)
                return
            self.message.setText(texts.error_text(err))
            return
        except ValidationFailed as err:
            self._show_errors([self._to_line(e, lines) for e in err.errors])
            return
        except EXPECTED as err:  # a storage fault or a conflict: what was typed stays
            self.message.setText(texts.error_text(err))
            return
        self._saved(WeeklySaveCommand(
            self.tr("Weekly check of competitors"), self.ctx.hub, self.service, brand_id, day,
            inputs, saved, previous))

    def _duplicate_day(self, inputs: list[tuple[int, SnapshotInput]], lines: list[int]) -> None:
        existing = {r.account_id for r in self.service.weekly_check(
            self.ctx.scope.brand_id, self.chosen_day()) if r.current is not None}
        answer = ask_update_or_keep(self, sum(1 for a, _ in inputs if a in existing))
        if answer is None:
            return
        if answer:
            self._save(inputs, lines, replace=True)
            return
        kept = [(pair, line) for pair, line in zip(inputs, lines, strict=True)
                if pair[0] not in existing]
        if kept:
            self._save([p for p, _ in kept], [line for _, line in kept], replace=False)
        else:
            self.message.setText(self.tr("Nothing saved: every account was already checked "
                                         "on this day."))

    def _saved(self, command: WeeklySaveCommand) -> None:
        self.ctx.undo.push(command)
        count = len(command.saved)
        for edits in self.edits:
            for edit in edits.values():
                edit.clear()
        text = self.tr("Saved snapshots: %1.").replace("%1", self.ctx.fmt.number(count))
        self.message.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)
        self.ctx.hub.changed.emit(DataHub.COMPETITORS)

    @staticmethod
    def _to_line(error: FieldError, lines: list[int]) -> FieldError:
        """The service numbers the rows it got; the form numbers all of its rows."""
        head, _, field = error.field.partition(".")
        if head.startswith("row") and head[3:].isdigit() and int(head[3:]) < len(lines):
            return FieldError(f"row{lines[int(head[3:])]}.{field}", error.code, error.params)
        return error

    def _show_errors(self, errors: list[FieldError]) -> None:
        self._mark(errors)
        self.message.setText("\n".join(self.error_line(e) for e in errors))
        first = self._edit_of(errors[0]) if errors else None
        if first is not None:
            first.setFocus()

    def error_line(self, error: FieldError) -> str:
        """"Row 2 (Café Noir, Instagram @cafenoir), Followers: This number cannot be below zero."""
        head, _, field = error.field.partition(".")
        if not (head.startswith("row") and head[3:].isdigit()) or int(head[3:]) >= len(self.rows):
            return texts.field_text(error)
        line = int(head[3:])
        row = self.rows[line]
        where = f"{isolate(row.competitor_name)}, {labels.platform_name(row.platform)} {ltr(row.handle)}"
        name = self.headers()[2 + FIELDS.index(field)] if field in FIELDS else field
        return (self.tr("Row %1 (%2), %3: %4").replace("%1", self.ctx.fmt.number(line + 1))
                .replace("%2", where).replace("%3", name).replace("%4", texts.field_text(error)))

    def _edit_of(self, error: FieldError) -> QLineEdit | None:
        head, _, field = error.field.partition(".")
        if head.startswith("row") and head[3:].isdigit() and int(head[3:]) < len(self.edits):
            return self.edits[int(head[3:])].get(field)
        return None

    def _mark(self, errors: list[FieldError]) -> None:
        wrong = {id(e) for e in (self._edit_of(x) for x in errors) if e is not None}
        for edits in self.edits:
            for edit in edits.values():
                edit.setStyleSheet(_ERROR_STYLE if id(edit) in wrong else "")
        if not errors:
            self.message.clear()
