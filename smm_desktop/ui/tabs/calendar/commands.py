"""Undo commands of the calendar: moves of one or several posts, undone with the versions the
redo got back (a move is saved at once, so the next step must write over the new version)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from typing_extensions import override

from smm_desktop.services.post_data import Move, PostData
from smm_desktop.services.posts import PostService
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.undo import _HubCommand


@dataclass(frozen=True)
class Step:
    """One post's move: from `before` to `after` (None: the idea bank)."""

    post_id: int
    version: int
    before: datetime | None
    after: datetime | None


class MovePostsCommand(_HubCommand):
    """Moves every post of `steps` in one unit of work; undo puts each back where it was."""

    def __init__(self, text: str, hub: DataHub, posts: PostService,
                 steps: Sequence[Step]) -> None:
        super().__init__(text, hub, DataHub.POSTS)
        self._posts, self.steps = posts, list(steps)
        self._versions = {s.post_id: s.version for s in steps}
        self.moved: list[PostData] = []

    def _version(self, post_id: int) -> int:
        """The newest version this workspace's commands saw (a later edit may have moved it on)."""
        return max(self._versions[post_id], self._hub.versions.get((PostData, post_id), 0))

    def _go(self, forward: bool) -> None:
        moves = [Move(s.post_id, self._version(s.post_id), s.after if forward else s.before)
                 for s in self.steps]

        def call() -> None:
            self.moved = self._posts.move(moves)
            for post in self.moved:
                self._versions[post.id] = post.version
                self.seen(post)
        self._run(call)

    @override
    def redo(self) -> None:
        self._go(True)

    @override
    def undo(self) -> None:
        self._go(False)
