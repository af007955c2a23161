"""`smm report`, run in-process: each kind writes a PDF, --lang ar, --email writes the draft
beside it, and a bad period exits 2 with a message naming it."""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path

import pytest

from smm_desktop import cli
from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.workspace import Workspace


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with one brand and one account (sections without data say so)."""
    path = tmp_path_factory.mktemp("ws") / "report.smmws"
    workspace = Workspace.open(path)
    try:
        brand = BrandService(workspace.session_factory).create(
            BrandInput("Palm Café", report_recipients=("owner@palm.example",)))
        AccountService(workspace.session_factory).create(
            brand.id, AccountInput(Platform.INSTAGRAM, "palmcafe"))
    finally:
        workspace.close()
    return path


@pytest.mark.parametrize(("kind", "period"), [
    ("weekly", "2026-W45"), ("monthly", "2026-10"), ("quarterly", "2026-Q3"),
    ("range", "2026-10-01..2026-10-15")])
def test_each_kind_writes_a_pdf(small: Path, tmp_path: Path, kind: str, period: str,
                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{kind}.pdf"
    code, said, err = run(capsys, "report", "--workspace", str(small), "--brand", "palm café",
                          "--kind", kind, "--period", period, "--out", str(out))
    assert (code, err) == (0, "")
    assert out.read_bytes().startswith(b"%PDF") and str(out) in said


def test_without_a_period_the_last_complete_one(small: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "last.pdf"
    code, _said, _err = run(capsys, "report", "--workspace", str(small), "--brand", "Palm Café",
                            "--kind", "monthly", "--out", str(out))
    assert code == 0 and out.read_bytes().startswith(b"%PDF")


def test_arabic_and_an_email_draft(small: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    out, drafts = tmp_path / "ar.pdf", tmp_path / "drafts"
    code, said, _err = run(capsys, "report", "--workspace", str(small), "--brand", "Palm Café",
                           "--kind", "monthly", "--period", "2026-10", "--lang", "ar",
                           "--out", str(out), "--email", str(drafts))
    assert code == 0
    eml = drafts / "ar.eml"
    assert str(eml) in said
    message = email.message_from_bytes(eml.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1" and message["To"] == "owner@palm.example"
    parts = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert parts[0].get_payload(decode=True) == out.read_bytes()


@pytest.mark.parametrize(("kind", "period"), [("weekly", "2026-13"), ("monthly", "2026-W47"),
                                              ("quarterly", "2026-Q5"),
                                              ("range", "2026-10-15..2026-10-01")])
def test_a_bad_period_exits_2(small: Path, tmp_path: Path, kind: str, period: str,
                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bad.pdf"
    code, _said, err = run(capsys, "report", "--workspace", str(small), "--brand", "Palm Café",
                           "--kind", kind, "--period", period, "--out", str(out))
    assert code == 2 and period in err and f"not a {kind} period" in err
    assert not out.exists()


def test_an_unknown_brand_exits_2(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _said, err = run(capsys, "report", "--workspace", str(small), "--brand", "Nobody",
                           "--kind", "weekly")
    assert code == 2 and "no brand named 'Nobody'" in err
