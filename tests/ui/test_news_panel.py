"""The news page: filter, Space marks read, Enter opens, make an idea, a background refresh of
a local feed file, the feeds dialog, Arabic right to left, and the model under the tester."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from smm_desktop.domain.feeds import FeedKind
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.feed_fetch import FetchError, FetchResult, fetch
from smm_desktop.services.feeds import FeedInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.feed_dialog import FeedDialog
from smm_desktop.ui.dialogs.feeds_dialog import FeedsDialog
from smm_desktop.ui.panels.news_model import NewsModel, error_text, text_direction
from smm_desktop.ui.panels.news_panel import NewsPanel

FEEDS = Path(__file__).resolve().parents[1] / "data" / "feeds"
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def local_only(url: str, etag: str = "", modified: str = "") -> FetchResult:
    """The panel's fetcher in tests: local files only, never the network."""
    if not url.startswith("file:"):
        raise FetchError(url, "network", "no network in tests")
    return fetch(url, etag, modified)


@pytest.fixture
def panel(qtbot: QtBot, ctx: UiContext) -> NewsPanel:
    feeds = ctx.services.feeds
    feeds.ensure_defaults()
    for feed in feeds.list_feeds():  # the defaults are on the web: off in tests
        feeds.set_enabled(feed.id, feed.version, False)
    news = feeds.create(FeedInput("Local news", (FEEDS / "rss2.xml").as_uri())).id
    platform = feeds.create(FeedInput("منصات", (FEEDS / "atom_ar.xml").as_uri(),
                                      FeedKind.PLATFORM)).id
    feeds.store(news, fetch(str(FEEDS / "rss2.xml")))
    feeds.store(platform, fetch(str(FEEDS / "atom_ar.xml")))
    brand = ctx.services.brands.create(BrandInput("Bloom & Co.", country="GB"))
    ctx.scope.set_brand(brand.id)
    made = NewsPanel(ctx)
    made.fetch = local_only
    qtbot.addWidget(made)
    made.resize(320, 700)
    made.show()
    qtbot.waitExposed(made)
    return made


def _titles(panel: NewsPanel) -> list[str]:
    return [i.title for i in panel.model.items]


def test_filters(panel: NewsPanel) -> None:
    assert len(_titles(panel)) == 5
    panel.filter.setCurrentIndex(panel.filter.findData("platform"))
    assert _titles(panel) == ["تيك توك تطلق أدوات جديدة للمعلنين في السعودية",
                              "واتساب يختبر القنوات المدفوعة"]
    panel.filter.setCurrentIndex(panel.filter.findData("news"))
    assert len(_titles(panel)) == 3
    assert panel.status.text() == "Unread: 5"


def test_space_marks_read_and_undo(qtbot: QtBot, panel: NewsPanel, ctx: UiContext) -> None:
    panel.filter.setCurrentIndex(panel.filter.findData("unread"))
    panel.list.setCurrentIndex(panel.model.index(0))
    first = panel.current_item()
    assert first is not None
    qtbot.keyClick(panel.list, Qt.Key.Key_Space)
    assert first.id not in {i.id for i in panel.model.items}
    assert panel.status.text() == "Unread: 4"
    ctx.undo.undo()
    assert first.id in {i.id for i in panel.model.items}


