"""The undoable save of a quarterly review: a draft, or finishing it (which also closes goals
and creates the next quarter's goals), taken back whole by undo."""

from __future__ import annotations

from collections.abc import Callable

from typing_extensions import override

from smm_desktop.services.review_data import ReviewRequest, SavedReview
from smm_desktop.services.reviews import ReviewService
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.undo import CallCommand


class ReviewSaveCommand(CallCommand):
    """Save once; undo puts back what the save changed; redo does it again. Tells the hub
    about goals as well as reviews, since finishing closes and creates goals."""

    def __init__(self, text: str, hub: DataHub, service: ReviewService,
                 request: ReviewRequest) -> None:
        self.saved: SavedReview | None = None
        self._service, self._request = service, request
        super().__init__(text, hub, DataHub.REVIEWS, self._do, self._take_back)

    def _do(self) -> None:
        if self.saved is None:
            self.saved = self._service.save(self._request)
        else:
            self.saved = self._service.redo_save(self.saved)

    def _take_back(self) -> None:
        if self.saved is not None:
            self.saved = self._service.undo_save(self.saved)

    @override
    def _run(self, call: Callable[[], None]) -> None:
        super()._run(call)
        if self._request.finish:
            self._hub.changed.emit(DataHub.GOALS)
