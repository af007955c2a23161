"""Every change the Calendar tab makes to posts, each one undoable step (Ctrl+Z): moves by
mouse or keyboard, duplicates, new, edit, delete. The views only say what the person did."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from smm_desktop.domain.enums import PostStatus
from smm_desktop.domain.errors import NotFound
from smm_desktop.domain.month_grid import at_time
from smm_desktop.domain.slot_times import slot_time
from smm_desktop.services.post_data import PostData, PostInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.tabs.calendar.commands import MovePostsCommand, Step
from smm_desktop.ui.tabs.calendar.drag import Carried
from smm_desktop.ui.undo import ChangeCommand, CreateCommand, DeleteCommand

# When an idea lands on a day whose accounts have no posting slot left (and a new post's time):
# a fixed mid-morning, since a brand has no default-time field to take it from.
DEFAULT_TIME = time(10, 0)


class PostActions(QObject):
    """Runs the edits; `landed(ids, day)` tells the views where moved or new posts now are."""

    landed = Signal(list, object)  # post ids, datetime.date | None (None: the idea bank)

    def __init__(self, ctx: UiContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.ctx, self._widget = ctx, parent_widget
        self.today = date.today
        self.now = datetime.now  # the week view asks before a drop on a past time of day

    @property
    def _posts(self):  # type: ignore[no-untyped-def]
        return self.ctx.services.posts

    # Moves ------------------------------------------------------------------------------

    def targets(self, items: Sequence[Carried], day: date) -> list[datetime]:
        """Where each post lands when the first is dropped on `day`: the scheduled ones shift by
        the same number of days (keeping their times), ideas go to their accounts' slot."""
        anchor = next((c.at.date() for c in items if c.at is not None), day)
        shift = day - anchor
        ideas = [c for c in items if c.at is None]
        slots = self.ctx.services.pillars.slots_of(sorted({a for c in ideas for a in c.accounts}))
        now = self.now()
        return [c.at + shift if c.at is not None else slot_time(
            [(s.weekday, s.time_of_day) for s in slots if s.account_id in c.accounts],
            day, DEFAULT_TIME, now) for c in items]

    def drop_on_day(self, items: Sequence[Carried], day: date, copy: bool) -> bool:
        """A drop (or a paste) on a day; False when nothing was done."""
        if not items:
            return False
        return self.place(items, self.targets(items, day), copy)

    def shift(self, items: Sequence[Carried], days: int) -> bool:
        """Alt+arrows: scheduled posts move by `days`, keeping their time of day."""
        dated = [c for c in items if c.at is not None]
        goals: list[datetime | None] = [c.at + timedelta(days=days) for c in dated if c.at]
        return bool(dated) and self.place(dated, goals, False)

    def move_to(self, items: Sequence[Carried], when: datetime) -> bool:
        """"Move to…": the first post to `when`, the others keeping their distance to it."""
        return self.place(items, self._spread(items, when), False)

    @staticmethod
    def _spread(items: Sequence[Carried], when: datetime) -> list[datetime | None]:
        anchor = next((c.at for c in items if c.at is not None), None)
        return [when if c.at is None or anchor is None else when + (c.at - anchor) for c in items]

    def drop_at(self, items: Sequence[Carried], when: datetime, copy: bool) -> bool:
        """Week view: a drop (or paste) at a day and time; the others keep their distance to
        the first; a goal before now asks first."""
        return bool(items) and self.place(items, self._spread(items, when), copy, exact=True)

    def nudge(self, items: Sequence[Carried], delta: timedelta) -> bool:
        """Week view's Alt+Up/Down: the scheduled posts move by `delta` (a quarter hour)."""
        dated = [c for c in items if c.at is not None]
        goals: list[datetime | None] = [c.at + delta for c in dated if c.at]
        return bool(dated) and self.place(dated, goals, False, exact=True)

    def to_bank(self, items: Sequence[Carried], copy: bool) -> bool:
        """Back to the idea bank (unscheduled); a copy leaves the original where it was."""
        dated = [c for c in items if c.at is not None] if not copy else list(items)
        return bool(dated) and self.place(dated, [None] * len(dated), copy)

    def place(self, items: Sequence[Carried], goals: Sequence[datetime | None], copy: bool,
              exact: bool = False) -> bool:
        """Move (or duplicate) each post to its goal, asking first when a goal is in the past
        (a day before today; with `exact`, a moment before now)."""
        if not self._past_ok(items, goals, exact):
            return False
        ids = self._duplicate(items, goals) if copy else self._move(items, goals)
        if ids:
            first = goals[0]
            self.landed.emit(ids, first.date() if first is not None else None)
        return bool(ids)

    def _past_ok(self, items: Sequence[Carried], goals: Sequence[datetime | None],
                 exact: bool = False) -> bool:
        """Ideas (which get a time of day only now) and `exact` goals count by the moment."""
        timed = [(exact or c.at is None, g) for c, g in zip(items, goals, strict=True)
                 if g is not None]
        past = [by_time for by_time, g in timed
                if (g < self.now() if by_time else g.date() < self.today())]
        if not past:
            return True
        exact = any(past)
        answer = QMessageBox.question(
            self._widget, self.tr("Plan in the past?"),
            self.tr("This puts a post at a time that has passed. Plan it there anyway?") if exact
            else self.tr("This puts a post on a day that has passed. Plan it there anyway?"))
        return answer == QMessageBox.StandardButton.Yes

    def _move(self, items: Sequence[Carried], goals: Sequence[datetime | None]) -> list[int]:
        steps = [Step(c.post_id, c.version, c.at, g) for c, g in zip(items, goals, strict=True)
                 if c.at != g]
        if not steps:
            return []
        text = (self.tr("Move post") if len(steps) == 1
                else digits_in(self.tr("Move %1 posts").replace("%1", str(len(steps)))))
        command = MovePostsCommand(text, self.ctx.hub, self._posts, steps)
        self.ctx.undo.push(command)
        return [] if command.failed else [s.post_id for s in steps]

    def _duplicate(self, items: Sequence[Carried], goals: Sequence[datetime | None]) -> list[int]:
        posts, made = self._posts, []
        self.ctx.undo.beginMacro(self.tr("Duplicate post") if len(items) == 1
                                 else digits_in(self.tr("Duplicate %1 posts").replace(
                                     "%1", str(len(items)))))
        for item, goal in zip(items, goals, strict=True):
            command = CreateCommand(
                "", self.ctx.hub, DataHub.POSTS,
                lambda i=item.post_id, g=goal: posts.duplicate(i, g),  # type: ignore[misc]
                posts.delete, posts.restore)
            self.ctx.undo.push(command)
            if command.record is not None and not command.failed:
                made.append(command.record.id)
        self.ctx.undo.endMacro()
        return made

    # Records ----------------------------------------------------------------------------

    def new_post(self, brand_id: int, day: date | None, of_day: time = DEFAULT_TIME) -> None:
        """Insert: a draft on `day` at `of_day` (the default time), or an idea in the bank."""
        when = at_time(day, of_day) if day is not None else None
        status = PostStatus.DRAFT if day is not None else PostStatus.IDEA
        self._create(brand_id, PostInput(status=status, scheduled_at=when))

    def _create(self, brand_id: int, draft: PostInput) -> None:
        """A refused save reopens the editor with what was typed."""
        from smm_desktop.ui.dialogs.post_dialog import PostDialog

        data, ok = PostDialog.run(self._widget, self.ctx, brand_id, draft)
        if not ok or data is None:
            return
        posts = self._posts
        command = CreateCommand(self.tr("New post"), self.ctx.hub, DataHub.POSTS,
                                lambda: posts.create(brand_id, data), posts.delete, posts.restore)
        self.ctx.undo.push(command)
        if command.failed:
            self._create(brand_id, data)
        elif command.record is not None:
            at = command.record.scheduled_at
            self.landed.emit([command.record.id], at.date() if at else None)

    def edit_post(self, post: PostData, draft: PostInput | None = None) -> None:
        from smm_desktop.ui.dialogs.post_dialog import PostDialog

        data, ok = PostDialog.run(self._widget, self.ctx, post.brand_id, draft or post)
        if not ok or data is None or data == post.to_input():
            return
        command = ChangeCommand(self.tr("Edit post"), self.ctx.hub, DataHub.POSTS, post,
                                self._posts.update, post.to_input(), data)
        self.ctx.undo.push(command)
        if command.failed:
            try:
                self.edit_post(self._posts.get(post.id), data)
            except NotFound:
                return

    def delete_posts(self, posts: Sequence[PostData]) -> None:
        """Into the trash, all in one undo step."""
        if not posts:
            return
        service = self._posts
        self.ctx.undo.beginMacro(self.tr("Delete post") if len(posts) == 1
                                 else digits_in(self.tr("Delete %1 posts").replace(
                                     "%1", str(len(posts)))))
        for post in posts:
            self.ctx.undo.push(DeleteCommand("", self.ctx.hub, DataHub.POSTS, post,
                                             service.delete, service.restore))
        self.ctx.undo.endMacro()
