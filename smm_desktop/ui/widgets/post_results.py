"""The Results page of the post editor: a published post's numbers on each of its accounts
(impressions, reach, likes… as of a day, and the post's link there), typed by hand or shown
with their source when imported. Saved in one undoable step per account; a refused save keeps
what was typed."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.enums import SnapshotSource
from smm_desktop.domain.errors import FieldError
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.numbers_data import PostMetricsData, PostMetricsInput
from smm_desktop.services.post_data import PostData
from smm_desktop.ui import goal_text
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.number_labels import field_name, message
from smm_desktop.ui.undo import CallCommand

RESULT_FIELDS = ("impressions", "reach", "likes", "comments", "shares", "saves", "clicks",
                 "video_views", "follows")


class PostResultsCommand(CallCommand):
    """Write a post's numbers on one account; undo puts back what was there (or removes them)."""

    def __init__(self, text: str, ctx: UiContext, post_id: int, account_id: int,
                 before: PostMetricsData | None, after: PostMetricsInput) -> None:
        super().__init__(text, ctx.hub, DataHub.METRICS, self._do, self._undo)
        self.metrics, self.post_id, self.account_id = ctx.services.metrics, post_id, account_id
        self.before, self.after, self.current = before, after, before

    def _find(self) -> PostMetricsData | None:
        """The numbers as stored now (undo and redo may have re-created their row)."""
        return next((m for m in self.metrics.post_metrics(self.post_id)
                     if m.account_id == self.account_id), None)

    def _save(self, values: PostMetricsInput) -> None:
        found = self._find()
        self.current = self.metrics.save_post_metrics(
            self.post_id, self.account_id, values, found.version if found else None)

    def _do(self) -> None:
        self._save(self.after)

    def _undo(self) -> None:
        if self.before is not None:
            self._save(self.before.to_input())
        elif (found := self._find()) is not None:
            self.metrics.delete_post_metrics(found.id, found.version)
            self.current = None


