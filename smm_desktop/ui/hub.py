"""Signals that tell every view the workspace's data changed, or that a change failed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataHub(QObject):
    """Views reload on `changed(area)`; the window shows `failed(error)` to the person."""

    changed = Signal(str)
    failed = Signal(object)
    BRANDS = "brands"
    ACCOUNTS = "accounts"
    GOALS = "goals"  # business and social goals
    SNAPSHOTS = "snapshots"  # recorded or imported numbers
    PERSONAS = "personas"
    AUDITS = "audits"  # account audits and their checklists
    GUIDE = "guide"  # brand guide, bios, hashtag sets, consistency checks
    REVIEWS = "reviews"  # reviews and experiments
    PLATFORMS = "platforms"  # the brand's chosen platforms
    POSTS = "posts"  # posts, pillars, posting slots
    OCCASIONS = "occasions"  # the brand's own occasions
    AGENDA = "agenda"  # routines, their check-offs, tasks
    ENGAGEMENT = "engagement"  # the engagement log's counters
    NEWS = "news"  # feeds and their items
    COMPETITORS = "competitors"  # competitors, their accounts, snapshots, log and guesses
    METRICS = "metrics"  # post metrics and the import log
    CAMPAIGNS = "campaigns"  # paid campaigns and their daily results
    REPORTS = "reports"  # report templates, email templates, a period's notes
    AREAS = (BRANDS, ACCOUNTS, GOALS, SNAPSHOTS, PERSONAS, AUDITS, GUIDE, REVIEWS, PLATFORMS,
             POSTS, OCCASIONS, AGENDA, ENGAGEMENT, NEWS, COMPETITORS, METRICS, CAMPAIGNS,
             REPORTS)

    def __init__(self) -> None:
        super().__init__()
        # The newest version of each record (by type and id) that this workspace's undo
        # commands wrote or got back: see _HubCommand.version_of in undo.py.
        self.versions: dict[tuple[type, int], int] = {}
