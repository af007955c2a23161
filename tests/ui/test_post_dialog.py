"""The post editor through its real widgets: the round trip of every field, the caption counter,
the missing-brief note, hashtag sets, dropped and missing attachments, the rules' messages."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Approval, ContentType, Platform, PostPurpose, PostStatus
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.goal_data import SocialGoalInput
from smm_desktop.services.guides import HashtagSetInput
from smm_desktop.services.personas import PersonaInput
from smm_desktop.services.post_data import PillarInput, PostInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.post_dialog import PostDialog
from smm_desktop.ui.dialogs.post_form_parts import ROLE_ID
from smm_desktop.ui.widgets.attachments import MISSING_ROLE

OK = QDialogButtonBox.StandardButton.Ok


@dataclass(frozen=True)
class Brand:
    id: int
    x: int
    instagram: int
    goal: int
    persona: int
    pillar: int


@pytest.fixture
def brand(ctx: UiContext) -> Brand:
    """A brand with an X and an Instagram account, a goal, a persona, a pillar, two tag sets."""
    s = ctx.services
    b = s.brands.create(BrandInput(name="Bloom & Co."))
    x = s.accounts.create(b.id, AccountInput(Platform.X, "bloom"))
    insta = s.accounts.create(b.id, AccountInput(Platform.INSTAGRAM, "bloom.co"))
    goal = s.goals.create_goal(b.id, SocialGoalInput(account_id=x.id, title="More followers"))
    persona = s.personas.create(b.id, PersonaInput(name="Noura"))
    pillar = s.pillars.create(b.id, PillarInput(name="Tips", colour="#2a9d8f", target_share=40))
    s.guides.create_set(b.id, HashtagSetInput("Spring", ("#spring", "#flowers")))
    s.guides.create_set(b.id, HashtagSetInput("Weddings", ("#wedding",)))
    return Brand(b.id, x.id, insta.id, goal.id, persona.id, pillar.id)


def _dialog(qtbot: QtBot, ctx: UiContext, brand: Brand,
            initial: PostInput | None = None) -> PostDialog:
    dialog = PostDialog(None, ctx, brand.id, initial)
    qtbot.addWidget(dialog)
    return dialog


def _full(brand: Brand, picture: str) -> PostInput:
    return PostInput(
        topic="Spring bouquets ", status=PostStatus.IN_DESIGN,
        scheduled_at=datetime(2027, 3, 4, 19, 30), account_ids=(brand.instagram, brand.x),
        social_goal_id=brand.goal, content_type=ContentType.CAROUSEL,
        purpose=PostPurpose.SALES, persona_id=brand.persona, pillar_id=brand.pillar,
        call_to_action="Order via the link", caption="Fresh tulips\nsecond line",
        hashtags=("#spring", "#tulips"), notes_for_design="Pastel colours", asset_owner="Sara",
        asset_due=date(2027, 3, 1), occasion="Mother's Day", experiment=True,
        approval=Approval.CHANGES_REQUESTED, approval_note="Use the new logo",
        published_url="https://example.com/p/1", lessons="Carousels did well",
        attachments=(picture, "/nowhere/gone.mp4"))


def _picture(tmp_path: Path, name: str = "tulips.png") -> str:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.magenta)
    path = tmp_path / name
    assert image.save(str(path))
    return str(path)


def test_every_field_comes_back_unchanged(qtbot: QtBot, ctx: UiContext, brand: Brand,
                                          tmp_path: Path) -> None:
    full = _full(brand, _picture(tmp_path))
    assert _dialog(qtbot, ctx, brand, full).value() == full


def test_a_stored_post_opens_as_its_input(qtbot: QtBot, ctx: UiContext, brand: Brand,
                                          tmp_path: Path) -> None:
    stored = ctx.services.posts.create(brand.id, _full(brand, _picture(tmp_path)))
    dialog = _dialog(qtbot, ctx, brand, stored)  # type: ignore[arg-type]
    assert dialog.windowTitle() == "Edit post"
    assert dialog.value() == stored.to_input()


def test_values_typed_in_the_widgets(qtbot: QtBot, ctx: UiContext, brand: Brand) -> None:
    dialog = _dialog(qtbot, ctx, brand)
    assert dialog.value() == PostInput()
    dialog.topic.setText("Eid offer")
    dialog.scheduled_at.idea_bank.setChecked(False)
    dialog.scheduled_at.when.setDateTime(datetime(2027, 5, 16, 20, 0))
    accounts = dialog.account_ids
    row = next(i for i in range(accounts.count()) if accounts.item(i).data(ROLE_ID) == brand.instagram)
    accounts.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.content_type.setCurrentIndex(dialog.content_type.findData("video"))
    dialog.caption.setPlainText("Eid Mubarak")
    dialog.asset_due.set_value(date(2027, 5, 10))
    value = dialog.value()
    assert (value.topic, value.scheduled_at, value.account_ids) == (
        "Eid offer", datetime(2027, 5, 16, 20, 0), (brand.instagram,))
    assert (value.content_type, value.caption, value.asset_due) == (
        ContentType.VIDEO, "Eid Mubarak", date(2027, 5, 10))


def test_a_reference_no_longer_listed_is_kept(qtbot: QtBot, ctx: UiContext, brand: Brand) -> None:
    draft = PostInput(persona_id=9999, account_ids=(8888,), pillar_id=7777)
    dialog = _dialog(qtbot, ctx, brand, draft)
    assert dialog.value() == draft
    assert dialog.persona_id.currentText() == "No longer listed"


def test_x_counts_a_link_as_23(qtbot: QtBot, ctx: UiContext, brand: Brand) -> None:
    dialog = _dialog(qtbot, ctx, brand, PostInput(account_ids=(brand.x, brand.instagram)))
    link = "https://example.com/a/very/long/path/to/the/spring/collection/page"
    dialog.caption.setPlainText("New " + link)
    assert dialog.counter.counts[Platform.X] == len("New ") + 23
    assert dialog.counter.counts[Platform.INSTAGRAM] == len("New " + link)
    dialog.hashtags.setPlainText("#spring")
    assert dialog.counter.counts[Platform.X] == len("New ") + 23 + len("\n\n#spring")
    assert "X: 36 / 280" in dialog.counter.text()


def test_a_caption_over_the_limit_is_flagged_not_blocked(
        qtbot: QtBot, ctx: UiContext, brand: Brand, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, ctx, brand, PostInput(account_ids=(brand.x, brand.instagram)))
    dialog.caption.setPlainText("a" * 300)
    assert dialog.counter.over == (Platform.X,)
    assert "over by 20" in dialog.counter.text()
    dialog.caption.setPlainText("a" * 100)
    assert dialog.counter.over == ()
    dialog.caption.setPlainText("a" * 300)
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    dialog.buttons.button(OK).click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_ready_post_shows_what_its_brief_lacks(qtbot: QtBot, ctx: UiContext,
                                                 brand: Brand) -> None:
    dialog = _dialog(qtbot, ctx, brand, PostInput(topic="Tips", caption="Water daily"))
    assert dialog.missing_note.isHidden()
    dialog.status.set_value(PostStatus.READY)
    assert not dialog.missing_note.isHidden()
    note = dialog.missing_note.text()
    assert note.startswith("Missing from the brief: accounts, goal, content type")
    assert "caption" not in note and "topic" not in note
    dialog.call_to_action.setText("Visit us")
    assert "call to action" not in dialog.missing_note.text()
    dialog.status.set_value(PostStatus.CANCELLED)
    assert dialog.missing_note.isHidden()


def test_a_ready_post_with_gaps_still_saves(qtbot: QtBot, ctx: UiContext, brand: Brand) -> None:
    dialog = _dialog(qtbot, ctx, brand, PostInput(status=PostStatus.READY))
    dialog.buttons.button(OK).click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_set_inserts_its_hashtags_once(qtbot: QtBot, ctx: UiContext, brand: Brand) -> None:
    dialog = _dialog(qtbot, ctx, brand, PostInput(hashtags=("#Spring", "#riyadh")))
    assert [b.text() for b in dialog.sets.buttons] == ["Spring", "Weddings"]
    dialog.sets.buttons[0].click()
    assert dialog.value().hashtags == ("#Spring", "#riyadh", "#flowers")
    dialog.sets.buttons[1].click()
    assert dialog.value().hashtags == ("#Spring", "#riyadh", "#flowers", "#wedding")


def _drop(target: object, mime: QMimeData) -> QDropEvent:
    pos = QPointF(10, 10)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(target, enter)  # type: ignore[arg-type]
    assert enter.isAccepted()
    drop = QDropEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(target, drop)  # type: ignore[arg-type]
    return drop


def test_a_dropped_file_becomes_an_attachment(qtbot: QtBot, ctx: UiContext, brand: Brand,
                                              tmp_path: Path) -> None:
    first, second = _picture(tmp_path, "a.png"), _picture(tmp_path, "b.png")
    dialog = _dialog(qtbot, ctx, brand, PostInput(attachments=(first,)))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(second), QUrl.fromLocalFile(first),
                  QUrl("https://example.com/x.png")])
    drop = _drop(dialog.attachments.drop_area.viewport(), mime)
    assert drop.isAccepted()
    assert dialog.value().attachments == (first, second)
    item = dialog.attachments.drop_area.item(1)
    assert not item.icon().isNull() and not item.data(MISSING_ROLE)


def test_a_file_dropped_on_the_dialog_goes_to_media(qtbot: QtBot, ctx: UiContext, brand: Brand,
                                                    tmp_path: Path) -> None:
    dialog = _dialog(qtbot, ctx, brand)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(_picture(tmp_path))])
    _drop(dialog, mime)
    assert dialog.value().attachments == (str(tmp_path / "tulips.png"),)
    assert dialog.tabs.currentIndex() == 2


def test_a_missing_attachment_is_shown_as_missing(qtbot: QtBot, ctx: UiContext, brand: Brand,
                                                  tmp_path: Path) -> None:
    gone = str(tmp_path / "deleted.jpg")
    dialog = _dialog(qtbot, ctx, brand, PostInput(attachments=(gone,)))
    item = dialog.attachments.drop_area.item(0)
    assert item.data(MISSING_ROLE) is True
    assert "Missing" in item.text() and gone in item.text()
    assert dialog.attachments.missing() == [gone]
    assert dialog.value().attachments == (gone,)


def test_attachments_removed_and_reordered(qtbot: QtBot, ctx: UiContext, brand: Brand) -> None:
    dialog = _dialog(qtbot, ctx, brand, PostInput(attachments=("/a.png", "/b.png", "/c.png")))
    box = dialog.attachments
    box.drop_area.setCurrentRow(2)
    box.move_selected(-1)
    assert box.paths() == ("/a.png", "/c.png", "/b.png")
    box.drop_area.setCurrentRow(0)
    box.remove_selected()
    assert dialog.value().attachments == ("/c.png", "/b.png")


def test_the_rules_messages_show_by_their_fields(qtbot: QtBot, ctx: UiContext,
                                                 brand: Brand) -> None:
    dialog = _dialog(qtbot, ctx, brand, PostInput(published_url="not a link",
                                                  persona_id=9999))
    dialog.buttons.button(OK).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("published_url") == "Enter a full web address starting with https://"
    assert "no longer exists" in dialog.error_text("persona_id")
    assert dialog.tabs.currentIndex() == 0  # the page of the first error is shown


def test_an_out_of_range_date_is_explained(qtbot: QtBot, ctx: UiContext, brand: Brand) -> None:
    dialog = _dialog(qtbot, ctx, brand)
    dialog.show_errors(ctx.services.posts.validate(brand.id, replace(
        PostInput(), asset_due=date(1960, 1, 1))))
    assert "1970-01-01" in dialog.error_text("asset_due")
    assert dialog.tabs.currentIndex() == 2


def test_ctrl_enter_saves_from_the_caption(qtbot: QtBot, ctx: UiContext, brand: Brand) -> None:
    dialog = _dialog(qtbot, ctx, brand)
    with qtbot.waitActive(dialog):
        dialog.show()
    dialog.tabs.setCurrentIndex(1)
    dialog.caption.setFocus()
    qtbot.keyClick(dialog.caption, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value().caption == ""


def test_run_gives_back_what_was_typed(qtbot: QtBot, ctx: UiContext, brand: Brand,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def accept(self: PostDialog) -> int:
        qtbot.addWidget(self)
        self.topic.setText("Typed")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PostDialog, "exec", accept)
    initial = PostInput(scheduled_at=datetime(2027, 1, 5, 19, 0))
    value, accepted = PostDialog.run(None, ctx, brand.id, initial)
    assert accepted and value == replace(initial, topic="Typed")
    monkeypatch.setattr(PostDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert PostDialog.run(None, ctx, brand.id, None) == (None, False)


def test_right_to_left_keeps_the_date_in_order(qtbot: QtBot, ctx: UiContext, brand: Brand,
                                               qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = _dialog(qtbot, ctx, brand, PostInput(scheduled_at=datetime(2027, 3, 18, 19, 30)))
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.scheduled_at.when.text().replace(" ", "") in (
            "2027-03-1819:30", "٢٠٢٧-٠٣-١٨١٩:٣٠")
        option = dialog.caption.document().defaultTextOption()
        assert option.alignment() == Qt.AlignmentFlag.AlignRight  # lines start on the right
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
