"""`smm import`, run in-process: exit codes 0/1/2, --dry-run and --json write nothing,
--accept-partial, a backup before the first commit, --account when several fit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from smm_desktop import cli
from smm_desktop.db.models.numbers import ImportLog, PostMetric
from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.workspace import Workspace

EXPORTS = Path(__file__).resolve().parents[1] / "data" / "exports"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    path = tmp_path / "ws.smmws"
    workspace = Workspace.open(path)
    try:
        brands, accounts = (BrandService(workspace.session_factory),
                            AccountService(workspace.session_factory))
        cafe = brands.create(BrandInput("مقهى النخيل"))
        accounts.create(cafe.id, AccountInput(Platform.FACEBOOK, "nakheelcafe"))
        nabd = brands.create(BrandInput("نبض للياقة"))
        accounts.create(nabd.id, AccountInput(Platform.TIKTOK, "nabd.fitness"))
        accounts.create(cafe.id, AccountInput(Platform.TIKTOK, "nakheel.cafe"))
    finally:
        workspace.close()
    return path


def stored(path: Path) -> tuple[int, int]:
    workspace = Workspace.open(path)
    try:
        with workspace.session_factory() as s:
            return (s.scalar(select(func.count()).select_from(PostMetric)) or 0,
                    s.scalar(select(func.count()).select_from(ImportLog)) or 0)
    finally:
        workspace.close()


def test_import_writes_and_backs_up(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "import", "--workspace", str(ws),
                         str(EXPORTS / "facebook_posts.csv"))
    assert (code, err) == (cli.EXIT_OK, "")
    assert "Imported facebook_posts.csv: 3 added, 0 updated, 0 skipped" in out
    assert "A verified backup was made first" in out
    assert stored(ws) == (3, 1)


def test_dry_run_json_writes_nothing(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "import", "--workspace", str(ws), "--dry-run", "--json",
                       str(EXPORTS / "facebook_posts.csv"))
    assert code == cli.EXIT_OK
    preview = json.loads(out)
    assert (preview["platform"], preview["adds"], preview["tables"][0]["rows"]) == (
        "facebook", 3, 3)
    assert stored(ws) == (0, 0)


def test_rejected_rows_exit_1_and_write_nothing_unless_accepted(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (EXPORTS / "facebook_posts.csv").read_bytes().decode("utf-8-sig")
    bad = tmp_path / "bad.csv"
    bad.write_text(text.replace('"12,480"', '"lots"'), encoding="utf-8")
    code, out, err = run(capsys, "import", "--workspace", str(ws), str(bad))
    assert code == cli.EXIT_PROBLEM and "line 2" in out and "nothing written" in err
    assert stored(ws) == (0, 0)
    code, _, _ = run(capsys, "import", "--workspace", str(ws), "--accept-partial", str(bad))
    assert code == cli.EXIT_PROBLEM and stored(ws) == (2, 1)


def test_unknown_file_exits_2(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "import", "--workspace", str(ws),
                       str(EXPORTS / "unknown_export.csv"))
    assert code == cli.EXIT_USAGE and "not a recognised export" in err
    assert run(capsys, "import", "--workspace", str(ws), str(ws.parent / "nope.csv"))[0] == 2


def test_several_accounts_need_account(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = str(EXPORTS / "tiktok_follower_history.csv")
    code, _, err = run(capsys, "import", "--workspace", str(ws), name)
    assert code == cli.EXIT_PROBLEM and "--account" in err
    code, _, _ = run(capsys, "import", "--workspace", str(ws), "--brand", "نبض للياقة", name)
    assert code == cli.EXIT_OK


def test_the_account_is_named_by_its_handle_or_id(ws: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    name = str(EXPORTS / "tiktok_follower_history.csv")
    code, out, _ = run(capsys, "import", "--workspace", str(ws), "--account", "@Nabd.Fitness",
                       "--dry-run", name)
    assert code == cli.EXIT_OK
    workspace = Workspace.open(ws)
    try:
        tiktok = next(a for b in BrandService(workspace.session_factory).list_brands()
                  for a in AccountService(workspace.session_factory).list_accounts(b.id)
                  if a.handle == "nabd.fitness")
    finally:
        workspace.close()
    assert f"account {tiktok.id};" in out
    assert run(capsys, "import", "--workspace", str(ws), "--account", str(tiktok.id),
               "--dry-run", name)[0] == cli.EXIT_OK
    code, _, err = run(capsys, "import", "--workspace", str(ws), "--account", "@nobody", name)
    assert code == cli.EXIT_USAGE and "no account '@nobody'" in err


def backups(ws: Path) -> list[Path]:
    return sorted(p for p in ws.parent.rglob("*") if p.is_file() and p.name != ws.name
                  and ".smmws" in p.name and not p.name.endswith((".lock", ".open")))


def test_the_same_file_again_says_so_and_writes_no_backup_or_log(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = str(EXPORTS / "facebook_posts.csv")
    assert run(capsys, "import", "--workspace", str(ws), name)[0] == cli.EXIT_OK
    made = backups(ws)
    assert made  # the first import was backed up
    code, out, err = run(capsys, "import", "--workspace", str(ws), name)
    assert (code, err) == (cli.EXIT_OK, "")
    assert "already imported on" in out and "(import 1)" in out
    assert "Nothing to import" in out and "backup" not in out
    assert stored(ws) == (3, 1)  # no second log entry
    assert backups(ws) == made


def test_a_file_for_another_account_names_it(ws: Path, capsys: pytest.CaptureFixture[str]
                                             ) -> None:
    code, _, err = run(capsys, "import", "--workspace", str(ws), "--brand", "مقهى النخيل",
                       str(EXPORTS / "tiktok_content.csv"))
    assert code == cli.EXIT_PROBLEM
    assert "the file is for @nabd.fitness; none of your accounts is" in err
    code, _, err = run(capsys, "import", "--workspace", str(ws), "--account", "nakheelcafe",
                       str(EXPORTS / "tiktok_content.csv"))
    assert code == cli.EXIT_PROBLEM and "not a tiktok account" in err
    assert stored(ws) == (0, 0)


def test_a_missing_column_is_named(ws: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "f.csv"
    path.write_text("Date,Difference in followers from previous day\n2026-11-01,12\n")
    code, out, err = run(capsys, "import", "--workspace", str(ws), str(path))
    assert code == cli.EXIT_USAGE and "'Followers' are missing" in err
    assert "line 1, column Followers: missing_column" in out
