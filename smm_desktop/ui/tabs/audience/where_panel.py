"""Where the audience is: the personas-by-platforms matrix, editable, and what it recommends."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.domain.enums import Platform
from smm_desktop.ui import labels
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.persona_matrix import SHARE_MAX, SHARE_MIN, PersonaMatrixModel
from smm_desktop.ui.tabs.audience.advice import advice
from smm_desktop.ui.tabs.audience.chosen_panel import ChosenPlatformsPanel
from smm_desktop.ui.undo import ChangeCommand

AnyIndex = QModelIndex | QPersistentModelIndex


class ShareDelegate(QStyledItemDelegate):
    """A spin box from 0 to 100 percent."""

    @override

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(SHARE_MIN, SHARE_MAX)
        box.setSuffix(self.tr("%"))
        box.setFrame(False)
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return box

    @override

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    @override

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class WherePanel(QGroupBox):
    """Saves an edited share through the undo stack; the tab reloads it on data changes. The
    brand's chosen platforms sit beside the advice (they reload themselves)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Where the audience is"), parent)
        self.ctx = ctx
        self.model = PersonaMatrixModel(ctx.fmt, self)
        self.model.share_edited.connect(self._save_share)
        self.view = self._build_view()
        hint = QLabel(self.tr(
            "How much of each segment is on each platform: go where your audience is, not where "
            "your competitors are. Select a cell and type a number, or press F2, to change it; "
            "Delete clears it."))
        hint.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setObjectName("audienceAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chosen = ChosenPlatformsPanel(ctx)
        below = QHBoxLayout()
        below.addWidget(self.advice, 1)
        below.addWidget(self.chosen, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view)
        layout.addLayout(below)

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("personaMatrixView")
        view.setModel(self.model)
        view.setItemDelegate(ShareDelegate(view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        clear = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.clear_current)
        return view

    def reload(self) -> None:
        brand_id = self.ctx.scope.brand_id
        matrix = self.ctx.services.personas.platform_matrix(brand_id) if brand_id else None
        self.model.set_personas(matrix.personas if matrix else (),
                                matrix.platforms if matrix else tuple(Platform))
        services = self.ctx.services
        accounts = services.accounts.list_accounts(brand_id, False) if brand_id else []
        chosen = services.platforms.list(brand_id) if brand_id else []
        lines = advice(self.model.recommendation, {a.platform for a in accounts}, self.ctx.fmt,
                       {c.platform for c in chosen})
        self.advice.setText("\n".join(lines))
        self.advice.setVisible(bool(lines))
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows (and a scroll bar), so the advice sits right under them."""
        view, rows = self.view, max(self.model.rowCount(), 1)
        height = (view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                  + view.verticalHeader().defaultSectionSize() * rows
                  + view.horizontalScrollBar().sizeHint().height())
        view.setFixedHeight(height)

    def clear_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.setData(index, 0, Qt.ItemDataRole.EditRole)

    def _save_share(self, persona_id: int, platform: str, share: int) -> None:
        row = self.model.persona_ids().index(persona_id)
        persona = self.model.persona(row)
        if persona is None:
            return
        before, after = dict(persona.platforms), self.model.shares(row)
        text = self.tr("Set %1 on %2 to %3%").replace("%1", persona.name).replace(
            "%2", labels.platform_name(Platform(platform))).replace(
            "%3", self.ctx.fmt.number(share))
        self.ctx.undo.push(ChangeCommand(
            text, self.ctx.hub, DataHub.PERSONAS, persona,
            self.ctx.services.personas.set_platforms, before, after))
