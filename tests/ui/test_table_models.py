"""The brand and account table models: Qt's model tester, headers, ids, archived rows, isolates."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtTest import QAbstractItemModelTester

from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountData, AccountInput
from smm_desktop.services.brands import BrandData, BrandInput
from smm_desktop.services.registry import Services
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.accounts import AccountTableModel
from smm_desktop.ui.models.brands import BrandTableModel
from smm_desktop.ui.models.table import ID_ROLE

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
DISPLAY, FOREGROUND = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole
LRI, PDI = "\u2066", "\u2069"


def _brands(services: Services) -> list[BrandData]:
    cafe = services.brands.create(BrandInput(
        name="Palm Café", industry="Coffee", country="SA", colours=("#5B3A29",), notes="Riyadh"))
    services.brands.create(BrandInput(name="Bloom & Co.", industry="Flowers", country="GB"))
    old = services.brands.create(BrandInput(name="Old client"))
    services.brands.set_archived(old.id, old.version, True)
    services.accounts.create(cafe.id, AccountInput(Platform.INSTAGRAM, "palm.cafe"))
    services.accounts.create(cafe.id, AccountInput(Platform.X, "PalmCafe"))
    return services.brands.list_brands(include_archived=True)


def _accounts(services: Services) -> list[AccountData]:
    brand = services.brands.create(BrandInput(name="Nabd"))
    services.accounts.create(brand.id, AccountInput(
        Platform.INSTAGRAM, "@nabd.fitness", notes="main account"))
    services.accounts.create(brand.id, AccountInput(
        Platform.FACEBOOK, "NabdEG", profile_url="https://www.facebook.com/NabdEG"))
    gone = services.accounts.create(brand.id, AccountInput(Platform.OTHER, "nabd"))
    services.accounts.set_archived(gone.id, gone.version, True)
    return services.accounts.list_accounts(brand.id, include_archived=True)


def _row_of(model: BrandTableModel | AccountTableModel, ident: int) -> int:
    row = model.row_of(ident)
    assert row >= 0, f"record {ident} not in the model"
    return row


def test_brand_model_passes_the_model_tester_before_and_after_records(
        services: Services, qapp: object) -> None:
    model = BrandTableModel(Formatter())
    tester = QAbstractItemModelTester(model, FATAL)
    assert model.rowCount() == 0
    assert model.columnCount() == 5
    records = _brands(services)
    model.set_records(records)
    assert model.rowCount() == 3
    model.set_records(records[:1])
    assert model.rowCount() == 1
    model.set_records([])
    assert model.rowCount() == 0
    assert tester is not None


def test_account_model_passes_the_model_tester_before_and_after_records(
        services: Services, qapp: object) -> None:
    model = AccountTableModel()
    tester = QAbstractItemModelTester(model, FATAL)
    assert model.columnCount() == 4
    records = _accounts(services)
    model.set_records(records)
    assert model.rowCount() == 3
    model.set_records(records[1:])
    assert model.rowCount() == 2
    assert tester is not None


def test_children_of_a_valid_index_are_none(services: Services, qapp: object) -> None:
    model = BrandTableModel(Formatter())
    model.set_records(_brands(services))
    index = model.index(0, 0)
    assert model.rowCount(index) == 0
    assert model.columnCount(index) == 0
    assert model.data(QModelIndex()) is None


def test_headers(qapp: object) -> None:
    brands, accounts = BrandTableModel(Formatter()), AccountTableModel()
    horizontal = Qt.Orientation.Horizontal
    assert [brands.headerData(i, horizontal) for i in range(5)] == [
        "Brand", "Industry", "Country", "Accounts", "Status"]
    assert [accounts.headerData(i, horizontal) for i in range(4)] == [
        "Platform", "Handle", "Profile", "Status"]
    assert brands.headerData(0, Qt.Orientation.Vertical) is None
    assert brands.headerData(9, horizontal) is None
    assert brands.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_brand_rows_show_the_records(services: Services, qapp: object) -> None:
    records = _brands(services)
    model = BrandTableModel(Formatter())
    model.set_records(records)
    cafe = next(b for b in records if b.name == "Palm Café")
    row = _row_of(model, cafe.id)
    shown = [model.data(model.index(row, c)) for c in range(5)]
    assert shown == ["Palm Café", "Coffee", "Saudi Arabia", "2", "Active"]
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) == "Riyadh"
    icon = model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon)
    assert not icon.isNull()
    assert model.record(row) == cafe
    assert model.records() == records


def test_id_role_gives_each_rows_record_id(services: Services, qapp: object) -> None:
    records = _brands(services)
    model = BrandTableModel(Formatter())
    model.set_records(records)
    for row, record in enumerate(records):
        for column in range(model.columnCount()):
            assert model.data(model.index(row, column), ID_ROLE) == record.id
    assert model.row_of(10_000) == -1


def test_archived_rows_get_a_foreground_colour_and_live_rows_none(
        services: Services, qapp: object) -> None:
    records = _brands(services)
    model = BrandTableModel(Formatter())
    model.set_records(records)
    archived = next(b for b in records if b.archived)
    live = next(b for b in records if not b.archived)
    colour = model.data(model.index(_row_of(model, archived.id), 0), FOREGROUND)
    assert isinstance(colour, QColor)
    assert colour.isValid()
    assert model.data(model.index(_row_of(model, archived.id), 4)) == "Archived"
    assert model.data(model.index(_row_of(model, live.id), 0), FOREGROUND) is None


def test_account_handle_and_link_are_wrapped_in_unicode_isolates(
        services: Services, qapp: object) -> None:
    records = _accounts(services)
    model = AccountTableModel()
    model.set_records(records)
    insta = next(a for a in records if a.platform is Platform.INSTAGRAM)
    row = _row_of(model, insta.id)
    assert model.data(model.index(row, 0)) == "Instagram"
    assert model.data(model.index(row, 1)) == f"{LRI}@nabd.fitness{PDI}"
    assert model.data(model.index(row, 2)) == f"{LRI}https://www.instagram.com/nabd.fitness/{PDI}"
    assert model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole) == "main account"
    facebook = next(a for a in records if a.platform is Platform.FACEBOOK)
    assert model.data(model.index(_row_of(model, facebook.id), 2)) == (
        f"{LRI}https://www.facebook.com/NabdEG{PDI}")


def test_account_without_a_known_address_shows_an_empty_profile(
        services: Services, qapp: object) -> None:
    records = _accounts(services)
    model = AccountTableModel()
    model.set_records(records)
    other = next(a for a in records if a.platform is Platform.OTHER)
    row = _row_of(model, other.id)
    assert model.data(model.index(row, 2)) == ""
    assert isinstance(model.data(model.index(row, 3), FOREGROUND), QColor)
    assert model.data(model.index(row, 3)) == "Archived"


def test_ltr_isolates_text_and_leaves_empty_text_empty() -> None:
    assert ltr("@x") == "\u2066@x\u2069"
    assert ltr("") == ""
