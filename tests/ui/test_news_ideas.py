"""One idea per news item: after "Make an idea" the button is off (a second click makes no
second post); undo trashes the post, unlinks the item and puts its read mark back; a
missing local file reads as such, not as the network."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from smm_desktop.ui.context import UiContext
from smm_desktop.ui.panels.news_model import error_text
from smm_desktop.ui.panels.news_panel import NewsPanel

from .test_news_panel import panel  # noqa: F401  (the fixture)


def test_make_an_idea_once_and_undo_puts_the_item_back(
        qtbot: QtBot, panel: NewsPanel, ctx: UiContext) -> None:  # noqa: F811
    panel.filter.setCurrentIndex(panel.filter.findData("all"))
    panel.list.setCurrentIndex(panel.model.index(0))
    item = panel.current_item()
    assert item is not None and not item.read and panel.idea_button.isEnabled()
    panel.idea_button.click()
    made = panel.current_item()
    assert made is not None and made.id == item.id and made.idea_live and made.read
    assert not panel.idea_button.isEnabled()
    assert panel.idea_button.toolTip() == "Already in the idea bank"
    panel.make_idea()  # the shortcut or a stale click: still one post
    assert len(ctx.services.posts.idea_bank(ctx.scope.brand_id)) == 1
    ctx.undo.undo()
    assert ctx.services.posts.idea_bank(ctx.scope.brand_id) == []
    back = next(i for i in panel.model.items if i.id == item.id)
    assert back.idea_post_id is None and not back.read
    panel.list.setCurrentIndex(panel.model.index(panel.model.row_of(item.id)))
    assert panel.idea_button.isEnabled()
    ctx.undo.redo()
    assert len(ctx.services.posts.idea_bank(ctx.scope.brand_id)) == 1


def test_a_missing_file_is_named_as_a_file() -> None:
    assert error_text("file: No such file or directory") == (
        "the file could not be read (No such file or directory)")
