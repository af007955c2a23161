"""The sample's audits: every account audited at onboarding, two re-audited lately, notes in the
brand's language, and baseline numbers beside (never over) the imported weekly history."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from smm_desktop.domain.enums import CheckResult, SnapshotSource
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.demo import write_demo
from smm_desktop.services.registry import Services
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)
ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path = Path(tmp_path_factory.mktemp("demo")) / "demo.smmws"
    write_demo(path, years=2, seed=7, today=TODAY)
    workspace = Workspace.open(path)
    yield Services.of(workspace)
    workspace.close()


def test_every_account_audited_and_two_again_lately(sample: Services) -> None:
    again = 0
    for brand in sample.brands.list_brands():
        audits = sample.audits.list_audits(brand.id)
        accounts = sample.accounts.list_accounts(brand.id)
        assert {a.account_id for a in audits} == {a.id for a in accounts}
        recent = [a for a in audits if a.audited_on >= TODAY - timedelta(days=30)]
        again += len(recent)
        assert all(a.audited_on <= TODAY and a.baseline for a in audits)
        assert any(a.summary.to_fix for a in audits)
        assert all(c.note for a in audits for c in a.checks if c.result is CheckResult.FIX)
        arabic = brand.name != "Bloom & Co. Florists"
        assert all(bool(ARABIC.search(a.notes)) == arabic for a in audits)
    assert again == 2


def test_baselines_sit_between_the_weekly_imports(sample: Services) -> None:
    for brand in sample.brands.list_brands():
        for audit in sample.audits.list_audits(brand.id):
            history = sample.snapshots.history(audit.account_id, Metric.FOLLOWERS)
            imports = [s for s in history if s.source is SnapshotSource.IMPORT]
            assert all(s.day != audit.audited_on for s in imports)
            before = [s.value for s in imports if s.day < audit.audited_on]
            after = [s.value for s in imports if s.day > audit.audited_on]
            value = audit.baseline[Metric.FOLLOWERS]
            assert (not before or before[-1] <= value) and (not after or value <= after[0])
            assert 0 <= audit.baseline[Metric.ENGAGEMENT_RATE] <= 100
