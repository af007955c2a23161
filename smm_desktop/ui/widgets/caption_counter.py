"""A live count of a caption with its hashtags against each chosen platform's limit: a platform
whose limit the text exceeds is flagged (not blocked: the manager decides)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.posts import CAPTION_LIMITS, caption_length
from smm_desktop.ui import labels
from smm_desktop.ui.i18n import digits_in

OVER_STYLE = "color: #c0392b; font-weight: bold;"


class CaptionCounter(QLabel):
    """One line a platform: "X: 245 / 280"; over the limit in red with how much over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captionCounter")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self._platforms: tuple[Platform, ...] = ()
        self._caption = ""
        self._hashtags: tuple[str, ...] = ()
        self.over: tuple[Platform, ...] = ()
        self.counts: dict[Platform, int] = {}
        self._render()

    def set_platforms(self, platforms: Iterable[Platform]) -> None:
        self._platforms = tuple(dict.fromkeys(p for p in platforms if p in CAPTION_LIMITS))
        self._render()

    def set_text(self, caption: str, hashtags: Sequence[str]) -> None:
        self._caption, self._hashtags = caption, tuple(hashtags)
        self._render()

    def _render(self) -> None:
        self.counts = {p: caption_length(self._caption, self._hashtags, p)
                       for p in self._platforms}
        self.over = tuple(p for p, n in self.counts.items() if n > CAPTION_LIMITS[p])
        if not self._platforms:
            self.setText(self.tr("Choose the accounts on the Brief page to count the caption "
                                 "against each platform's limit."))
            return
        self.setText("<br>".join(self._line(p) for p in self._platforms))

    def _line(self, platform: Platform) -> str:
        count, limit = self.counts[platform], CAPTION_LIMITS[platform]
        text = self.tr("%1: %2 / %3").replace("%1", labels.platform_name(platform)).replace(
            "%2", str(count)).replace("%3", str(limit))
        if count > limit:
            text += " — " + self.tr("over by %1").replace("%1", str(count - limit))
            return f'<span style="{OVER_STYLE}">⚠ {_escape(digits_in(text))}</span>'
        return _escape(digits_in(text))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
