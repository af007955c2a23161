"""The services of one open workspace, handed to the UI as one object."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from smm_desktop.services.accounts import AccountService
from smm_desktop.services.brands import BrandService
from smm_desktop.services.goals import GoalService
from smm_desktop.services.snapshots import SnapshotService
from smm_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from smm_desktop.services.agenda import AgendaService
    from smm_desktop.services.audits import AuditService
    from smm_desktop.services.campaigns import CampaignService
    from smm_desktop.services.competitors import CompetitorService
    from smm_desktop.services.engagement import EngagementService
    from smm_desktop.services.feeds import FeedService
    from smm_desktop.services.guides import GuideService
    from smm_desktop.services.imports import ImportService
    from smm_desktop.services.metrics import MetricsService
    from smm_desktop.services.occasions import OccasionService
    from smm_desktop.services.personas import PersonaService
    from smm_desktop.services.pillars import PillarService
    from smm_desktop.services.platform_choice import PlatformChoiceService
    from smm_desktop.services.posts import PostService
    from smm_desktop.services.reports import ReportService
    from smm_desktop.services.reviews import ReviewService
    from smm_desktop.services.routines import RoutineService
    from smm_desktop.services.tasks import TaskService


class Services:
    """The first screen's services are made at once; the others (and their tables) on first use,
    which keeps them out of start-up."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        sf = self._sf = workspace.session_factory
        self.brands = BrandService(sf)
        self.accounts = AccountService(sf)
        self.goals = GoalService(sf)
        self.snapshots = SnapshotService(sf)

    @classmethod
    def of(cls, workspace: Workspace) -> Services:
        return cls(workspace)

    @cached_property
    def personas(self) -> PersonaService:
        from smm_desktop.services.personas import PersonaService
        return PersonaService(self._sf)

    @cached_property
    def audits(self) -> AuditService:
        from smm_desktop.services.audits import AuditService
        return AuditService(self._sf)

    @cached_property
    def guides(self) -> GuideService:
        from smm_desktop.services.guides import GuideService
        return GuideService(self._sf)

    @cached_property
    def reviews(self) -> ReviewService:
        from smm_desktop.services.reviews import ReviewService
        return ReviewService(self._sf)

    @cached_property
    def platforms(self) -> PlatformChoiceService:
        from smm_desktop.services.platform_choice import PlatformChoiceService
        return PlatformChoiceService(self._sf)

    @cached_property
    def posts(self) -> PostService:
        from smm_desktop.services.posts import PostService
        return PostService(self._sf)

    @cached_property
    def pillars(self) -> PillarService:
        from smm_desktop.services.pillars import PillarService
        return PillarService(self._sf)

    @cached_property
    def occasions(self) -> OccasionService:
        from smm_desktop.services.occasions import OccasionService
        return OccasionService(self._sf)

    @cached_property
    def routines(self) -> RoutineService:
        from smm_desktop.services.routines import RoutineService
        return RoutineService(self._sf)

    @cached_property
    def tasks(self) -> TaskService:
        from smm_desktop.services.tasks import TaskService
        return TaskService(self._sf)

    @cached_property
    def agenda(self) -> AgendaService:
        from smm_desktop.services.agenda import AgendaService
        return AgendaService(self._sf)

    @cached_property
    def engagement(self) -> EngagementService:
        from smm_desktop.services.engagement import EngagementService
        return EngagementService(self._sf)

    @cached_property
    def competitors(self) -> CompetitorService:
        from smm_desktop.services.competitors import CompetitorService
        return CompetitorService(self._sf)

    @cached_property
    def imports(self) -> ImportService:
        from smm_desktop.services.imports import ImportService
        return ImportService(self._sf)

    @cached_property
    def metrics(self) -> MetricsService:
        from smm_desktop.services.metrics import MetricsService
        return MetricsService(self._sf)

    @cached_property
    def campaigns(self) -> CampaignService:
        from smm_desktop.services.campaigns import CampaignService
        return CampaignService(self._sf)

    @cached_property
    def reports(self) -> ReportService:
        from smm_desktop.services.reports import ReportService
        return ReportService(self._sf)

    @cached_property
    def feeds(self) -> FeedService:
        from smm_desktop.services.feeds import FeedService
        return FeedService(self._sf)
