"""Every change the Today panel makes, each one undoable step (Ctrl+Z): routine check-offs,
post statuses, tasks; plus the clipboard and the browser, which change nothing."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from smm_desktop.domain.enums import PostStatus
from smm_desktop.domain.errors import NotFound
from smm_desktop.domain.routines import RoutineItem
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.undo import CallCommand, ChangeCommand, CreateCommand, DeleteCommand


def caption_text(post: Any) -> str:
    """The caption and its hashtags as published (a blank line between)."""
    tags = " ".join(tag if tag.startswith("#") else "#" + tag for tag in post.hashtags)
    return "\n\n".join(part for part in (post.caption.strip(), tags) if part)


class TodayActions(QObject):
    """Runs the panel's edits through ctx.undo; the hub tells the panel to reload."""

    def __init__(self, ctx: UiContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx, self._widget = ctx, widget

    # Routines ---------------------------------------------------------------------------

    def set_routine_done(self, item: RoutineItem, done: bool) -> None:
        routines = self.ctx.services.routines
        args = (item.routine_id, item.brand_id, item.period_key)

        def check() -> None:
            routines.check(*args)

        def uncheck() -> None:
            routines.uncheck(*args)
        text = self.tr("Check routine") if done else self.tr("Uncheck routine")
        do, undo = (check, uncheck) if done else (uncheck, check)
        self.ctx.undo.push(CallCommand(text, self.ctx.hub, DataHub.AGENDA, do, undo))

    # Posts ------------------------------------------------------------------------------

    def set_post_status(self, post: Any, status: PostStatus) -> None:
        """Mark scheduled or published, one undo step."""
        if post.status == status:
            return
        before = post.to_input()
        text = (self.tr("Mark published") if status is PostStatus.PUBLISHED
                else self.tr("Mark scheduled"))
        self.ctx.undo.push(ChangeCommand(text, self.ctx.hub, DataHub.POSTS, post,
                                         self.ctx.services.posts.update, before,
                                         replace(before, status=status)))

    def edit_post(self, post: Any, draft: Any = None) -> None:
        """The post editor, saved as one undo step; a refused save reopens it with the draft."""
        from smm_desktop.ui.dialogs.post_dialog import PostDialog

        data, ok = PostDialog.run(self._widget, self.ctx, post.brand_id, draft or post)
        if not ok or data is None or data == post.to_input():
            return
        posts = self.ctx.services.posts
        command = ChangeCommand(self.tr("Edit post"), self.ctx.hub, DataHub.POSTS, post,
                                posts.update, post.to_input(), data)
        self.ctx.undo.push(command)
        if command.failed:
            try:
                self.edit_post(posts.get(post.id), data)
            except NotFound:
                return

    @staticmethod
    def copy_caption(post: Any) -> str:
        text = caption_text(post)
        QGuiApplication.clipboard().setText(text)
        return text

    @staticmethod
    def open_pages(urls: tuple[str, ...]) -> int:
        """Open each account's page in the browser; how many were opened."""
        for url in urls:
            QDesktopServices.openUrl(QUrl(url))
        return len(urls)

    # Tasks ------------------------------------------------------------------------------

    def set_task_done(self, task: Any, done: bool) -> None:
        tasks = self.ctx.services.tasks
        text = self.tr("Check task") if done else self.tr("Uncheck task")
        self.ctx.undo.push(ChangeCommand(text, self.ctx.hub, DataHub.AGENDA, task,
                                         tasks.set_done, task.done_at is not None, done))

    def new_task(self, brand_id: int | None, draft: Any = None) -> None:
        """Add a task; a refused save reopens the dialog with what was typed."""
        from smm_desktop.ui.dialogs.task_dialog import TaskDialog

        data, ok = TaskDialog.run(self._widget, self.ctx, draft, brand_id)
        if not ok or data is None:
            return
        tasks = self.ctx.services.tasks
        command = CreateCommand(self.tr("New task"), self.ctx.hub, DataHub.AGENDA,
                                lambda: tasks.create(data), tasks.delete, tasks.restore)
        self.ctx.undo.push(command)
        if command.failed:
            self.new_task(brand_id, data)

    def edit_task(self, task: Any, draft: Any = None) -> None:
        from smm_desktop.ui.dialogs.task_dialog import TaskDialog, task_input

        before = task_input(task)
        data, ok = TaskDialog.run(self._widget, self.ctx, draft or before, task.brand_id)
        if not ok or data is None or data == before:
            return
        tasks = self.ctx.services.tasks
        command = ChangeCommand(self.tr("Edit task"), self.ctx.hub, DataHub.AGENDA, task,
                                tasks.update, before, data)
        self.ctx.undo.push(command)
        if command.failed:
            try:
                fresh = next(t for t in tasks.list_tasks(None, include_done=True)
                             if t.id == task.id)
            except StopIteration:
                return
            self.edit_task(fresh, data)

    def delete_task(self, task: Any) -> None:
        tasks = self.ctx.services.tasks
        self.ctx.undo.push(DeleteCommand(self.tr("Delete task"), self.ctx.hub, DataHub.AGENDA,
                                         task, tasks.delete, tasks.restore))


__all__ = ["TodayActions", "caption_text"]
