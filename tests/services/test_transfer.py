"""JSON export and import: the document, every refusal with its place, and all-or-nothing imports."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import Brand, SocialAccount
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import NotFound
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.transfer import (
    FORMAT,
    AccountRecord,
    BrandRecord,
    Document,
    TransferError,
    export_workspace,
    import_document,
    importing,
    preview_import,
    read_document,
)
from smm_desktop.services.workspace import Workspace

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00IHDR fake but signed"

NAKHEEL = BrandInput(
    name="مقهى النخيل", industry="مقاهي", country="SA", languages=("ar", "en"),
    colours=("#5B3A29", "#D9A441"), notes="جمهوره طلاب ☕\nوموظفون.",
    report_recipients=("marketing@nakheel-cafe.sa", "ceo@nakheel-cafe.sa"), logo_png=PNG,
)
BLOOM = BrandInput(name="Bloom & Co.", country="GB", languages=("en",), colours=("#2F5D50",))


# -- helpers ---------------------------------------------------------------------------------


def snapshot(workspace: Workspace) -> tuple[int, int, str]:
    """Row counts and a hash of every column of every row: equal means nothing changed."""
    with workspace.session_factory() as s:
        brands = s.execute(select(Brand.__table__).order_by(Brand.id)).all()
        accounts = s.execute(select(SocialAccount.__table__).order_by(SocialAccount.id)).all()
    digest = hashlib.sha256(repr((brands, accounts)).encode()).hexdigest()
    return len(brands), len(accounts), digest


def counts(workspace: Workspace) -> tuple[int, int]:
    with workspace.session_factory() as s:
        return (s.scalar(select(func.count()).select_from(Brand)) or 0,
                s.scalar(select(func.count()).select_from(SocialAccount)) or 0)


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def brands(workspace: Workspace) -> BrandService:
    return BrandService(workspace.session_factory)


@pytest.fixture
def accounts(workspace: Workspace) -> AccountService:
    return AccountService(workspace.session_factory)


@pytest.fixture
def filled(workspace: Workspace, brands: BrandService, accounts: AccountService) -> Workspace:
    """Two live brands (one archived account), one archived brand, and rows in the trash."""
    nakheel = brands.create(NAKHEEL)
    accounts.create(nakheel.id, AccountInput(Platform.X, "@NakheelCafe", notes="الحساب الرئيسي"))
    insta = accounts.create(nakheel.id, AccountInput(
        Platform.INSTAGRAM, "nakheel.cafe", "https://www.instagram.com/nakheel.cafe/"))
    accounts.set_archived(insta.id, insta.version, True)
    gone = accounts.create(nakheel.id, AccountInput(Platform.TIKTOK, "nakheel.old"))
    accounts.delete(gone.id, gone.version)
    bloom = brands.create(BLOOM)
    accounts.create(bloom.id, AccountInput(Platform.FACEBOOK, "BloomAndCo"))
    old = brands.create(BrandInput("Archived Co"))
    brands.set_archived(old.id, old.version, True)
    trashed = brands.create(BrandInput("Deleted Co"))
    accounts.create(trashed.id, AccountInput(Platform.YOUTUBE, "deletedco"))
    brands.delete(trashed.id, trashed.version)
    return workspace


@pytest.fixture
def exported(filled: Workspace, tmp_path: Path) -> Path:
    path = tmp_path / "export.json"
    export_workspace(filled.session_factory, path)
    return path


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Workspace]:
    """A second, empty workspace to import into."""
    ws = Workspace.open(tmp_path / "target" / "empty.smmws")
    try:
        yield ws
    finally:
        ws.close()


# -- export ----------------------------------------------------------------------------------


def test_export_writes_the_documented_format(filled: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    summary = export_workspace(filled.session_factory, path)
    assert (summary.path, summary.brands, summary.accounts) == (path, 3, 3)
    data = load_json(path)
    assert list(data) == ["format", "format_version", "app_version", "exported_at", "brands"]
    assert (data["format"], data["format_version"]) == (FORMAT, 3)
    exported_at = datetime.fromisoformat(data["exported_at"])
    assert exported_at.utcoffset() == timedelta(0)
    assert abs((datetime.now(UTC) - exported_at).total_seconds()) < 60
    assert [b["name"] for b in data["brands"]] == ["Archived Co", "Bloom & Co.", "مقهى النخيل"]


V1_BRAND_KEYS = ("name", "industry", "country", "languages", "colours", "notes",
                 "report_recipients", "logo_png", "archived")


def test_export_keeps_every_field_and_leaves_the_trash_behind(exported: Path) -> None:
    nakheel = load_json(exported)["brands"][2]
    assert {k: v for k, v in nakheel.items() if k in V1_BRAND_KEYS} == {
        "name": "مقهى النخيل", "industry": "مقاهي", "country": "SA", "languages": ["ar", "en"],
        "colours": ["#5B3A29", "#D9A441"], "notes": "جمهوره طلاب ☕\nوموظفون.",
        "report_recipients": ["marketing@nakheel-cafe.sa", "ceo@nakheel-cafe.sa"],
        "logo_png": base64.b64encode(PNG).decode(), "archived": False,
    }
    assert [(a["platform"], a["handle"], a["archived"], a["notes"], a["profile_url"])
            for a in nakheel["accounts"]] == [
        ("instagram", "nakheel.cafe", True, "", "https://www.instagram.com/nakheel.cafe/"),
        ("x", "NakheelCafe", False, "الحساب الرئيسي", ""),
    ]
    assert "nakheel.old" not in exported.read_text(encoding="utf-8")
    assert "Deleted Co" not in exported.read_text(encoding="utf-8")


def test_export_is_readable_utf8_not_escapes(exported: Path) -> None:
    raw = exported.read_bytes()
    assert "مقهى النخيل".encode() in raw
    assert b"\\u" not in raw
    assert raw.startswith(b"{\n  \"format\"")


def test_one_brand_export(filled: Workspace, brands: BrandService, tmp_path: Path) -> None:
    bloom = next(b for b in brands.list_brands() if b.name == "Bloom & Co.")
    path = tmp_path / "bloom.json"
    summary = export_workspace(filled.session_factory, path, brand_id=bloom.id)
    assert (summary.brands, summary.accounts) == (1, 1)
    data = load_json(path)
    assert [b["name"] for b in data["brands"]] == ["Bloom & Co."]
    assert [a["handle"] for a in data["brands"][0]["accounts"]] == ["BloomAndCo"]
    assert read_document(path).brands[0].name == "Bloom & Co."


def test_exporting_a_deleted_brand_is_refused(
    filled: Workspace, workspace: Workspace, tmp_path: Path
) -> None:
    with workspace.session_factory() as s:
        deleted = s.scalar(select(Brand.id).where(Brand.name == "Deleted Co"))
    assert deleted is not None
    with pytest.raises(NotFound):
        export_workspace(filled.session_factory, tmp_path / "x.json", brand_id=deleted)
    assert not (tmp_path / "x.json").exists()


def test_export_replaces_a_file_whole(filled: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    path.write_text("x" * 100_000, encoding="utf-8")
    export_workspace(filled.session_factory, path)
    assert load_json(path)["format"] == FORMAT
    assert not list(tmp_path.glob(".out.json.*"))


# -- import ----------------------------------------------------------------------------------


def test_import_into_an_empty_workspace(exported: Path, filled: Workspace, empty: Workspace) -> None:
    summary = import_document(empty.session_factory, read_document(exported))
    assert summary == importing.ImportSummary(3, 0, 3, 0)
    source = {b.name: b for b in BrandService(filled.session_factory).list_brands()}
    for brand in BrandService(empty.session_factory).list_brands():
        assert brand.to_input() == source[brand.name].to_input()
        assert brand.archived == source[brand.name].archived
    imported = {(a.platform, a.handle): a for b in BrandService(empty.session_factory).list_brands()
                for a in AccountService(empty.session_factory).list_accounts(b.id)}
    assert imported[(Platform.INSTAGRAM, "nakheel.cafe")].archived
    assert imported[(Platform.X, "NakheelCafe")].notes == "الحساب الرئيسي"


def test_import_keeps_creation_times_in_utc(exported: Path, empty: Workspace) -> None:
    data = load_json(exported)
    data["brands"][0]["created_at"] = "2025-01-01T03:00:00+03:00"
    data["brands"][1]["accounts"][0]["created_at"] = "2024-06-30T23:59:59.5Z"
    import_document(empty.session_factory, read_document(write_json(exported, data)))
    with empty.session_factory() as s:
        archived = s.scalars(select(Brand).where(Brand.name == "Archived Co")).one()
        account = s.scalars(select(SocialAccount).where(SocialAccount.handle == "BloomAndCo")).one()
        assert archived.created_at == datetime(2025, 1, 1, 0, 0)
        assert account.created_at == datetime(2024, 6, 30, 23, 59, 59, 500000)


def test_merge_adds_missing_accounts_and_keeps_the_brand(
    exported: Path, empty: Workspace
) -> None:
    mine = BrandService(empty.session_factory).create(BrandInput("BLOOM & CO.", industry="Mine"))
    AccountService(empty.session_factory).create(mine.id, AccountInput(Platform.FACEBOOK,
                                                                       "@bloomandco"))
    document = read_document(exported)
    summary = import_document(empty.session_factory, document, "merge")
    assert summary == importing.ImportSummary(2, 1, 2, 1)
    kept = BrandService(empty.session_factory).get(mine.id)
    assert (kept.name, kept.industry, kept.version) == ("BLOOM & CO.", "Mine", mine.version)
    again = import_document(empty.session_factory, document, "merge")
    assert again == importing.ImportSummary(0, 3, 0, 3)


def test_add_mode_refuses_brands_that_exist_and_names_them(
    exported: Path, empty: Workspace
) -> None:
    BrandService(empty.session_factory).create(BrandInput("bloom & co."))
    BrandService(empty.session_factory).create(BrandInput("مقهى النخيل"))
    before = snapshot(empty)
    with pytest.raises(TransferError) as caught:
        import_document(empty.session_factory, read_document(exported), "add")
    assert caught.value.code == "brand_exists"
    assert caught.value.pointer == "/brands/1/name"
    assert "'bloom & co.'" in str(caught.value) and "'مقهى النخيل'" in str(caught.value)
    assert snapshot(empty) == before


def test_preview_tells_what_an_import_would_do_and_writes_nothing(
    exported: Path, empty: Workspace
) -> None:
    BrandService(empty.session_factory).create(BrandInput("Archived Co"))
    before = snapshot(empty)
    preview = preview_import(empty.session_factory, read_document(exported))
    assert preview == importing.ImportSummary(2, 1, 3, 0)
    assert snapshot(empty) == before
    assert import_document(empty.session_factory, read_document(exported)) == preview


def test_unknown_mode_is_a_programming_error(exported: Path, empty: Workspace) -> None:
    with pytest.raises(ValueError, match="replace"):
        import_document(empty.session_factory, read_document(exported), "replace")  # type: ignore[arg-type]


def test_a_document_built_in_code_obeys_the_same_rules(empty: Workspace) -> None:
    document = Document((BrandRecord("Bloom", report_recipients=("ok@bloom.co", "not an email"),
                                     accounts=(AccountRecord(Platform.X, "bloom"),)),))
    with pytest.raises(TransferError) as caught:
        import_document(empty.session_factory, document)
    assert caught.value.pointer == "/brands/0/report_recipients/1"
    assert "not an email" in caught.value.problem
    assert counts(empty) == (0, 0)


def test_imported_values_are_tidied_like_typed_ones(empty: Workspace) -> None:
    record = BrandRecord("  Bloom  ", industry=" Flowers ", country="gb",
                         accounts=(AccountRecord(Platform.X, " @BloomCo "),))
    import_document(empty.session_factory, Document((record,)))
    brand = BrandService(empty.session_factory).list_brands()[0]
    assert (brand.name, brand.industry, brand.country) == ("Bloom", "Flowers", "GB")
    assert AccountService(empty.session_factory).list_accounts(brand.id)[0].handle == "BloomCo"


# -- a bad file changes nothing --------------------------------------------------------------


def _syntax_error(path: Path) -> Path:
    path.write_text('{\n  "format": "smm-desktop-workspace",\n  "brands": [,]\n}', encoding="utf-8")
    return path


def _schema_violation(path: Path) -> Path:
    data = load_json(path)
    data["brands"][1]["accounts"][0]["platform"] = "myspace"
    return write_json(path, data)


def _duplicate_handle(path: Path) -> Path:
    data = load_json(path)
    copy = dict(data["brands"][2]["accounts"][1], handle="@NAKHEELCAFE")
    data["brands"][1]["accounts"].append(copy)
    return write_json(path, data)


def _newer_format(path: Path) -> Path:
    data = load_json(path)
    data["format_version"] = 4
    data["brands"][0]["stories"] = []
    return write_json(path, data)


BAD_FILES = {
    "syntax": (_syntax_error, {"line": 3, "column": 14}, "is not valid JSON"),
    "schema": (_schema_violation, {"pointer": "/brands/1/accounts/0/platform"}, "'myspace'"),
    "duplicate_handle": (_duplicate_handle, {"pointer": "/brands/2/accounts/1/handle"},
                         "already used at /brands/1/accounts/1"),
    "newer_format": (_newer_format, {"pointer": "/format_version"}, "newer SMM Desktop"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_is_refused_with_its_place_and_changes_nothing(
    kind: str, exported: Path, filled: Workspace
) -> None:
    spoil, place, words = BAD_FILES[kind]
    before = snapshot(filled)
    with pytest.raises(TransferError) as caught:
        import_document(filled.session_factory, read_document(spoil(exported)))
    error = caught.value
    assert error.code == kind
    assert {k: getattr(error, k) for k in place} == place
    assert words in error.problem
    assert str(exported) in str(error)
    assert snapshot(filled) == before


def test_a_handle_of_another_brand_in_the_workspace_is_refused(
    exported: Path, empty: Workspace
) -> None:
    other = BrandService(empty.session_factory).create(BrandInput("Someone Else"))
    AccountService(empty.session_factory).create(other.id, AccountInput(Platform.X, "nakheelcafe"))
    before = snapshot(empty)
    with pytest.raises(TransferError) as caught:
        import_document(empty.session_factory, read_document(exported))
    assert caught.value.code == "handle_taken"
    assert caught.value.pointer == "/brands/2/accounts/1/handle"
    assert "'Someone Else'" in caught.value.problem
    assert snapshot(empty) == before


def test_a_handle_held_by_a_brand_in_the_trash_is_refused(exported: Path, empty: Workspace) -> None:
    brands = BrandService(empty.session_factory)
    other = brands.create(BrandInput("Old Client"))
    AccountService(empty.session_factory).create(other.id, AccountInput(Platform.FACEBOOK,
                                                                        "bloomandco"))
    brands.delete(other.id, other.version)
    with pytest.raises(TransferError) as caught:
        import_document(empty.session_factory, read_document(exported))
    assert "in the trash" in caught.value.problem
    assert caught.value.pointer == "/brands/1/accounts/0/handle"


# -- all or nothing --------------------------------------------------------------------------


def test_a_failure_at_the_last_account_leaves_nothing(
    exported: Path, empty: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = read_document(exported)
    total, calls = document.account_count, []
    real = importing.add_account

    def failing(*args: Any) -> Any:
        calls.append(args)
        if len(calls) == total:
            raise RuntimeError("disk unplugged at the last account")
        return real(*args)

    monkeypatch.setattr(importing, "add_account", failing)
    with pytest.raises(RuntimeError, match="last account"):
        import_document(empty.session_factory, document)
    assert len(calls) == total == 3
    assert counts(empty) == (0, 0)


def test_the_database_rule_is_the_last_guard_and_leaves_nothing(
    exported: Path, empty: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = BrandService(empty.session_factory).create(BrandInput("Someone Else"))
    AccountService(empty.session_factory).create(other.id, AccountInput(Platform.X, "nakheelcafe"))
    before = snapshot(empty)
    monkeypatch.setattr(importing, "_handle_owners", lambda s: {})  # as if checked too early
    with pytest.raises(TransferError) as caught:
        import_document(empty.session_factory, read_document(exported))
    assert caught.value.code == "conflict"
    assert snapshot(empty) == before


# -- reading: every refusal names the place --------------------------------------------------


def _edit(exported: Path, change: Any) -> Path:
    data = load_json(exported)
    change(data)
    return write_json(exported, data)


def _brand(data: Any, i: int) -> dict[str, Any]:
    return data["brands"][i]


SCHEMA_CASES = {
    "extra field": (lambda d: _brand(d, 0).update(colour="#FFFFFF"), "/brands/0",
                    "'colour' was unexpected"),
    "missing field": (lambda d: _brand(d, 1).pop("industry"), "/brands/1", "'industry'"),
    "wrong type": (lambda d: _brand(d, 2).update(archived="no"), "/brands/2/archived", "boolean"),
    "bad colour": (lambda d: _brand(d, 2)["colours"].append("teal"), "/brands/2/colours/2",
                   "'teal'"),
    "bad country": (lambda d: _brand(d, 1).update(country="GBR"), "/brands/1/country", "GBR"),
    "bad language": (lambda d: _brand(d, 1).update(languages=["English"]),
                     "/brands/1/languages/0", "English"),
    "bad time": (lambda d: _brand(d, 0).update(created_at="yesterday"), "/brands/0/created_at",
                 "yesterday"),
    "brands not a list": (lambda d: d.update(brands={}), "/brands", "array"),
    "missing top level": (lambda d: d.pop("exported_at"), "", "'exported_at'"),
}


@pytest.mark.parametrize("case", SCHEMA_CASES)
def test_schema_violations_name_the_pointer(case: str, exported: Path) -> None:
    change, where, words = SCHEMA_CASES[case]
    with pytest.raises(TransferError) as caught:
        read_document(_edit(exported, change))
    assert (caught.value.code, caught.value.pointer) == ("schema", where)
    assert words in caught.value.problem
    assert f"at {where or '/'}" in str(caught.value)


RULE_CASES = {
    "empty name": (lambda d: _brand(d, 0).update(name="   "), "/brands/0/name", "empty"),
    "long name": (lambda d: _brand(d, 0).update(name="x" * 121), "/brands/0/name", "120"),
    "bad email": (lambda d: _brand(d, 2)["report_recipients"].append("owner at nakheel"),
                  "/brands/2/report_recipients/2", "owner at nakheel"),
    "bad handle": (lambda d: _brand(d, 1)["accounts"][0].update(handle="bloom and co"),
                   "/brands/1/accounts/0/handle", "letters, digits"),
    "long handle": (lambda d: _brand(d, 1)["accounts"][0].update(handle="b" * 101),
                    "/brands/1/accounts/0/handle", "100"),
    "wrong site": (lambda d: _brand(d, 1)["accounts"][0].update(
        profile_url="https://www.instagram.com/bloomandco/"),
        "/brands/1/accounts/0/profile_url", "facebook"),
    "not base64": (lambda d: _brand(d, 2).update(logo_png="abc"), "/brands/2/logo_png", "base64"),
    "not a png": (lambda d: _brand(d, 2).update(logo_png=base64.b64encode(b"GIF89a").decode()),
                  "/brands/2/logo_png", "PNG"),
    "impossible date": (lambda d: _brand(d, 0).update(created_at="2025-02-30T10:00:00Z"),
                        "/brands/0/created_at", "2025-02-30"),
}


@pytest.mark.parametrize("case", RULE_CASES)
def test_field_rules_of_typed_data_apply_with_the_pointer(case: str, exported: Path) -> None:
    change, where, words = RULE_CASES[case]
    with pytest.raises(TransferError) as caught:
        read_document(_edit(exported, change))
    assert (caught.value.code, caught.value.pointer) == ("invalid_value", where)
    assert words in caught.value.problem


def test_duplicate_brand_names_in_the_file(exported: Path) -> None:
    path = _edit(exported, lambda d: _brand(d, 0).update(name="BLOOM & CO."))
    with pytest.raises(TransferError) as caught:
        read_document(path)
    assert (caught.value.code, caught.value.pointer) == ("duplicate_brand", "/brands/1/name")
    assert "already used at /brands/0" in caught.value.problem


def test_duplicate_handles_across_brands_in_the_file(exported: Path) -> None:
    def copy_handle(data: Any) -> None:
        _brand(data, 0)["accounts"] = [dict(_brand(data, 1)["accounts"][0], handle="bloomandco")]

    with pytest.raises(TransferError) as caught:
        read_document(_edit(exported, copy_handle))
    assert (caught.value.code, caught.value.pointer) == ("duplicate_handle",
                                                         "/brands/1/accounts/0/handle")


def test_same_handle_on_two_platforms_is_fine(exported: Path, empty: Workspace) -> None:
    def twin(data: Any) -> None:
        _brand(data, 1)["accounts"].append(
            dict(_brand(data, 1)["accounts"][0], platform="instagram", profile_url=""))

    document = read_document(_edit(exported, twin))
    assert import_document(empty.session_factory, document).accounts_added == 4


@pytest.mark.parametrize(
    ("content", "code", "line", "column"),
    [
        (b'{"format": "smm-desktop-workspace",\n "brands": [}', "syntax", 2, 13),
        (b"", "syntax", 1, 1),
        (b'{"format": "smm-desktop-workspace",\n "notes": "caf\xe9"}', "not_utf8", 2, 15),
    ],
)
def test_not_json_names_the_line_and_column(
    tmp_path: Path, content: bytes, code: str, line: int, column: int
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(TransferError) as caught:
        read_document(path)
    assert (caught.value.code, caught.value.line, caught.value.column) == (code, line, column)
    assert f"{path}: line {line}, column {column}: " in str(caught.value)


@pytest.mark.parametrize(
    ("data", "code", "where"),
    [
        ([1, 2, 3], "unknown_format", ""),
        ({"format": "tweetdeck-backup", "format_version": 1}, "unknown_format", "/format"),
        ({"format": FORMAT, "format_version": "1"}, "unknown_format", "/format_version"),
        ({"format": FORMAT, "format_version": 0}, "unknown_format", "/format_version"),
        ({"format": FORMAT, "format_version": 7, "anything": "new"}, "newer_format",
         "/format_version"),
    ],
)
def test_other_files_and_newer_formats_are_refused_first(
    tmp_path: Path, data: Any, code: str, where: str
) -> None:
    with pytest.raises(TransferError) as caught:
        read_document(write_json(tmp_path / "other.json", data))
    assert (caught.value.code, caught.value.pointer) == (code, where)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(TransferError) as caught:
        read_document(tmp_path / "nowhere.json")
    assert caught.value.code == "missing"
    assert str(tmp_path / "nowhere.json") in str(caught.value)


def test_a_bom_from_a_windows_editor_is_accepted(exported: Path) -> None:
    exported.write_bytes(b"\xef\xbb\xbf" + exported.read_bytes())
    assert len(read_document(exported).brands) == 3


def test_a_round_trip_of_records_is_exact(exported: Path, tmp_path: Path) -> None:
    from smm_desktop.services.transfer import write_document

    document = read_document(exported)
    again = tmp_path / "again.json"
    write_document(document, again)
    assert read_document(again) == document


# -- the schema shipped in resources/schemas -------------------------------------------------


LATER_IN_FORMAT_3 = {"engagement"}


def test_the_schema_is_valid_draft_2020_12_and_strict() -> None:
    import jsonschema

    from smm_desktop.services.transfer import schema_path

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    objects = [d for d in schema["$defs"].values() if d.get("type") == "object"]
    assert len(objects) >= 15
    for part in (schema, *objects):
        assert part["additionalProperties"] is False
        # Every property is required, but those added to format 3 after its first files
        # (they read as empty when missing).
        assert set(part["required"]) == set(part["properties"]) - LATER_IN_FORMAT_3


def test_the_schema_lists_exactly_the_platforms_of_the_app() -> None:
    from smm_desktop.services.transfer import schema_path

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    assert schema["$defs"]["platform"]["enum"] == [p.value for p in Platform]


def test_an_export_is_valid_against_the_schema(exported: Path) -> None:
    import jsonschema

    from smm_desktop.services.transfer import schema_path

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(load_json(exported))
