"""The services of one open workspace, handed to the UI as one object."""

from __future__ import annotations

from dataclasses import dataclass

from smm_desktop.services.accounts import AccountService
from smm_desktop.services.brands import BrandService
from smm_desktop.services.goals import GoalService
from smm_desktop.services.personas import PersonaService
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

    @classmethod
    def of(cls, workspace: Workspace) -> Services:
        sf = workspace.session_factory
        return cls(workspace, BrandService(sf), AccountService(sf), GoalService(sf),
                   SnapshotService(sf), PersonaService(sf))
