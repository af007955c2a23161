"""Property: export, import into an empty workspace, export again gives the same document.

Workspaces are generated from valid brands and accounts (Arabic, emoji, odd spacing included),
written with the services as the app writes them, then given a generated strategy (goals,
snapshots, personas, audits, guide, reviews, …) and content plan (pillars, posting slots,
occasions, posts pointing at goals, personas and pillars) by a merging import.
"""

from __future__ import annotations

import json
import shutil
import string
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from transfer_strategies import content_plan, engagement_log, posting_slots, snapshots, strategy

from smm_desktop.domain import validation as v
from smm_desktop.domain.enums import PROFILE_HOSTS, Platform
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.transfer import (
    AccountRecord,
    BrandRecord,
    Document,
    export_workspace,
    import_document,
    read_document,
)
from smm_desktop.services.transfer.checks import PNG_SIGNATURE, brand_key
from smm_desktop.services.transfer.records import AccountRef
from smm_desktop.services.workspace import Workspace

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءآأإ"
EMOJI = "😀🌴☕🌸💪🎉🇸🇦"
NO_NUL = st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00")
TEXT = st.text(NO_NUL | st.sampled_from(ARABIC + EMOJI + " \n\t"), max_size=40)
NAME = (st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
                | st.sampled_from(ARABIC + EMOJI + " "), min_size=1, max_size=40)
        .map(str.strip).filter(lambda s: not v.check_name(s)))
HANDLE = st.text(st.sampled_from(string.ascii_letters + string.digits + "._-" + ARABIC),
                 min_size=1, max_size=30)
EMAIL = st.emails().filter(lambda e: not v.check_emails([e]))
COLOUR = st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)


@dataclass(frozen=True)
class AccountSpec:
    brand: int
    data: AccountInput
    archived: bool


@st.composite
def brand_inputs(draw: st.DrawFn) -> tuple[BrandInput, bool]:
    data = BrandInput(
        name=draw(NAME), industry=draw(TEXT), country=draw(st.sampled_from(["", "SA", "eg", "GB"])),
        languages=tuple(draw(st.lists(st.sampled_from(["ar", "en", "fr"]), unique=True))),
        colours=tuple(draw(st.lists(COLOUR, max_size=4))), notes=draw(TEXT),
        report_recipients=tuple(draw(st.lists(EMAIL, max_size=3))),
        logo_png=draw(st.none() | st.binary(max_size=48).map(lambda b: PNG_SIGNATURE + b)),
    )
    return data, draw(st.booleans())


def _profile_url(platform: Platform, handle: str, wanted: bool) -> str:
    host = PROFILE_HOSTS.get(platform, ("example.org",))[0]
    return f"https://www.{host}/{handle}" if wanted else ""


@st.composite
def account_specs(draw: st.DrawFn, brands: int) -> AccountSpec:
    platform, handle = draw(st.sampled_from(list(Platform))), draw(HANDLE)
    typed = draw(st.sampled_from(["", "@", " @", "  "])) + handle + draw(st.sampled_from(["", " "]))
    url = _profile_url(platform, handle, draw(st.booleans()))
    data = AccountInput(platform, typed, url, draw(TEXT))
    return AccountSpec(draw(st.integers(0, brands - 1)), data, draw(st.booleans()))


Contents = tuple[list[tuple[BrandInput, bool]], list[AccountSpec], Document]


@st.composite
def workspace_contents(draw: st.DrawFn) -> Contents:
    brands = draw(st.lists(brand_inputs(), max_size=3, unique_by=lambda b: brand_key(b[0].name)))
    if not brands:
        return [], [], Document(())
    accounts = draw(st.lists(account_specs(len(brands)), max_size=6,
                             unique_by=lambda a: (a.data.platform, v.handle_key(a.data.handle))))
    return brands, accounts, draw(strategy_document(brands, accounts))


