"""The brand, account and settings dialogs, driven through their real widgets (no exec)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.registry import Services
from smm_desktop.settings import Settings
from smm_desktop.ui.dialogs.account_dialog import AccountDialog
from smm_desktop.ui.dialogs.brand_dialog import LOGO_SIZE, BrandDialog
from smm_desktop.ui.dialogs.form import FormDialog
from smm_desktop.ui.dialogs.settings_dialog import SettingsDialog

ACCEPTED, REJECTED = QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected
OK = QDialogButtonBox.StandardButton.Ok
FULL = BrandInput(name="Palm Café", industry="Coffee", country="SA", languages=("ar", "en"),
                  colours=("#5B3A29", "#D9A441"), notes="Riyadh\nstudents",
                  report_recipients=("a@palm.example", "b@palm.example"))


def iso(value: str) -> str:
    """A value as messages show it: a first-strong bidi isolate, so it cannot turn Arabic around."""
    return f"\u2068{value}\u2069"


def _brand_dialog(qtbot: QtBot, services: Services | None = None,
                  initial: BrandInput | None = None) -> BrandDialog:
    dialog = BrandDialog(None, services.brands.validate if services else None, initial)
    qtbot.addWidget(dialog)
    return dialog


def _press_ok(dialog: FormDialog) -> None:
    dialog.buttons.button(OK).click()


def test_an_empty_name_is_refused_with_the_required_message(
        qtbot: QtBot, services: Services) -> None:
    dialog = _brand_dialog(qtbot, services)
    assert dialog.windowTitle() == "New brand"
    assert dialog.error_text("name") == ""
    _press_ok(dialog)
    assert dialog.error_text("name") == "This field is required."
    assert dialog.result() != ACCEPTED


def test_a_bad_recipient_is_named_in_the_message(qtbot: QtBot, services: Services) -> None:
    dialog = _brand_dialog(qtbot, services)
    QTest.keyClicks(dialog.name, "Bloom")
    dialog.recipients.setPlainText("owner@bloom.example\nnot-an-email")
    _press_ok(dialog)
    assert dialog.error_text("report_recipients") == f"Not an email address: {iso('not-an-email')}"
    assert dialog.error_text("name") == ""
    assert dialog.result() != ACCEPTED


def test_a_bad_colour_is_named_in_the_message(qtbot: QtBot, services: Services) -> None:
    dialog = _brand_dialog(qtbot, services)
    dialog.name.setText("Bloom")
    dialog.colours.setText("#2F5D50, teal")
    _press_ok(dialog)
    assert dialog.error_text("colours") == f"“{iso('TEAL')}” is not a colour like #1A2B3C."
    assert dialog.result() != ACCEPTED


def test_a_duplicate_brand_name_is_refused(qtbot: QtBot, services: Services) -> None:
    services.brands.create(BrandInput(name="Palm Café"))
    dialog = _brand_dialog(qtbot, services)
    dialog.name.setText("  palm café ")
    _press_ok(dialog)
    assert dialog.error_text("name") == f"A brand named “{iso('palm café')}” already exists."
    assert dialog.result() != ACCEPTED


def test_valid_input_is_accepted_with_the_right_value(qtbot: QtBot, services: Services) -> None:
    dialog = _brand_dialog(qtbot, services)
    dialog.name.setText("Palm Café")  # QTest.keyClicks types ASCII only
    QTest.keyClicks(dialog.industry, "Coffee")
    dialog.country.setCurrentIndex(dialog.country.findData("SA"))
    dialog.languages["en"].setChecked(True)
    dialog.languages["ar"].setChecked(True)
    dialog.colours.setText("#5b3a29; #d9a441")
    dialog.recipients.setPlainText("a@palm.example\n\n  b@palm.example  \n")
    dialog.notes.setPlainText("Riyadh\nstudents")
    _press_ok(dialog)
    assert dialog.result() == ACCEPTED
    assert dialog.value() == FULL


def test_an_edited_brand_fills_the_form_and_gives_back_the_same_value(
        qtbot: QtBot, services: Services) -> None:
    dialog = _brand_dialog(qtbot, services, FULL)
    assert dialog.windowTitle() == "Edit brand"
    assert dialog.name.text() == "Palm Café"
    assert dialog.country.currentData() == "SA"
    assert dialog.value() == FULL


def test_a_logo_is_scaled_to_at_most_256_pixels(qtbot: QtBot, tmp_path: Path) -> None:
    image = QImage(900, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#D9A441"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    dialog = _brand_dialog(qtbot)
    dialog.name.setText("Palm")
    dialog.load_logo(str(path))
    logo = dialog.value().logo_png
    assert logo is not None and logo.startswith(b"\x89PNG")
    stored = QImage.fromData(logo)
    assert (stored.width(), stored.height()) == (LOGO_SIZE, LOGO_SIZE // 3)
    assert stored.pixelColor(10, 10) == QColor("#D9A441")
    assert not dialog.logo_preview.pixmap().isNull()
    _press_ok(dialog)
    assert dialog.result() == ACCEPTED


def test_a_small_logo_keeps_its_size(qtbot: QtBot, tmp_path: Path) -> None:
    image = QImage(40, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor("#17BEBB"))
    path = tmp_path / "small.png"
    assert image.save(str(path))
    dialog = _brand_dialog(qtbot)
    dialog.load_logo(str(path))
    stored = QImage.fromData(dialog.value().logo_png or b"")
    assert (stored.width(), stored.height()) == (40, 20)


def test_a_file_that_is_no_image_is_refused_and_blocks_ok(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_text("this is not a picture", encoding="utf-8")
    dialog = _brand_dialog(qtbot)
    dialog.name.setText("Palm")
    dialog.load_logo(str(path))
    assert dialog.error_text("logo") == f"Could not read this image: {iso(str(path))}"
    assert dialog.value().logo_png is None
    _press_ok(dialog)
    assert dialog.result() != ACCEPTED
    assert dialog.error_text("logo") == f"Could not read this image: {iso(str(path))}"


def test_remove_clears_the_logo(qtbot: QtBot, tmp_path: Path) -> None:
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#2F5D50"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    dialog = _brand_dialog(qtbot, None, BrandInput(name="Palm", logo_png=path.read_bytes()))
    assert dialog.value().logo_png == path.read_bytes()
    (remove,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Remove"]
    remove.click()
    assert dialog.value().logo_png is None
    assert dialog.logo_preview.text() == "No logo"


def _account_dialog(qtbot: QtBot, services: Services,
                    initial: AccountInput | None = None) -> AccountDialog:
    dialog = AccountDialog(None, services.accounts.validate, initial)
    qtbot.addWidget(dialog)
    return dialog


def _choose_platform(dialog: AccountDialog, platform: Platform) -> None:
    dialog.platform.setCurrentIndex(dialog.platform.findData(platform.value))


def test_an_address_on_another_site_names_the_platform(qtbot: QtBot, services: Services) -> None:
    dialog = _account_dialog(qtbot, services)
    assert dialog.windowTitle() == "New account"
    _choose_platform(dialog, Platform.INSTAGRAM)
    QTest.keyClicks(dialog.handle, "palm.cafe")
    dialog.profile_url.setText("https://x.com/palm.cafe")
    _press_ok(dialog)
    assert dialog.error_text("profile_url") == f"This address is not on {iso('Instagram')}."
    assert dialog.result() != ACCEPTED


def test_a_duplicate_handle_names_the_brand_that_has_it(qtbot: QtBot, services: Services) -> None:
    owner = services.brands.create(BrandInput(name="Palm Café"))
    services.accounts.create(owner.id, AccountInput(Platform.X, "PalmCafe"))
    dialog = _account_dialog(qtbot, services)
    _choose_platform(dialog, Platform.X)
    dialog.handle.setText("@palmcafe")
    _press_ok(dialog)
    assert dialog.error_text("handle") == (
        f"This handle is already in the workspace on this platform ({iso('Palm Café')}).")
    assert dialog.result() != ACCEPTED
    _choose_platform(dialog, Platform.TIKTOK)  # the same handle on another platform is fine
    _press_ok(dialog)
    assert dialog.result() == ACCEPTED
    assert dialog.value() == AccountInput(Platform.TIKTOK, "@palmcafe")


def test_the_profile_hint_follows_the_platform_and_handle(
        qtbot: QtBot, services: Services) -> None:
    dialog = _account_dialog(qtbot, services)
    _choose_platform(dialog, Platform.TIKTOK)
    QTest.keyClicks(dialog.handle, "@palm")
    assert dialog.profile_url.placeholderText() == "https://www.tiktok.com/@palm"
    _choose_platform(dialog, Platform.OTHER)
    assert dialog.profile_url.placeholderText() == "https://"


def test_an_edited_account_round_trips(qtbot: QtBot, services: Services) -> None:
    initial = AccountInput(Platform.FACEBOOK, "PalmCafe", "https://www.facebook.com/PalmCafe",
                           "ads here")
    dialog = _account_dialog(qtbot, services, initial)
    assert dialog.windowTitle() == "Edit account"
    assert dialog.value() == initial


def _exec_typing(name: str) -> Callable[[BrandDialog], QDialog.DialogCode]:
    """An `exec` that types a name and presses OK, as the person would."""
    def exec_(self: BrandDialog) -> QDialog.DialogCode:
        self.name.setText(name)
        self.buttons.button(OK).click()
        return QDialog.DialogCode(self.result())
    return exec_


def test_brand_run_returns_the_value_when_accepted(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BrandDialog, "exec", _exec_typing("Bloom"))
    value, accepted = BrandDialog.run(None, services.brands.validate)
    assert accepted is True
    assert value == BrandInput(name="Bloom")


def test_brand_run_gives_nothing_when_rejected(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BrandDialog, "exec", lambda self: REJECTED)
    assert BrandDialog.run(None, services.brands.validate, FULL) == (None, False)


def test_account_run(qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    def exec_(self: AccountDialog) -> QDialog.DialogCode:
        _choose_platform(self, Platform.YOUTUBE)
        self.handle.setText("PalmCafe")
        self.buttons.button(OK).click()
        return QDialog.DialogCode(self.result())

    monkeypatch.setattr(AccountDialog, "exec", exec_)
    assert AccountDialog.run(None, services.accounts.validate) == (
        AccountInput(Platform.YOUTUBE, "PalmCafe"), True)
    monkeypatch.setattr(AccountDialog, "exec", lambda self: REJECTED)
    assert AccountDialog.run(None, services.accounts.validate) == (None, False)


def test_settings_run_returns_the_changed_settings(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    before = Settings(theme="dark", recent_workspaces=["/tmp/a.smmws"], first_run_done=True)

    def exec_(self: SettingsDialog) -> QDialog.DialogCode:
        assert self.theme.currentData() == "dark"
        self.language.setCurrentIndex(self.language.findData("ar"))
        self.region.setCurrentIndex(self.region.findData("EG"))
        self.digits.setCurrentIndex(self.digits.findData("latin"))
        self.backup_dir.setText("  /tmp/backups ")
        self.buttons.button(OK).click()
        return QDialog.DialogCode(self.result())

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    chosen, accepted = SettingsDialog.run(None, before)
    assert accepted is True
    assert chosen == Settings(language="ar", region="EG", digits="latin", theme="dark",
                              backup_dir="/tmp/backups", recent_workspaces=["/tmp/a.smmws"],
                              first_run_done=True)
    assert before.language == ""  # the caller's settings are not changed in place


def test_settings_run_cancelled_keeps_the_settings(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    before = Settings(language="en")
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: REJECTED)
    assert SettingsDialog.run(None, before) == (before, False)


def test_cancel_rejects(qtbot: QtBot, services: Services) -> None:
    dialog = _brand_dialog(qtbot, services)
    dialog.name.setText("Bloom")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == REJECTED
    assert dialog.error_text("name") == ""
