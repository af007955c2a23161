"""Gathering a month for export: only the month's dated posts, names in words, right to left
for an Arabic brand, and a file written whole or not at all."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from smm_desktop.domain.enums import ContentType, Platform, PostStatus
from smm_desktop.services import plan_export
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.goals import SocialGoalInput
from smm_desktop.services.personas import PersonaInput
from smm_desktop.services.plan_export import ExportKind, MonthRequest, export_month, gather
from smm_desktop.services.post_data import PostInput
from smm_desktop.services.registry import Services
from smm_desktop.services.workspace import Workspace


@pytest.fixture
def filled(workspace: Workspace) -> tuple[Services, int]:
    sv = Services(workspace)
    brand = sv.brands.create(BrandInput("مقهى النخيل", country="SA", languages=("ar",)))
    account = sv.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "nakheel.cafe"))
    goal = sv.goals.create_goal(brand.id, SocialGoalInput(title="Reach"))
    persona = sv.personas.create(brand.id, PersonaInput("نورة"))
    for topic, when in (("in", datetime(2026, 11, 3, 19)), ("last day", datetime(2026, 11, 30, 23)),
                        ("before", datetime(2026, 10, 31, 9)), ("after", datetime(2026, 12, 1)),
                        ("idea", None)):
        sv.posts.create(brand.id, PostInput(
            topic=topic, status=PostStatus.SCHEDULED, scheduled_at=when,
            account_ids=(account.id,), social_goal_id=goal.id, persona_id=persona.id,
            content_type=ContentType.SHORT_VIDEO))
    return sv, brand.id


def test_gathers_the_month_in_words(filled: tuple[Services, int]) -> None:
    sv, brand_id = filled
    plan = gather(sv, MonthRequest(brand_id, 2026, 11))
    assert [p.topic for p in plan.posts] == ["in", "last day"]
    first = plan.posts[0]
    assert first.accounts == ("Instagram @nakheel.cafe",) and first.platforms == ("Instagram",)
    assert (first.goal, first.persona, first.content_type) == ("Reach", "نورة", "Short video")
    assert plan.rtl and plan.time_zone == "Asia/Riyadh" and plan.country == "SA"
    assert first.uid == gather(sv, MonthRequest(brand_id, 2026, 11)).posts[0].uid
    assert any(o.name == "Saudi National Day" for o in gather(
        sv, MonthRequest(brand_id, 2026, 9)).occasions)



def test_the_uid_salt_is_the_brands_creation_read_through_the_brand_service(
        filled: tuple[Services, int], monkeypatch: pytest.MonkeyPatch) -> None:
    sv, brand_id = filled
    created = sv.brands.get(brand_id).created_at
    assert created is not None
    uid = gather(sv, MonthRequest(brand_id, 2026, 11)).posts[0].uid
    assert uid.endswith(f"-{plan_export._uid_salt(brand_id, created)}@plan.invalid")
    monkeypatch.setattr(sv.workspace, "session_factory", None)  # no session of its own
    assert gather(sv, MonthRequest(brand_id, 2026, 11)).posts[0].uid == uid

@pytest.mark.parametrize("kind", list(ExportKind))
def test_writes_each_kind(filled: tuple[Services, int], tmp_path: Path, kind: ExportKind) -> None:
    sv, brand_id = filled
    path = export_month(sv, MonthRequest(brand_id, 2026, 11), kind, tmp_path / f"plan.{kind}")
    data = path.read_bytes()
    assert data.startswith({ExportKind.PDF: b"%PDF", ExportKind.CSV: b"\xef\xbb\xbf",
                            ExportKind.ICS: b"BEGIN:VCALENDAR"}[kind])


def test_a_failure_leaves_the_old_file(filled: tuple[Services, int], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    sv, brand_id = filled
    out = tmp_path / "out"
    out.mkdir()
    target = out / "plan.pdf"
    target.write_bytes(b"old")

    def broken(*_args: object) -> bytes:
        raise RuntimeError("render failed")

    monkeypatch.setattr(plan_export, "document", broken)
    with pytest.raises(RuntimeError):
        export_month(sv, MonthRequest(brand_id, 2026, 11), ExportKind.PDF, target)
    assert target.read_bytes() == b"old" and list(out.iterdir()) == [target]