class ResultsPage(QWidget):
    """Choose one of the post's accounts; its numbers below; Save results writes them."""

    def __init__(self, ctx: UiContext, post: PostData, accounts: list[AccountData],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postResults")
        self.ctx, self.post = ctx, post
        self.stored = {m.account_id: m for m in ctx.services.metrics.post_metrics(post.id)}
        self.drafts: dict[int, PostMetricsInput] = {}
        self.account = QComboBox()
        names = {a.id: goal_text.account_name(a) for a in accounts}
        for ident in post.account_ids:
            self.account.addItem(names.get(ident, "?"), ident)
        self.edits = {name: self._number_edit() for name in RESULT_FIELDS}
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setMaximumWidth(220)
        self.permalink = QLineEdit()
        self.permalink.setPlaceholderText("https://")
        self.permalink.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.source = QLabel()
        self.source.setObjectName("resultsSource")
        self.source.setWordWrap(True)
        self.errors = QLabel()
        self.errors.setObjectName("resultsErrors")
        self.errors.setStyleSheet("color: #b00020;")
        self.errors.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save results"))
        self.save_button.clicked.connect(self.save)
        self._layout()
        self._shown = 0
        self.account.currentIndexChanged.connect(lambda _i: self._switch())
        self._switch()

    @staticmethod
    def _number_edit() -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText("—")
        edit.setMaximumWidth(160)
        return edit

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Numbers as of"), self.as_of)
        for name, edit in self.edits.items():
            form.addRow(field_name(name), edit)
        form.addRow(self.tr("Link on the platform"), self.permalink)
        row = QHBoxLayout()
        row.addWidget(self.errors, 1)
        row.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.addWidget(self.source)
        column.addLayout(form)
        column.addLayout(row)
        column.addStretch(1)
        if not self.post.account_ids:
            self.source.setText(self.tr("Choose the post's accounts on the Brief page first."))
            self.setEnabled(False)

    def account_id(self) -> int:
        return int(self.account.currentData() or 0)

    def _switch(self) -> None:
        """Keep what was typed for the account left; show the chosen account's numbers."""
        if self._shown:
            self.drafts[self._shown] = self.typed()[0]
        self._shown = self.account_id()
        stored = self.stored.get(self._shown)
        self._fill(self.drafts.get(self._shown) or (stored.to_input() if stored else None))
        self._show_source(stored)
        self.errors.clear()

    def _fill(self, values: PostMetricsInput | None) -> None:
        fmt = self.ctx.fmt
        for name, edit in self.edits.items():
            value = getattr(values, name) if values else None
            edit.setText("" if value is None else fmt.number(value))
        day = values.as_of if values else min(date.today(), self._post_day())
        self.as_of.setDate(QDate(day.year, day.month, day.day))
        self.permalink.setText(values.permalink if values else self.post.published_url)

    def _post_day(self) -> date:
        when = self.post.scheduled_at
        return when.date() if when else date.today()

    def _show_source(self, stored: PostMetricsData | None) -> None:
        if stored is None:
            text = self.tr("No numbers yet: type them from the platform's insights, or import "
                           "its analytics export (File > Import).")
        elif stored.source is SnapshotSource.IMPORT:
            text = self.tr("Imported from an analytics export (numbers as of %1).")
        else:
            text = self.tr("Typed by hand (numbers as of %1).")
        day = goal_text.day(self.ctx.fmt, stored.as_of) if stored else ""
        self.source.setText(text.replace("%1", day))

    def typed(self) -> tuple[PostMetricsInput, list[FieldError]]:
        """What the form holds, and the fields that are not whole numbers."""
        values: dict[str, Any] = {}
        bad = []
        for name, edit in self.edits.items():
            try:
                number = goal_text.parse_number(edit.text())
            except ValueError:
                number = None
                bad.append(FieldError(name, "not_a_number"))
            if number is not None and number != int(number):
                bad.append(FieldError(name, "not_whole"))
            values[name] = None if number is None else int(number)
        day = self.as_of.date().toPython()
        assert isinstance(day, date)
        stored = self.stored.get(self.account_id())
        base = stored.to_input() if stored else PostMetricsInput(as_of=day)
        return replace(base, as_of=day, permalink=self.permalink.text().strip(), **values), bad

    def dirty(self) -> bool:
        """Something typed differs from what is stored (for any of the post's accounts)."""
        if not self.isEnabled():
            return False
        self.drafts[self.account_id()] = self.typed()[0]
        return any(self._differs(ident, draft) for ident, draft in self.drafts.items())

    def _differs(self, ident: int, draft: PostMetricsInput) -> bool:
        stored = self.stored.get(ident)
        if stored is None:
            return any(getattr(draft, f) is not None for f in RESULT_FIELDS) or bool(
                draft.permalink and draft.permalink != self.post.published_url)
        return any(getattr(draft, f.name) != getattr(stored, f.name)
                   for f in fields(PostMetricsInput))

    def save(self) -> bool:
        """Save the shown account's numbers; False (with the reasons shown) when refused."""
        values, bad = self.typed()
        errors = bad or self.ctx.services.metrics.validate_post_metrics(values)
        if errors:
            self.errors.setText("\n".join(
                f"{self._field_label(e.field)}: {message(e)}" for e in errors))
            return False
        ident = self.account_id()
        command = PostResultsCommand(self.tr("Save results"), self.ctx, self.post.id, ident,
                                     self.stored.get(ident), values)
        self.ctx.undo.push(command)
        if command.failed or command.current is None:
            return False
        self.stored[ident] = command.current
        self.drafts.pop(ident, None)
        self.errors.clear()
        self._show_source(command.current)
        return True

    def save_all(self) -> bool:
        """Save every account whose numbers were changed (the editor's Save calls this)."""
        self.drafts[self.account_id()] = self.typed()[0]
        for ident in [i for i, d in self.drafts.items() if self._differs(i, d)]:
            self.account.setCurrentIndex(self.account.findData(ident))
            if not self.save():
                return False
        return True

    def _field_label(self, field: str) -> str:
        if field == "as_of":
            return self.tr("Numbers as of")
        if field == "permalink":
            return self.tr("Link on the platform")
        return field_name(field) if field in RESULT_FIELDS else field