@st.composite
def strategy_document(draw: st.DrawFn, brands: list[tuple[BrandInput, bool]],
                      accounts: list[AccountSpec]) -> Document:
    """The brands again, each with snapshots and posting slots on its accounts, a strategy and
    a content plan over them."""
    records = []
    for i, (brand, _archived) in enumerate(brands):
        own = [a.data for a in accounts if a.brand == i]
        refs = [AccountRef(a.platform, a.handle) for a in own]
        plan = draw(strategy(refs))
        records.append(BrandRecord(brand.name, accounts=tuple(
            AccountRecord(a.platform, v.normalise_handle(a.handle), snapshots=draw(snapshots()),
                          posting_slots=draw(posting_slots()), engagement=draw(engagement_log()))
            for a in own), strategy=plan, content=draw(content_plan(
                refs, len(plan.social_goals), len(plan.personas)))))
    return Document(tuple(records))


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated workspace file: copying it is much faster than creating one."""
    path = tmp_path_factory.mktemp("template") / "empty.smmws"
    Workspace.open(path).close()
    return path


@contextmanager
def fresh_workspace(template: Path, folder: Path, name: str) -> Iterator[Workspace]:
    path = folder / f"{name}.smmws"
    shutil.copyfile(template, path)
    workspace = Workspace.open(path)
    try:
        yield workspace
    finally:
        workspace.close()


def fill(workspace: Workspace, brands: list[tuple[BrandInput, bool]],
         accounts: list[AccountSpec]) -> None:
    brand_service = BrandService(workspace.session_factory)
    account_service = AccountService(workspace.session_factory)
    ids = []
    for data, archived in brands:
        made = brand_service.create(data)
        if archived:
            brand_service.set_archived(made.id, made.version, True)
        ids.append(made.id)
    for spec in accounts:
        made_account = account_service.create(ids[spec.brand], spec.data)
        if spec.archived:
            account_service.set_archived(made_account.id, made_account.version, True)


def content(workspace: Workspace) -> list[Any]:
    """Everything a person sees of the brands and accounts, without ids and versions."""
    brand_service = BrandService(workspace.session_factory)
    account_service = AccountService(workspace.session_factory)
    return sorted(
        ((b.to_input(), b.archived,
          sorted(((a.to_input(), a.archived) for a in account_service.list_accounts(b.id)),
                 key=repr))
         for b in brand_service.list_brands()),
        key=repr,
    )


def references(document: Document) -> dict[str, list[Any]]:
    """Where each brand's posts point (goal, persona, pillar, how many accounts), by brand."""
    return {brand_key(b.name): sorted(((p.scheduled_at, p.social_goal, p.persona, p.pillar,
                                         len(p.accounts)) for p in b.content.posts), key=repr)
            for b in document.brands}


def without_time(path: Path) -> Any:
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["exported_at"]
    return data


@settings(max_examples=20, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(workspace_contents())
def test_export_import_export_gives_the_same_document(
    template: Path, contents: Contents
) -> None:
    brands, accounts, plan = contents
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        with fresh_workspace(template, folder, "source") as source:
            fill(source, brands, accounts)
            import_document(source.session_factory, plan)
            export_workspace(source.session_factory, folder / "first.json")
            expected = content(source)
        first = read_document(folder / "first.json")
        assert references(first) == references(plan)
        with fresh_workspace(template, folder, "target") as target:
            summary = import_document(target.session_factory, first)
            export_workspace(target.session_factory, folder / "second.json")
            assert content(target) == expected
        assert (summary.brands_added, summary.accounts_added) == (len(brands), len(accounts))
        rows = sum(len(a.snapshots) for b in plan.brands for a in b.accounts)
        assert summary.snapshots_added == rows
        posts = sum(len(b.content.posts) for b in plan.brands)
        slots = sum(len(a.posting_slots) for b in plan.brands for a in b.accounts)
        assert (summary.posts_added, summary.posting_slots_added) == (posts, slots)
        assert without_time(folder / "second.json") == without_time(folder / "first.json")
