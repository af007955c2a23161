"""The post editor's Results page: typed per account, saved undoably (on its button or with the
post), bad numbers named and kept; imported numbers show their source; a post found only in an
export is marked not planned (editor and list view); the list view's Reach, Engagements and
Eng. rate columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from smm_desktop.db.models import Post, PostMetric
from smm_desktop.domain.enums import Platform, PostStatus, SnapshotSource
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.numbers_data import PostMetricsInput
from smm_desktop.services.post_data import PostData, PostInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.post_dialog import PostDialog
from smm_desktop.ui.formula_labels import formula_tooltip
from smm_desktop.ui.models.post_list import Names, PostFilter, PostListModel

YESTERDAY = date.today() - timedelta(days=1)


@dataclass(frozen=True)
class Setup:
    brand: int
    x: int
    insta: int
    post: PostData


@pytest.fixture
def setup(ctx: UiContext) -> Setup:
    s = ctx.services
    brand = s.brands.create(BrandInput(name="Bloom & Co."))
    x = s.accounts.create(brand.id, AccountInput(Platform.X, "bloom"))
    insta = s.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloom.co"))
    post = s.posts.create(brand.id, PostInput(
        topic="Peonies", status=PostStatus.PUBLISHED, account_ids=(x.id, insta.id),
        scheduled_at=datetime.combine(YESTERDAY, datetime.min.time()) + timedelta(hours=9)))
    return Setup(brand.id, x.id, insta.id, post)


def _dialog(qtbot: QtBot, ctx: UiContext, setup: Setup,
            post: PostData | None = None) -> PostDialog:
    dialog = PostDialog(None, ctx, setup.brand, post or ctx.services.posts.get(setup.post.id))
    qtbot.addWidget(dialog)
    return dialog


def test_an_idea_has_no_results_page(qtbot: QtBot, ctx: UiContext, setup: Setup) -> None:
    idea = ctx.services.posts.create(setup.brand, PostInput(topic="Some day"))
    assert _dialog(qtbot, ctx, setup, idea).results is None
    assert _dialog(qtbot, ctx, setup).results is not None


def test_typed_results_save_and_undo(qtbot: QtBot, ctx: UiContext, setup: Setup) -> None:
    dialog = _dialog(qtbot, ctx, setup)
    page = dialog.results
    assert page is not None and page.account_id() == setup.x
    page.edits["reach"].setText("1,000")
    page.edits["likes"].setText("٨٠")
    page.edits["comments"].setText("20")
    assert page.dirty()
    assert page.save()
    stored = ctx.services.metrics.post_metrics(setup.post.id)
    assert [(m.account_id, m.reach, m.likes, m.comments, m.source) for m in stored] == [
        (setup.x, 1000, 80, 20, SnapshotSource.MANUAL)]
    assert "Typed by hand" in page.source.text() and not page.dirty()
    page.edits["reach"].setText("2000")
    assert page.save()
    ctx.undo.undo()
    assert ctx.services.metrics.post_metrics(setup.post.id)[0].reach == 1000
    ctx.undo.undo()
    assert ctx.services.metrics.post_metrics(setup.post.id) == []
    ctx.undo.redo()
    assert ctx.services.metrics.post_metrics(setup.post.id)[0].reach == 1000


def test_bad_numbers_are_named_and_kept(qtbot: QtBot, ctx: UiContext, setup: Setup) -> None:
    dialog = _dialog(qtbot, ctx, setup)
    page = dialog.results
    assert page is not None
    page.edits["likes"].setText("-3")
    page.edits["shares"].setText("a few")
    page.edits["reach"].setText("12.5")
    assert not page.save()
    assert "Shares" in page.errors.text() and "Reach" in page.errors.text()
    page.edits["shares"].setText("")
    page.edits["reach"].setText("")
    assert not page.save()
    assert "below zero" in page.errors.text()
    assert page.edits["likes"].text() == "-3"
    assert ctx.services.metrics.post_metrics(setup.post.id) == [] and ctx.undo.count() == 0


def test_each_account_keeps_its_own_numbers(qtbot: QtBot, ctx: UiContext, setup: Setup) -> None:
    dialog = _dialog(qtbot, ctx, setup)
    page = dialog.results
    assert page is not None
    page.edits["reach"].setText("100")
    page.account.setCurrentIndex(page.account.findData(setup.insta))
    assert page.edits["reach"].text() == ""
    page.edits["reach"].setText("300")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 1
    found = {m.account_id: m.reach for m in ctx.services.metrics.post_metrics(setup.post.id)}
    assert found == {setup.x: 100, setup.insta: 300}


def test_a_refused_results_save_keeps_the_editor_open(qtbot: QtBot, ctx: UiContext,
                                                      setup: Setup) -> None:
    dialog = _dialog(qtbot, ctx, setup)
    page = dialog.results
    assert page is not None
    page.edits["likes"].setText("-1")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 0 and dialog.tabs.currentWidget() is page
    assert dialog.topic.text() == "Peonies"


def _mark_imported(ctx: UiContext, post_id: int) -> None:
    with ctx.services.workspace.session_factory.begin() as s:
        s.execute(update(Post).where(Post.id == post_id).values(origin="import"))


def test_imported_numbers_show_their_source_and_not_planned(
        qtbot: QtBot, ctx: UiContext, setup: Setup) -> None:
    ctx.services.metrics.save_post_metrics(setup.post.id, setup.x,
                                           PostMetricsInput(YESTERDAY, reach=50), None)
    with ctx.services.workspace.session_factory.begin() as s:
        s.execute(update(PostMetric).values(source="import"))
    _mark_imported(ctx, setup.post.id)
    post = ctx.services.posts.get(setup.post.id)
    assert post.origin == "import" and post.to_input() == setup.post.to_input()
    dialog = _dialog(qtbot, ctx, setup, post)
    assert dialog.results is not None and "Imported" in dialog.results.source.text()
    assert dialog.findChild(QLabel, "unplannedNote") is not None
    model = PostListModel(ctx.fmt, Names())
    model.set_records([post])
    assert model.index(0, 3).data() == "Published (not planned)"


def test_the_list_view_columns(ctx: UiContext, setup: Setup, qapp: QApplication) -> None:
    other = ctx.services.posts.create(setup.brand, PostInput(
        topic="Tulips", scheduled_at=datetime.combine(YESTERDAY, datetime.min.time())))
    metrics = ctx.services.metrics
    metrics.save_post_metrics(setup.post.id, setup.x,
                              PostMetricsInput(YESTERDAY, reach=1000, likes=30, comments=10), None)
    metrics.save_post_metrics(setup.post.id, setup.insta,
                              PostMetricsInput(YESTERDAY, reach=1000, engagements=60), None)
    model = PostListModel(ctx.fmt, Names())
    proxy = PostFilter()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_numbers(metrics.post_metrics_for([setup.post.id, other.id]))
    model.set_records([setup.post, other])
    last = model.columnCount() - 3
    headers = [model.headerData(last + i, Qt.Orientation.Horizontal) for i in range(3)]
    assert headers == ["Reach", "Engagements", "Eng. rate"]
    assert [model.index(0, last + i).data() for i in range(3)] == [
        ctx.fmt.number(2000), "100", "5%"]
    assert [model.index(1, last + i).data() for i in range(3)] == ["—", "—", "—"]
    assert model.headerData(last + 2, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) == formula_tooltip(
        "engagement_rate_reach")
    proxy.sort(last, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 2).data() == "Peonies"


def test_the_list_panel_reads_the_numbers_once(qtbot: QtBot, ctx: UiContext,
                                               setup: Setup) -> None:
    from smm_desktop.ui.tabs.calendar.list_view import PostListPanel

    asked: list[list[int]] = []

    def numbers(ids: list[int]) -> dict:  # type: ignore[type-arg]
        asked.append(ids)
        return ctx.services.metrics.post_metrics_for(ids)

    panel = PostListPanel(ctx.fmt, numbers=numbers)
    qtbot.addWidget(panel)
    panel.set_posts([setup.post], Names())
    assert asked == [[setup.post.id]]


def test_right_to_left(qtbot: QtBot, ctx: UiContext, setup: Setup, qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = _dialog(qtbot, ctx, setup)
        assert dialog.results is not None
        assert dialog.results.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.results.permalink.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
