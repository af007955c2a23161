"""Shared pieces of the Calendar tab tests: a brand with accounts, posts, the shown tab, and
drag and drop sent as events to a view's viewport (QTest cannot drive a QDrag offscreen)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform, PostStatus
from smm_desktop.services.accounts import AccountData, AccountInput
from smm_desktop.services.brands import BrandData, BrandInput
from smm_desktop.services.post_data import PostData, PostInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs.calendar.calendar_tab import CalendarTab
from smm_desktop.ui.tabs.calendar.month_view import MonthView

TODAY = date(2027, 3, 10)  # a Wednesday; the tests' "today"


def make_brand(ctx: UiContext, with_account: bool = True,
               name: str = "Bloom & Co.") -> tuple[BrandData, list[AccountData]]:
    brand = ctx.services.brands.create(BrandInput(name=name))
    accounts = []
    if with_account:
        accounts = [ctx.services.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloom")),
                    ctx.services.accounts.create(brand.id, AccountInput(Platform.X, "bloomco"))]
    ctx.scope.set_brand(brand.id)
    return brand, accounts


def add_post(ctx: UiContext, brand: BrandData, topic: str, at: datetime | None,
             accounts: Sequence[int] = (), status: PostStatus = PostStatus.DRAFT) -> PostData:
    return ctx.services.posts.create(brand.id, PostInput(
        topic=topic, status=status, scheduled_at=at, account_ids=tuple(accounts)))


def make_tab(qtbot: QtBot, ctx: UiContext, month: tuple[int, int] = (2027, 3)) -> CalendarTab:
    """The tab, shown on `month`, with TODAY as today."""
    tab = CalendarTab(ctx)
    tab.edits.today = lambda: TODAY
    tab.year, tab.month = month
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def fetch(ctx: UiContext, post: PostData) -> PostData:
    return ctx.services.posts.get(post.id)


def cell_point(view: MonthView, day: date) -> QPoint:
    """The middle of the day's tile, in viewport coordinates."""
    rect = view.visualRect(view.month.index_of(day))
    assert rect.isValid(), day
    return rect.center()


def send_drop(view: QAbstractItemView, mime: QMimeData, pos: QPoint, copy: bool = False) -> bool:
    """Enter, move and drop on the viewport, Ctrl held for a copy; True when the drop was taken."""
    viewport = view.viewport()
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    mods = Qt.KeyboardModifier.ControlModifier if copy else Qt.KeyboardModifier.NoModifier
    button = Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(pos, actions, mime, button, mods)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(pos, actions, mime, button, mods)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(QPointF(pos), actions, mime, button, mods)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def answer_question(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[str]:
    """Make QMessageBox.question answer; returns the texts it was asked."""
    asked: list[str] = []

    def question(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked
