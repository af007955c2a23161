"""Shared pieces of the import dialogs' tests: a brand with accounts, fixture files, waiting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.import_dialog import FileState, ImportDialog

EXPORTS = Path(__file__).resolve().parents[1] / "data" / "exports"
WAIT_MS = 15_000


def make_brand(ctx: UiContext) -> dict[str, int]:
    """The brand Nabd (current) with Instagram nabd.fitness and TikTok nabd.fit; their ids."""
    brand = ctx.services.brands.create(BrandInput(name="Nabd"))
    ig = ctx.services.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "nabd.fitness"))
    tt = ctx.services.accounts.create(brand.id, AccountInput(Platform.TIKTOK, "nabd.fit"))
    ctx.scope.set_brand(brand.id)
    return {"brand": brand.id, "instagram": ig.id, "tiktok": tt.id}


def bad_instagram(folder: Path) -> Path:
    """The Instagram fixture with its first post's Views written as a word (line 2)."""
    text = (EXPORTS / "instagram_posts.csv").read_text("utf-8-sig")
    path = folder / "instagram_bad.csv"
    path.write_text(text.replace('"5,310"', "lots", 1), "utf-8-sig")
    return path


def ambiguous_ads(folder: Path) -> Path:
    """A Meta Ads export whose days (03/04/2026…) could be day first or month first."""
    path = folder / "ads_ambiguous.csv"
    path.write_text(
        "Reporting starts,Reporting ends,Campaign name,Results,Reach,Impressions,"
        "Amount spent (USD),Link clicks\n"
        "03/04/2026,03/04/2026,Spring sale,10,1000,2000,50.5,30\n"
        "06/04/2026,06/04/2026,Spring sale,12,1100,2100,40,20\n", "utf-8")
    return path


def fans_file(folder: Path, name: str = "fans.csv", base: int = 1200) -> Path:
    """A follower count file in a layout no platform uses (for the mapping dialog)."""
    path = folder / name
    path.write_text(f"Datum,Fans\n2026-11-01,{base}\n2026-11-02,{base + 10}\n", "utf-8")
    return path


def open_dialog(qtbot: QtBot, ctx: UiContext, *paths: Path, backup: object = None) -> ImportDialog:
    dialog = ImportDialog(None, ctx, list(paths), backup)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    wait_ready(qtbot, dialog.states[0])
    return dialog


def wait_ready(qtbot: QtBot, state: FileState, status: str = "ready") -> None:
    qtbot.waitUntil(lambda: state.status == status, timeout=WAIT_MS)


def no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box answers Yes at once; their texts are listed (a modal box hangs CI)."""
    seen: list[str] = []

    def answer(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        seen.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, answer)
    return seen
