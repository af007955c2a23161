"""A full disk, a read-only file and a lock held elsewhere: a clear fault, a rollback, and
the same action works once the fault clears."""

import sqlite3
from pathlib import Path

import pytest

from smm_desktop.domain.errors import StorageFault
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.registry import Services
from smm_desktop.services.workspace import Workspace


@pytest.fixture
def opened(tmp_path: Path):
    ws = Workspace.open(tmp_path / "w.smmws")
    yield ws, Services.of(ws)
    ws.close()


def pragma(ws: Workspace, text: str) -> int | None:
    with ws.engine.connect() as conn:
        result = conn.exec_driver_sql(f"PRAGMA {text}")
        return result.scalar() if result.returns_rows else None


def test_a_full_disk_is_a_storage_fault_and_nothing_half_saved(opened) -> None:
    ws, services = opened
    services.brands.create(BrandInput(name="Before"))
    pragma(ws, f"max_page_count={pragma(ws, 'page_count')}")
    with pytest.raises(StorageFault) as caught:
        for number in range(100):
            services.brands.create(BrandInput(name=f"Big {number}", notes="x" * 4000))
    assert caught.value.kind == "disk_full"
    names_during = [b.name for b in services.brands.list_brands()]
    pragma(ws, "max_page_count=1073741823")
    services.brands.create(BrandInput(name="After"))
    names = [b.name for b in services.brands.list_brands()]
    assert names == sorted([*names_during, "After"], key=str.lower)
    assert pragma(ws, "integrity_check") == "ok"


def test_a_read_only_workspace_is_a_storage_fault(opened) -> None:
    ws, services = opened
    pragma(ws, "query_only=1")
    with pytest.raises(StorageFault) as caught:
        services.brands.create(BrandInput(name="Nope"))
    assert caught.value.kind == "read_only"
    pragma(ws, "query_only=0")
    services.brands.create(BrandInput(name="Yes"))
    assert [b.name for b in services.brands.list_brands()] == ["Yes"]


def test_a_lock_held_by_another_program_is_a_storage_fault(opened, tmp_path: Path) -> None:
    ws, services = opened
    pragma(ws, "busy_timeout=50")
    other = sqlite3.connect(tmp_path / "w.smmws", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageFault) as caught:
            services.brands.create(BrandInput(name="Blocked"))
        assert caught.value.kind == "locked"
    finally:
        other.execute("ROLLBACK")
        other.close()
    services.brands.create(BrandInput(name="Free"))
    assert [b.name for b in services.brands.list_brands()] == ["Free"]
