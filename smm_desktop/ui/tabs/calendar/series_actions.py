"""Copy a series into the month: ask for it (SeriesDialog), then create all its posts in one
unit of work and one undo step; undo sends them all to the trash, redo brings them back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from smm_desktop.services.post_data import PostData, PostInput
from smm_desktop.services.posts import PostService
from smm_desktop.services.series import SeriesInput, series_posts
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.undo import _HubCommand


class CreatePostsCommand(_HubCommand):
    """Create every post of `inputs` at once; undo trashes them all, redo restores them."""

    def __init__(self, text: str, hub: DataHub, posts: PostService, brand_id: int,
                 inputs: Sequence[PostInput]) -> None:
        super().__init__(text, hub, DataHub.POSTS)
        self._posts, self._brand_id, self._inputs = posts, brand_id, list(inputs)
        self.created: list[PostData] = []

    def _keep(self, made: list[PostData]) -> None:
        self.created = [self.seen(post) for post in made]

    @override
    def redo(self) -> None:
        if self.created:
            self._run(lambda: self._keep(self._posts.restore_many([p.id for p in self.created])))
        else:
            self._run(lambda: self._keep(self._posts.create_many(self._brand_id, self._inputs)))

    @override
    def undo(self) -> None:
        pairs = [(p.id, self.version_of(p)) for p in self.created]
        self._run(lambda: self._posts.delete_many(pairs))


def copy_series(parent: QWidget | None, ctx: UiContext, brand_id: int, first: date, last: date,
                draft: SeriesInput | None = None) -> list[PostData]:
    """Ask for a series and create its posts from `first` to `last`; a refused save reopens
    the dialog with what was typed. Gives back the posts made."""
    from smm_desktop.ui.dialogs.series_dialog import SeriesDialog

    series, ok = SeriesDialog.run(parent, ctx, brand_id, first, last, draft)
    if not ok or series is None:
        return []
    inputs = series_posts(series, first, last)
    text = QCoreApplication.translate("SeriesActions", "Copy series: %1 (%2 posts)")
    command = CreatePostsCommand(
        digits_in(text.replace("%2", str(len(inputs)))).replace("%1", series.template.topic),
        ctx.hub, ctx.services.posts, brand_id, inputs)
    ctx.undo.push(command)
    if command.failed:
        return copy_series(parent, ctx, brand_id, first, last, series)
    return command.created