def test_enter_opens_the_link_and_marks_read(qtbot: QtBot, panel: NewsPanel,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    row = next(r for r, i in enumerate(panel.model.items) if i.link)
    panel.list.setCurrentIndex(panel.model.index(row))
    link = panel.model.items[row].link
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert opened == [QUrl(link).toString()]
    assert panel.model.items[row].read


def test_make_an_idea(panel: NewsPanel, ctx: UiContext) -> None:
    panel.list.setCurrentIndex(panel.model.index(0))
    item = panel.current_item()
    assert item is not None
    panel.idea_button.click()
    bank = ctx.services.posts.idea_bank(ctx.scope.brand_id)
    assert [p.topic for p in bank] == [item.title] and item.link in bank[0].notes_for_design
    assert panel.model.items[0].idea_post_id == bank[0].id
    ctx.undo.undo()
    assert ctx.services.posts.idea_bank(ctx.scope.brand_id) == []


def test_make_an_idea_asks_for_the_brand(panel: NewsPanel, ctx: UiContext,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    other = ctx.services.brands.create(BrandInput("مقهى النخيل"))
    ctx.scope.brand_id = 0  # none chosen
    asked: list[Any] = []

    def get_item(*args: Any) -> tuple[str, bool]:
        asked.append(args[3])
        return "مقهى النخيل", True
    monkeypatch.setattr("smm_desktop.ui.panels.news_panel.QInputDialog.getItem", get_item)
    panel.list.setCurrentIndex(panel.model.index(1))
    panel.make_idea()
    assert asked == [["Bloom & Co.", "مقهى النخيل"]]
    assert len(ctx.services.posts.idea_bank(other.id)) == 1


def test_refresh_reads_a_local_file_in_the_background(qtbot: QtBot, panel: NewsPanel,
                                                       ctx: UiContext, tmp_path: Path) -> None:
    feed = tmp_path / "extra.xml"
    feed.write_bytes((FEEDS / "rss2.xml").read_bytes().replace(b"smt-2026-11-27-reels",
                                                               b"fresh-guid"))
    ctx.services.feeds.create(FeedInput("Extra", feed.as_uri()))
    broken = ctx.services.feeds.create(FeedInput("Broken", (FEEDS / "page.html").as_uri()))
    panel.refresh()
    panel.refresh()  # in flight: not started twice
    assert panel.refreshing and not panel.refresh_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.refreshing, timeout=10_000)
    assert panel.status.text() == "New items: 3"
    assert "fresh-guid" in {i.guid for i in panel.model.items}
    assert ctx.services.feeds.get(broken.id).error.startswith("not_a_feed")
    assert "Broken: this address is not an RSS or Atom feed" in panel.errors.text()


def test_arabic_titles_go_right_to_left(panel: NewsPanel) -> None:
    assert text_direction("تيك توك") == Qt.LayoutDirection.RightToLeft
    assert text_direction("«Bloom»") == Qt.LayoutDirection.LeftToRight
    assert text_direction("123") is None
    panel.filter.setCurrentIndex(panel.filter.findData("platform"))
    from smm_desktop.ui.panels.news_model import DIRECTION_ROLE
    assert panel.model.index(0).data(DIRECTION_ROLE) == Qt.LayoutDirection.RightToLeft
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    panel.list.viewport().repaint()


def test_trends_menu_has_the_brand_country(panel: NewsPanel) -> None:
    panel.fill_trends()
    urls = [a.data() for a in panel.trends.menu().actions()]
    assert "https://trends.google.com/trending?geo=GB" in urls and len(urls) == 4


def test_model_passes_the_tester(ctx: UiContext, panel: NewsPanel) -> None:
    model = NewsModel(ctx.fmt)
    tester = QAbstractItemModelTester(model, FATAL)
    model.set_items(ctx.services.feeds.items())
    model.set_items([])
    assert tester is not None


def test_error_texts() -> None:
    assert error_text("http: 404") == "the site answered with error 404"
    assert error_text("HTTP 404") == "HTTP 404"


def test_feeds_dialog_add_disable_move_delete_undo(qtbot: QtBot, ctx: UiContext,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = FeedsDialog(None, ctx)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(FeedDialog, "run", classmethod(
        lambda cls, parent, validator, initial=None: (
            FeedInput("Mine", "https://example.com/rss"), True)))
    dialog.add()
    dialog.add()
    assert [f.title for f in ctx.services.feeds.list_feeds()] == ["Mine", "Mine"]
    first, second = (f.id for f in ctx.services.feeds.list_feeds())
    dialog.select(second)
    dialog.move_feed(-1)
    assert [f.id for f in ctx.services.feeds.list_feeds()] == [second, first]
    item = dialog.list.topLevelItem(0)
    assert item is not None
    item.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not ctx.services.feeds.get(second).enabled)
    dialog.select(second)
    dialog.delete()
    assert [f.id for f in ctx.services.feeds.list_feeds()] == [first]
    ctx.undo.undo()
    assert [f.id for f in ctx.services.feeds.list_feeds()] == [second, first]


def test_feed_dialog_refuses_a_bad_address(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = FeedDialog(None, ctx.services.feeds.validate, None)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Mine")
    dialog.url.setText("not a url")
    dialog._try_accept()
    assert dialog.error_text("url") == "Enter a full web address starting with https://"
    assert dialog.url.layoutDirection() == Qt.LayoutDirection.LeftToRight
