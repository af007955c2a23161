"""The brand's chosen platforms with the reason, set against where the audience is: add, edit the
reason, remove (undoable) and reorder; platforms the audience uses a lot are suggested."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget
from typing_extensions import override

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.platform_reach import PlatformReach, Recommendation, recommend, suggestions
from smm_desktop.services.platform_choice import ChosenInput, ChosenPlatformData, reason_errors
from smm_desktop.ui import labels
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.chosen_platform_dialog import ChosenPlatformDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.chosen_platforms import ChosenPlatformsModel, ChosenRow, chosen_rows
from smm_desktop.ui.undo import CallCommand, ChangeCommand, ReorderCommand, swap_order
from smm_desktop.ui.widgets.record_panel import RecordPanel

_RELOAD_ON = (DataHub.BRANDS, DataHub.PERSONAS, DataHub.ACCOUNTS, DataHub.PLATFORMS)


class _Held:
    """The record an add or remove command works on: re-created rows come back as new data."""

    def __init__(self, record: ChosenPlatformData | None) -> None:
        self.record = record
        self.first = True


class ChosenPlatformsPanel(RecordPanel):
    """Cheap to build: nothing is read until the panel is shown; hidden, changes only mark it."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Chosen platforms"), ChosenPlatformsModel(ctx.fmt), None, parent)
        self.ctx = ctx
        self._dirty = True
        self.setObjectName("chosenPlatformsPanel")
        self.view.setObjectName("chosenPlatformsView")
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.show_archived.hide()
        self.new_button = self.add_button(self.tr("Choose a platform…"), self.choose, "Insert")
        self.edit_button = self.add_button(self.tr("Edit reason…"), self.edit_reason, "Return")
        self.remove_button = self.add_button(self.tr("Remove"), self.remove, "Delete")
        self.earlier_button = self._arrow(Qt.ArrowType.UpArrow, self.tr("Move earlier (Alt+Up)"),
                                          self.move_earlier, "Alt+Up")
        self.later_button = self._arrow(Qt.ArrowType.DownArrow, self.tr("Move later (Alt+Down)"),
                                        self.move_later, "Alt+Down")
        self.finish_buttons()
        self._build_texts()
        self.current_changed.connect(lambda _id: self._update_buttons())
        self.activated.connect(lambda _id: self.edit_reason())
        ctx.hub.changed.connect(self._on_data_changed)
        ctx.scope.changed.connect(lambda _id: self.reload())

    def _build_texts(self) -> None:
        self.empty = QLabel(self.tr(
            "No platforms chosen yet. Choose the few where the brand will be, each with its "
            "reason: go where your audience is, not where your competitors are."))
        self.empty.setObjectName("chosenPlatformsEmpty")
        self.empty.setWordWrap(True)
        self.suggested = QWidget()
        self.suggested_rows = QVBoxLayout(self.suggested)
        self.suggested_rows.setContentsMargins(0, 0, 0, 0)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.empty)
        layout.insertWidget(3, self.suggested)

    def _arrow(self, arrow: Qt.ArrowType, tip: str, slot: Callable[[], None],
               shortcut: str) -> QToolButton:
        button = QToolButton()
        button.setArrowType(arrow)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        key = QShortcut(QKeySequence(shortcut), self.view)
        key.setContext(Qt.ShortcutContext.WidgetShortcut)
        key.activated.connect(slot)
        return button

    def _on_data_changed(self, area: str) -> None:
        if area in _RELOAD_ON:
            self.reload()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._load()

    def reload(self) -> None:
        """Read now when shown; otherwise when next shown."""
        self._dirty = True
        if self.isVisible():
            self._load()

    def _load(self) -> None:
        self._dirty = False
        keep, brand_id = self.current_id(), self.ctx.scope.brand_id
        choices = self.ctx.services.platforms.list(brand_id) if brand_id else []
        rec = self._recommendation(brand_id)
        accounts = self.ctx.services.accounts.list_accounts(brand_id, False) if brand_id else []
        self.model.set_records(chosen_rows(choices, rec, {a.platform for a in accounts}))
        self.select_id(keep)
        self._fit_height()
        self.empty.setVisible(not choices)
        self.view.setVisible(bool(choices))
        self._show_suggestions(suggestions(rec, {c.platform for c in choices}), rec.personas)
        self._update_buttons()

    def _fit_height(self) -> None:
        """As tall as its rows, so the tab gives it room instead of a scroll bar."""
        view, rows = self.view, max(self.model.rowCount(), 1)
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                            + view.verticalHeader().defaultSectionSize() * rows)

    def _recommendation(self, brand_id: int) -> Recommendation:
        if not brand_id:
            return recommend([])
        matrix = self.ctx.services.personas.platform_matrix(brand_id)
        return recommend([dict(p.platforms) for p in matrix.personas])

    def _show_suggestions(self, reaches: tuple[PlatformReach, ...], personas: int) -> None:
        while (item := self.suggested_rows.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for reach in reaches:
            self.suggested_rows.addWidget(self._suggestion(reach, personas))
        self.suggested.setVisible(bool(reaches))

    def _suggestion(self, reach: PlatformReach, personas: int) -> QWidget:
        name = labels.platform_name(reach.platform)
        label = QLabel(self.tr("Choose %1? %2").replace("%1", name).replace(
            "%2", self._there(reach, personas)))
        label.setWordWrap(True)
        button = QPushButton(self.tr("Choose %1…").replace("%1", name))
        button.setObjectName(f"suggest_{reach.platform.value}")
        button.clicked.connect(lambda: self._choose(ChosenInput(
            reach.platform, self._there(reach, personas))))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(label, 1)
        line.addWidget(button)
        return row

    def _there(self, reach: PlatformReach, personas: int) -> str:
        return self.tr("Segments spending at least half their time there: %1 of %2.").replace(
            "%1", self.ctx.fmt.number(reach.strong)).replace("%2", self.ctx.fmt.number(personas))

    def _update_buttons(self) -> None:
        row = self.view.currentIndex().row() if self.current_row() else -1
        self.new_button.setEnabled(bool(self.ctx.scope.brand_id))
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(row >= 0)
        self.earlier_button.setEnabled(row > 0)
        self.later_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def current_row(self) -> ChosenRow | None:
        record = self.current_record()
        return record if isinstance(record, ChosenRow) else None

    def choose(self) -> None:
        self._choose(None)

    def _choose(self, draft: ChosenInput | None) -> None:
        """A refused save (chosen meanwhile, a disk fault) reopens what was typed."""
        brand_id, service = self.ctx.scope.brand_id, self.ctx.services.platforms
        if not brand_id:
            return
        data, ok = ChosenPlatformDialog.run(
            self.window(), lambda d: service.validate(brand_id, d), draft)
        if not ok or data is None:
            return
        held = _Held(None)

        def add() -> None:
            held.record = (service.choose(brand_id, data) if held.record is None
                           else service.restore(held.record))

        def take_back() -> None:
            assert held.record is not None
            held.record = service.remove(held.record.id)

        command = CallCommand(self.tr("Choose platform: %1").replace(
            "%1", labels.platform_name(data.platform)), self.ctx.hub, DataHub.PLATFORMS,
            add, take_back)
        self.ctx.undo.push(command)
        if command.failed:
            self._choose(data)
        elif held.record is not None:
            self.select_id(held.record.id)

    def edit_reason(self) -> None:
        self._edit_reason(None)

    def _edit_reason(self, draft: ChosenInput | None) -> None:
        row, service = self.current_row(), self.ctx.services.platforms
        if row is None:
            return
        chosen = row.choice
        data, ok = ChosenPlatformDialog.run(self.window(), lambda d: reason_errors(d.reason),
                                            draft or chosen, editing=True)
        if not ok or data is None or data.reason == chosen.reason:
            return
        command = ChangeCommand(self.tr("Edit reason: %1").replace(
            "%1", labels.platform_name(chosen.platform)), self.ctx.hub, DataHub.PLATFORMS,
            chosen, service.set_reason, chosen.reason, data.reason)
        self.ctx.undo.push(command)
        if command.failed:
            self._edit_reason(data)

    def remove(self) -> None:
        row, service = self.current_row(), self.ctx.services.platforms
        if row is None:
            return
        held = _Held(row.choice)

        def drop() -> None:
            assert held.record is not None
            version = held.record.version if held.first else None
            held.record, held.first = service.remove(held.record.id, version), False

        def put_back() -> None:
            assert held.record is not None
            held.record = service.restore(held.record)

        self.ctx.undo.push(CallCommand(self.tr("Remove platform: %1").replace(
            "%1", labels.platform_name(row.choice.platform)), self.ctx.hub, DataHub.PLATFORMS,
            drop, put_back))

    def move_earlier(self) -> None:
        self._swap(-1)

    def move_later(self) -> None:
        self._swap(1)

    def _swap(self, step: int) -> None:
        row, brand_id = self.current_row(), self.ctx.scope.brand_id
        before = [r.id for r in self.model.records()]
        after = swap_order(before, self.view.currentIndex().row(), step)
        if row is None or not brand_id or after is None:
            return
        service = self.ctx.services.platforms
        self.ctx.undo.push(ReorderCommand(
            self.tr("Move platform: %1").replace("%1", labels.platform_name(row.choice.platform)),
            self.ctx.hub, DataHub.PLATFORMS, lambda ids: service.reorder(brand_id, ids),
            before, after))
        self.select_id(row.id)

    def chosen_platforms(self) -> list[Platform]:
        return [r.choice.platform for r in self.model.records()]
