"""The news page's list: items as two lines (the title in its own direction, bold while
unread; the feed and the date below), and the texts of feed kinds, errors and trend pages."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override

from smm_desktop.domain.feeds import FeedKind
from smm_desktop.services.feeds import ItemData
from smm_desktop.ui.bidi import isolate
from smm_desktop.ui.i18n import Formatter, digits_in
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 3
TITLE_LINES = 3
PAD = 6
Index = QModelIndex | QPersistentModelIndex

KIND_LABELS = {FeedKind.NEWS: QT_TRANSLATE_NOOP("NewsText", "Field news"),
               FeedKind.PLATFORM: QT_TRANSLATE_NOOP("NewsText", "Platform updates")}
TREND_LABELS = {
    "google": QT_TRANSLATE_NOOP("NewsText", "Google Trends: trending now"),
    "x": QT_TRANSLATE_NOOP("NewsText", "X: trending"),
    "tiktok": QT_TRANSLATE_NOOP("NewsText", "TikTok Creative Center: trending hashtags"),
    "youtube": QT_TRANSLATE_NOOP("NewsText", "YouTube: rising searches"),
}
ERRORS = {
    "http": QT_TRANSLATE_NOOP("NewsText", "the site answered with error %1"),
    "network": QT_TRANSLATE_NOOP("NewsText", "could not connect (%1)"),
    "file": QT_TRANSLATE_NOOP("NewsText", "the file could not be read (%1)"),
    "too_large": QT_TRANSLATE_NOOP("NewsText", "the feed is too large to read"),
    "empty": QT_TRANSLATE_NOOP("NewsText", "the feed is empty"),
    "not_a_feed": QT_TRANSLATE_NOOP("NewsText", "this address is not an RSS or Atom feed"),
    "bad_address": QT_TRANSLATE_NOOP("NewsText", "only web and file addresses can be read"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("NewsText", text)


def kind_label(kind: FeedKind) -> str:
    return _tr(KIND_LABELS[kind])


def trend_label(key: str) -> str:
    return _tr(TREND_LABELS.get(key, key))


def error_text(stored: str) -> str:
    """A refresh's stored error ("code: detail") in the person's language; text stored in
    another form is shown as it is."""
    code, _, detail = stored.partition(": ")
    if code not in ERRORS:
        return stored
    return _tr(ERRORS[code]).replace("%1", digits_in(detail) if code == "http" else detail)


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the text's first strong letter (None when it has none)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


def local_date(when: datetime, fmt: Formatter) -> str:
    """A UTC time as the locale's short date of the computer's time zone."""
    local = when.replace(tzinfo=UTC).astimezone()
    return fmt.date(QDate(local.year, local.month, local.day))


class NewsModel(QAbstractListModel):
    """The items shown, newest first, as the service gave them."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self.items: list[ItemData] = []

    def set_items(self, items: list[ItemData]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.summary or item.title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(not item.read)
            return font
        return self._extra(item, role)

    def _extra(self, item: ItemData, role: int) -> Any:
        if role == ITEM_ROLE:
            return item
        if role == META_ROLE:
            meta = f"{isolate(item.feed_title)} · {local_date(item.when, self._fmt)}"
            if item.idea_post_id is not None:
                meta += " · " + QCoreApplication.translate("NewsText", "idea made")
            return meta
        if role == DIRECTION_ROLE:
            return text_direction(item.title)
        return None

    def row_of(self, item_id: int) -> int:
        return next((row for row, item in enumerate(self.items) if item.id == item_id), -1)


class NewsDelegate(QStyledItemDelegate):
    """Two lines per item; the title wraps (up to three lines) in its own direction."""

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(PAD, PAD // 2, -PAD, -PAD // 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected
                                     else QPalette.ColorRole.Text))
        height = _title_height(opt.font, title, rect.width())
        direction = index.data(DIRECTION_ROLE) or opt.direction
        painter.drawText(QRectF(rect.x(), rect.y(), rect.width(), height), title,
                         _text_option(direction, wrap=True))
        self._paint_meta(painter, opt, index, rect, height, selected)
        painter.restore()

    @staticmethod
    def _paint_meta(painter: QPainter, opt: QStyleOptionViewItem, index: Index, rect: QRect,
                    top: int, selected: bool) -> None:
        font = QFont(opt.font)
        font.setBold(False)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        painter.setFont(font)
        palette = opt.palette
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected
                                     else QPalette.ColorRole.PlaceholderText))
        metrics = QFontMetrics(font)
        meta = metrics.elidedText(str(index.data(META_ROLE) or ""),
                                  Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRectF(rect.x(), rect.y() + top + 2, rect.width(), _meta_height(font)),
                         meta, _text_option(opt.direction, wrap=False))

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = option.widget
        viewport = getattr(widget, "viewport", None)
        width = (viewport().width() if viewport is not None else 300) - 2 * PAD
        title = _title_height(opt.font, opt.text, max(60, width))
        meta = _meta_height(opt.font)
        return QSize(max(60, width), title + meta + PAD + 8)


def _meta_height(font: QFont) -> int:
    """Room for the feed and date line: Arabic letters and digits come from a fallback font
    whose line is taller than the Latin one's."""
    return QFontMetrics(font).height() * 3 // 2


def _title_height(font: QFont, text: str, width: int) -> int:
    metrics = QFontMetrics(font)
    bound = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
    return min(bound.height(), metrics.lineSpacing() * TITLE_LINES)


def _text_option(direction: Qt.LayoutDirection, wrap: bool) -> QTextOption:
    option = QTextOption(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap)
    return option


