"""`smm export-json` and `smm import-json`, run in-process: exit codes, messages, backups, nothing half-done."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from smm_desktop import cli
from smm_desktop.db.backup import integrity_errors
from smm_desktop.services.demo import write_demo
from smm_desktop.services.workspace import check


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "ws" / "مساحة ?#.smmws"
    path.parent.mkdir()
    write_demo(path)
    return path


@pytest.fixture
def exported(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "export.json"
    assert run(capsys, "export-json", "--workspace", str(demo), str(out))[0] == cli.EXIT_OK
    return out


def test_export_the_whole_workspace(demo: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "all.json"
    code, stdout, stderr = run(capsys, "export-json", "--workspace", str(demo), str(out))
    assert (code, stderr) == (cli.EXIT_OK, "")
    assert f"Exported 3 brands, 12 accounts to {out}" in stdout
    assert len(json.loads(out.read_text(encoding="utf-8"))["brands"]) == 3


def test_export_one_brand_by_name_in_any_case(demo: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bloom.json"
    code, stdout, _ = run(capsys, "--workspace", str(demo), "export-json", "--brand",
                          "BLOOM & CO. FLORISTS", str(out))
    assert code == cli.EXIT_OK
    brands = json.loads(out.read_text(encoding="utf-8"))["brands"]
    assert [b["name"] for b in brands] == ["Bloom & Co. Florists"]
    assert "1 brands, 4 accounts" in stdout


def test_export_an_unknown_brand(demo: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.json"
    code, _, err = run(capsys, "export-json", "--workspace", str(demo), "--brand", "Nobody", str(out))
    assert code == cli.EXIT_USAGE
    assert "no brand named 'Nobody'" in err
    assert not out.exists()


def test_export_does_not_replace_a_file_unless_forced(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mine.json"
    out.write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, "export-json", "--workspace", str(demo), str(out))
    assert code == cli.EXIT_USAGE
    assert "already exists" in err and "--force" in err
    assert out.read_text(encoding="utf-8") == "keep me"
    assert run(capsys, "export-json", "--workspace", str(demo), "--force", str(out))[0] == cli.EXIT_OK
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "smm-desktop-workspace"


def test_export_from_a_missing_workspace_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing, out = tmp_path / "missing.smmws", tmp_path / "out.json"
    code, _, err = run(capsys, "export-json", "--workspace", str(missing), str(out))
    assert code == cli.EXIT_PROBLEM
    assert "no workspace file" in err
    assert not missing.exists() and not out.exists()


def test_import_into_a_new_workspace(exported: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new" / "fresh.smmws"
    code, stdout, stderr = run(capsys, "import-json", "--workspace", str(target), str(exported))
    assert (code, stderr) == (cli.EXIT_OK, "")
    assert "3 brands added, 0 merged, 12 accounts added, 0 already there" in stdout
    assert "backup" not in stdout  # nothing to back up in a new workspace
    report = check(target)
    assert (report.sound, report.brands, report.accounts) == (True, 3, 12)


def test_import_backs_up_an_existing_workspace_first(
    demo: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, stdout, _ = run(capsys, "import-json", "--workspace", str(demo), str(exported))
    assert code == cli.EXIT_OK
    assert "0 brands added, 3 merged, 0 accounts added, 12 already there" in stdout
    backups = list((demo.parent / "backups").glob("*-before-import.smmws"))
    assert len(backups) == 1
    assert f"A verified backup was made first: {backups[0]}" in stdout
    assert integrity_errors(backups[0]) == []
    assert (check(backups[0]).brands, check(demo).brands, check(demo).accounts) == (3, 3, 12)


def test_import_in_add_mode_refuses_existing_brands(
    demo: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "import-json", "--workspace", str(demo), "--mode", "add", str(exported))
    assert code == cli.EXIT_PROBLEM
    assert f"smm import-json: {exported}: at /brands/0/name: the workspace already has" in err
    assert not (demo.parent / "backups").exists()  # refused before any backup


@pytest.mark.parametrize(
    ("content", "place"),
    [
        ('{\n  "format": "smm-desktop-workspace",\n  "brands": [\n}', "line 4, column 1"),
        ('{"format": "smm-desktop-workspace", "format_version": 1, "app_version": "1",'
         ' "exported_at": "2025-01-01T00:00:00Z", "brands": [{"name": 5}]}', "at /brands/0"),
        ('{"format": "smm-desktop-workspace", "format_version": 4}', "at /format_version"),
    ],
)
def test_import_of_a_bad_file_names_the_file_and_the_place(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, place: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    before = digest(demo)
    code, stdout, err = run(capsys, "import-json", "--workspace", str(demo), str(bad))
    assert (code, stdout) == (cli.EXIT_PROBLEM, "")
    assert err.startswith(f"smm import-json: {bad}: {place}")
    assert digest(demo) == before
    assert not (demo.parent / "backups").exists()


def test_import_of_a_handle_taken_by_another_brand_changes_nothing(
    demo: Path, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["brands"][0]["name"] = "A New Client"  # its handles still belong to Bloom & Co.
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = digest(demo)
    code, _, err = run(capsys, "import-json", "--workspace", str(demo), str(exported))
    assert code == cli.EXIT_PROBLEM
    assert "at /brands/0/accounts/0/handle" in err and "'Bloom & Co. Florists'" in err
    assert digest(demo) == before


def test_import_of_a_missing_file(demo: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "import-json", "--workspace", str(demo), str(tmp_path / "no.json"))
    assert code == cli.EXIT_PROBLEM
    assert "no.json: no such file" in err


def test_import_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["import"])
    assert caught.value.code == cli.EXIT_USAGE


def test_the_whole_strategy_goes_to_a_new_workspace_and_back(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target, again = tmp_path / "new" / "copy.smmws", tmp_path / "again.json"
    code, stdout, _ = run(capsys, "import-json", "--workspace", str(target), str(exported))
    assert code == cli.EXIT_OK
    assert "Strategy rows added: snapshots " in stdout and "; 0 already there." in stdout
    assert "Content plan rows added: pillars " in stdout and " posts 0;" not in stdout
    assert "business goals 0," not in stdout and "reviews 0," not in stdout
    assert run(capsys, "export-json", "--workspace", str(target), str(again))[0] == cli.EXIT_OK
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (exported, again))
    del first["exported_at"], second["exported_at"]
    assert first == second
    code, stdout, _ = run(capsys, "import-json", "--workspace", str(target), str(exported))
    assert "snapshots 0, business goals 0," in stdout and "; 0 already there." not in stdout


def test_import_help_names_the_strategy(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["import-json", "--help"])
    assert "strategy" in capsys.readouterr().out
