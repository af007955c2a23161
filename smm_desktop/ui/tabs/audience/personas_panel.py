"""The current brand's personas as cards: new, edit, duplicate, archive, delete and reorder,
every change undoable; drag and drop has Alt+Up and Alt+Down as its keyboard twin."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.services.personas import PersonaData
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.persona_dialog import PersonaDialog, PersonaEdit
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.personas import PersonaListModel, merge_order
from smm_desktop.ui.tabs.audience.persona_card import PersonaCardDelegate, card_height
from smm_desktop.ui.undo import (
    ChangeCommand,
    CreateCommand,
    DeleteCommand,
    ReorderCommand,
    swap_order,
)

COPY_NAME_MAX = 100  # room for the " (copy)" a duplicate's name gets


class PersonasPanel(QGroupBox):
    """Emits `current_changed(id)`; the tab reloads it when the data or the brand changes."""

    current_changed = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Personas (audience segments)"), parent)
        self.ctx = ctx
        self.model = PersonaListModel(ctx.fmt, self)
        self.model.reorder_requested.connect(self.reorder, Qt.ConnectionType.QueuedConnection)
        self.view = self._build_view()
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.reload)
        self.buttons = QHBoxLayout()
        self._build_buttons()
        top = QHBoxLayout()
        top.addStretch()
        top.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)

    def _build_view(self) -> QListView:
        view = QListView()
        view.setObjectName("personasView")
        view.setModel(self.model)
        view.setItemDelegate(PersonaCardDelegate(view))
        view.setFlow(QListView.Flow.LeftToRight)
        view.setWrapping(True)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setUniformItemSizes(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.selectionModel().currentChanged.connect(lambda *_: self._on_current())
        view.activated.connect(lambda _index: self.edit_persona())
        view.setMinimumHeight(card_height(view.fontMetrics()) + 2 * view.frameWidth() + 8)
        return view

    def _build_buttons(self) -> None:
        self.new_button = self._button(self.tr("New persona…"), self.new_persona, "Insert")
        self.edit_button = self._button(self.tr("Edit…"), self.edit_persona)
        self.duplicate_button = self._button(self.tr("Duplicate"), self.duplicate, "Ctrl+D")
        self.archive_button = self._button(self.tr("Archive"), self.toggle_archived)
        self.delete_button = self._button(self.tr("Delete"), self.delete_persona, "Delete")
        self.earlier_button = self._button(self.tr("Move earlier"), self.move_earlier, "Alt+Up")
        self.later_button = self._button(self.tr("Move later"), self.move_later, "Alt+Down")
        self.buttons.addStretch()

    def _button(self, text: str, slot: Callable[[], None], shortcut: str = "") -> QPushButton:
        """A button, and its key on the cards (only there: other views use the same keys)."""
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        if shortcut:
            key = QShortcut(QKeySequence(shortcut), self.view)
            key.setContext(Qt.ShortcutContext.WidgetShortcut)
            key.activated.connect(slot)
            button.setToolTip(QKeySequence(shortcut).toString(
                QKeySequence.SequenceFormat.NativeText))
        return button

    # --- what is shown

    def reload(self) -> None:
        """The current card stays current; when it is gone, the one now in its place is."""
        keep, row, brand_id = self.current_id(), self.view.currentIndex().row(), self.ctx.scope.brand_id
        records = (self.ctx.services.personas.list_personas(brand_id, self.show_archived.isChecked())
                   if brand_id else [])
        self.model.set_records(records)
        if self.model.row_of(keep) < 0 and records:
            keep = records[min(max(row, 0), len(records) - 1)].id
        self.select_id(keep)
        self._update_buttons()

    def current_persona(self) -> PersonaData | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def current_id(self) -> int:
        persona = self.current_persona()
        return persona.id if persona else 0

    def select_id(self, ident: int) -> None:
        row = self.model.row_of(ident)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_current(self) -> None:
        self._update_buttons()
        self.current_changed.emit(self.current_id())

    def _update_buttons(self) -> None:
        persona, row = self.current_persona(), self.view.currentIndex().row()
        self.new_button.setEnabled(bool(self.ctx.scope.brand_id))
        for button in (self.edit_button, self.duplicate_button, self.archive_button,
                       self.delete_button):
            button.setEnabled(persona is not None)
        self.earlier_button.setEnabled(persona is not None and row > 0)
        self.later_button.setEnabled(persona is not None and row < self.model.rowCount() - 1)
        archived = persona is not None and persona.archived
        self.archive_button.setText(self.tr("Unarchive") if archived else self.tr("Archive"))

    def active_count(self, leaving_out: int = 0) -> int:
        """The brand's active personas, without the one being edited."""
        personas = self.ctx.services.personas.list_personas(self.ctx.scope.brand_id, False)
        return sum(p.id != leaving_out for p in personas)

    # --- changes, each one an undo command

    def new_persona(self) -> None:
        brand_id, personas = self.ctx.scope.brand_id, self.ctx.services.personas
        if not brand_id:
            return
        edit, ok = PersonaDialog.run(self.window(), lambda e: personas.validate(e.data),
                                     None, self.active_count())
        if not ok or edit is None:
            return
        command = CreateCommand(
            self.tr("Add persona %1").replace("%1", edit.data.name), self.ctx.hub,
            DataHub.PERSONAS, lambda: personas.create(brand_id, edit.data, dict(edit.shares)),
            personas.delete, personas.undelete)
        self.ctx.undo.push(command)
        if command.record is not None:
            self.select_id(command.record.id)

    def edit_persona(self) -> None:
        persona, personas = self.current_persona(), self.ctx.services.personas
        if persona is None:
            return
        before = PersonaEdit.of(persona)
        edit, ok = PersonaDialog.run(self.window(), lambda e: personas.validate(e.data),
                                     before, self.active_count(persona.id))
        if ok and edit is not None and edit != before:
            self.ctx.undo.push(ChangeCommand(
                self.tr("Edit persona %1").replace("%1", edit.data.name), self.ctx.hub,
                DataHub.PERSONAS, persona, self._write, before, edit))

    def _write(self, ident: int, version: int, edit: PersonaEdit) -> PersonaData:
        """The fields, then the shares: two saves, the second with the version the first gave."""
        personas = self.ctx.services.personas
        saved = personas.update(ident, version, edit.data)
        if saved.platforms == edit.shares:
            return saved
        return personas.set_platforms(saved.id, saved.version, dict(edit.shares))

    def duplicate(self) -> None:
        persona, personas = self.current_persona(), self.ctx.services.personas
        if persona is None:
            return
        name = self.tr("%1 (copy)").replace("%1", persona.name[:COPY_NAME_MAX])
        command = CreateCommand(
            self.tr("Duplicate persona %1").replace("%1", persona.name), self.ctx.hub,
            DataHub.PERSONAS, lambda: personas.duplicate(persona.id, name), personas.delete,
            personas.undelete)
        self.ctx.undo.push(command)
        if command.record is not None:
            self.select_id(command.record.id)

    def toggle_archived(self) -> None:
        persona = self.current_persona()
        if persona is None:
            return
        text = self.tr("Unarchive %1") if persona.archived else self.tr("Archive %1")
        self.ctx.undo.push(ChangeCommand(
            text.replace("%1", persona.name), self.ctx.hub, DataHub.PERSONAS, persona,
            self.ctx.services.personas.set_archived, persona.archived, not persona.archived))

    def delete_persona(self) -> None:
        persona, personas = self.current_persona(), self.ctx.services.personas
        if persona is None:
            return
        self.ctx.undo.push(DeleteCommand(
            self.tr("Delete persona %1").replace("%1", persona.name), self.ctx.hub,
            DataHub.PERSONAS, persona, personas.delete, personas.undelete))

    def move_earlier(self) -> None:
        self._swap(-1)

    def move_later(self) -> None:
        self._swap(1)

    def _swap(self, step: int) -> None:
        row = self.view.currentIndex().row()
        ids = swap_order(self.model.ids(), row, step)
        if ids is None:
            return
        name = self.model.record(row).name
        self._push_order(ids, self.tr("Move persona %1").replace("%1", name))

    def reorder(self, shown: list[int]) -> None:
        """Put the shown cards in this order (a drop asks for it)."""
        self._push_order(shown, self.tr("Reorder personas"))

    def _push_order(self, shown: list[int], text: str) -> None:
        """Hidden (archived) personas keep their places among the others."""
        brand_id, personas = self.ctx.scope.brand_id, self.ctx.services.personas
        if not brand_id:
            return
        before = [p.id for p in personas.list_personas(brand_id)]
        after = merge_order(before, shown)
        if after != before:
            self.ctx.undo.push(ReorderCommand(
                text, self.ctx.hub, DataHub.PERSONAS,
                lambda ids: personas.reorder(brand_id, ids), before, after))
