"""The services of one open workspace, handed to the UI as one object."""

from __future__ import annotations

from dataclasses import dataclass

from smm_desktop.services.accounts import AccountService
from smm_desktop.services.audits import AuditService
from smm_desktop.services.brands import BrandService
from smm_desktop.services.goals import GoalService
from smm_desktop.services.guides import GuideService
from smm_desktop.services.personas import PersonaService
from smm_desktop.services.platform_choice import PlatformChoiceService
from smm_desktop.services.reviews import ReviewService
from smm_desktop.services.snapshots import SnapshotService
from smm_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Services:
    workspace: Workspace
    brands: BrandService
    accounts: AccountService
    goals: GoalService
    snapshots: SnapshotService
    personas: PersonaService
    audits: AuditService
    guides: GuideService
    reviews: ReviewService
    platforms: PlatformChoiceService

    @classmethod
    def of(cls, workspace: Workspace) -> Services:
        sf = workspace.session_factory
        return cls(workspace, BrandService(sf), AccountService(sf), GoalService(sf),
                   SnapshotService(sf), PersonaService(sf), AuditService(sf), GuideService(sf),
                   ReviewService(sf), PlatformChoiceService(sf))
