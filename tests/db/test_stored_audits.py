"""Audits stored by revision 0003 read back whole in today's app (missing points unchecked, the
baseline from the audit snapshots of the day); older files hold none."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from smm_desktop.domain.enums import AuditItem, CheckResult
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.audits import AuditService, CheckEntry
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
STORED_FILES = sorted(STORED.glob("*.smmws"))


@pytest.fixture(params=STORED_FILES, ids=lambda p: p.stem)
def opened(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, AuditService]]:
    copy = tmp_path / "stored.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    yield request.param.stem, AuditService(workspace.session_factory,
                                           today=lambda: date(2026, 11, 28))
    workspace.close()


def test_stored_audits_read_back(opened: tuple[str, AuditService]) -> None:
    revision, audits = opened
    if revision < "0003":
        assert audits.list_audits(1) == [] and audits.list_audits(2) == []
        return
    (cafe,) = audits.list_audits(1)
    assert (cafe.account_id, cafe.audited_on, cafe.posts_last_90_days) == (1, date(2026, 9, 28), 24)
    assert (cafe.best_posts, cafe.failed_before, cafe.notes) == (
        "صور اللاتيه آرت", "العروض النصية الطويلة", "أول تدقيق")
    assert [c.item for c in cafe.checks] == list(AuditItem)
    assert cafe.check(AuditItem.BIO_LINK) == CheckEntry(AuditItem.BIO_LINK, CheckResult.FIX,
                                                        "الرابط قديم")
    assert cafe.check(AuditItem.IMAGES).result is CheckResult.PASS
    assert cafe.summary.to_fix == 1 and cafe.summary.unchecked == 5
    assert cafe.baseline == {}
    (bloom,) = audits.list_audits(2)
    assert (bloom.account_id, bloom.audited_on, bloom.posts_last_90_days) == (
        4, date(2026, 11, 1), None)
    assert bloom.baseline == {Metric.FOLLOWERS: 5400.0}


def test_a_stored_audit_can_be_edited_and_deleted(opened: tuple[str, AuditService]) -> None:
    revision, audits = opened
    if revision < "0003":
        return
    (bloom,) = audits.list_audits(2)
    edited = audits.update(bloom.id, bloom.version, bloom.to_input())
    assert edited.version == bloom.version + 1
    assert [c.item for c in audits.get(bloom.id).checks] == list(AuditItem)
    audits.delete(edited.id, edited.version)
    assert audits.list_audits(2) == []
    assert audits.restore(edited.id, edited.baseline).baseline == {Metric.FOLLOWERS: 5400.0}
