"""The persona card and matrix models: Qt's model tester on real data, reorder by drop, shares."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QMimeData, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from smm_desktop.domain.enums import Gender, Platform
from smm_desktop.domain.platform_reach import recommend
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.personas import PersonaData, PersonaInput
from smm_desktop.services.registry import Services
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.persona_matrix import NOT_SET, PersonaMatrixModel
from smm_desktop.ui.models.personas import (
    MIME_TYPE,
    PLATFORMS_ROLE,
    WHERE_ROLE,
    WHO_ROLE,
    PersonaListModel,
    merge_order,
    move_ids,
)
from smm_desktop.ui.models.table import ID_ROLE
from smm_desktop.ui.tabs.audience.advice import advice

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
MOVE = Qt.DropAction.MoveAction


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Lists are joined the English way ("A, B, and C"), whatever ran before."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


def _personas(services: Services) -> list[PersonaData]:
    brand = services.brands.create(BrandInput(name="Bloom & Co."))
    made = services.personas
    made.create(brand.id, PersonaInput("Emma", Gender.FEMALE, 28, 45, ("Manchester", "Cheshire")),
                {Platform.INSTAGRAM: 90, Platform.PINTEREST: 80, Platform.FACEBOOK: 40,
                 Platform.X: 5})
    made.create(brand.id, PersonaInput("Tom", age_min=30), {Platform.LINKEDIN: 85})
    old = made.create(brand.id, PersonaInput("Old segment", age_max=60))
    made.set_archived(old.id, old.version, True)
    return made.list_personas(brand.id)


def test_the_card_model_passes_the_model_tester(services: Services, qapp: object) -> None:
    model = PersonaListModel(Formatter())
    tester = QAbstractItemModelTester(model, FATAL)
    records = _personas(services)
    model.set_records(records)
    assert model.rowCount() == 3 and model.ids() == [p.id for p in records]
    model.set_records(records[:1])
    model.set_records([])
    assert model.rowCount() == 0
    del tester


def test_the_cards_say_who_where_and_which_platforms(services: Services, qapp: object) -> None:
    model = PersonaListModel(Formatter("latin"))
    model.set_records(_personas(services))
    emma, tom, old = (model.index(row) for row in range(3))
    assert emma.data(DISPLAY) == "Emma"
    assert emma.data(WHO_ROLE) == "Women, aged 28 to 45"
    assert emma.data(WHERE_ROLE) == "Manchester and Cheshire"
    assert emma.data(PLATFORMS_ROLE) == "Instagram 90%, Pinterest 80%, and Facebook 40%"
    assert tom.data(WHO_ROLE) == "Women and men, aged 30 and over"
    assert old.data(WHO_ROLE) == "Women and men, aged up to 60"
    assert tom.data(WHERE_ROLE) == "" and old.data(PLATFORMS_ROLE) == ""
    assert emma.data(ID_ROLE) == model.record(0).id
    assert "Women, aged 28 to 45" in emma.data(Qt.ItemDataRole.ToolTipRole)


def _mime(ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, json.dumps(ids).encode())
    return data


def test_a_drop_asks_for_the_new_order(services: Services, qapp: object) -> None:
    model = PersonaListModel(Formatter())
    model.set_records(_personas(services))
    emma, tom, old = model.ids()
    asked: list[list[int]] = []
    model.reorder_requested.connect(asked.append)
    dragged = model.mimeData([model.index(2)])
    assert MIME_TYPE in model.mimeTypes()
    assert model.canDropMimeData(dragged, MOVE, 0, 0, QModelIndex())
    assert not model.dropMimeData(dragged, MOVE, 0, 0, QModelIndex())  # the owner reloads
    assert model.dropMimeData(_mime([emma]), MOVE, -1, -1, QModelIndex()) is False
    model.dropMimeData(_mime([emma]), MOVE, -1, -1, model.index(0))  # onto itself: no change
    assert asked == [[old, emma, tom], [tom, old, emma]]
    assert not model.canDropMimeData(QMimeData(), MOVE, 0, 0, QModelIndex())


def test_move_and_merge_orders() -> None:
    assert move_ids([1, 2, 3, 4], [1], 3) == [2, 3, 1, 4]
    assert move_ids([1, 2, 3, 4], [4], 0) == [4, 1, 2, 3]
    assert move_ids([1, 2, 3, 4], [2, 3], 99) == [1, 4, 2, 3]
    assert merge_order([1, 9, 2, 3], [3, 1, 2]) == [3, 9, 1, 2]


def test_the_matrix_model_passes_the_model_tester(services: Services, qapp: object) -> None:
    model = PersonaMatrixModel(Formatter("latin"))
    tester = QAbstractItemModelTester(model, FATAL)
    personas = [p for p in _personas(services) if not p.archived]
    assert model.rowCount() == 0 and model.columnCount() == len(Platform)
    model.set_personas(personas)
    assert model.rowCount() == 3  # two personas and the whole audience
    model.set_personas(personas)  # the same ones: changed in place
    assert model.setData(model.index(1, 0), 70, EDIT)
    model.set_personas(personas[:1], (Platform.INSTAGRAM, Platform.X))
    assert model.columnCount() == 2
    model.set_personas([])
    assert model.rowCount() == 0
    del tester


def test_the_matrix_shows_shares_and_the_whole_audience(services: Services, qapp: object) -> None:
    model = PersonaMatrixModel(Formatter("latin"))
    model.set_personas([p for p in _personas(services) if not p.archived])
    column = {p: n for n, p in enumerate(Platform)}
    ig, li = column[Platform.INSTAGRAM], column[Platform.LINKEDIN]
    assert model.headerData(0, Qt.Orientation.Vertical) == "Emma"
    assert model.headerData(2, Qt.Orientation.Vertical) == "Whole audience"
    assert model.headerData(ig, Qt.Orientation.Horizontal) == "Instagram"
    assert model.index(0, ig).data(DISPLAY) == "90%"
    assert model.index(0, ig).data(EDIT) == 90
    assert model.index(1, ig).data(DISPLAY) == NOT_SET  # never set: not 0%
    assert model.index(1, ig).data(EDIT) == 0
    assert model.index(1, ig).data(Qt.ItemDataRole.ToolTipRole).startswith("Not set:")
    assert model.index(2, ig).data(DISPLAY) == "45%"
    assert model.index(2, li).data(DISPLAY) == "43%"  # 42.5, rounded as people do
    assert model.headerData(ig, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).bold()
    assert model.flags(model.index(0, ig)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(2, ig)) & Qt.ItemFlag.ItemIsEditable


def test_a_segment_with_no_share_set_is_unknown_not_zero(services: Services,
                                                         qapp: object) -> None:
    model = PersonaMatrixModel(Formatter("latin"))
    tester = QAbstractItemModelTester(model, FATAL)
    emma, tom = [p for p in _personas(services) if not p.archived]
    blank = dataclasses.replace(tom, id=tom.id + 100, name="New", platforms=())
    model.set_personas([emma, blank])
    ig = list(Platform).index(Platform.INSTAGRAM)
    assert [model.index(1, c).data(DISPLAY) for c in range(3)] == [NOT_SET] * 3
    assert model.index(2, ig).data(DISPLAY) == "90%"  # the unknown segment is left out
    assert "left out: 1" in model.index(2, ig).data(Qt.ItemDataRole.ToolTipRole)
    threads = list(Platform).index(Platform.THREADS)
    assert model.index(2, threads).data(DISPLAY) == NOT_SET
    assert model.setData(model.index(0, ig), 0, EDIT)  # 0 clears the share
    assert model.index(0, ig).data(DISPLAY) == NOT_SET and Platform.INSTAGRAM not in model.shares(0)
    del tester


@pytest.mark.parametrize("value", [101, -1, "50", 50.0, True, None])
def test_the_matrix_refuses_what_is_not_a_whole_percent(
        services: Services, qapp: object, value: object) -> None:
    model = PersonaMatrixModel(Formatter())
    model.set_personas([p for p in _personas(services) if not p.archived])
    edited: list[tuple[int, str, int]] = []
    model.share_edited.connect(lambda *args: edited.append(args))
    assert not model.setData(model.index(0, 0), value, EDIT)
    assert not model.setData(model.index(2, 0), 10, EDIT)  # the whole audience is computed
    assert edited == []


def test_a_matrix_edit_changes_the_cell_and_asks_to_save(services: Services, qapp: object) -> None:
    model = PersonaMatrixModel(Formatter("latin"))
    personas = [p for p in _personas(services) if not p.archived]
    model.set_personas(personas)
    edited: list[tuple[int, str, int]] = []
    model.share_edited.connect(lambda *args: edited.append(args))
    tiktok = list(Platform).index(Platform.TIKTOK)
    assert model.setData(model.index(1, tiktok), 60, EDIT)
    assert edited == [(personas[1].id, "tiktok", 60)]
    assert model.index(1, tiktok).data(DISPLAY) == "60%"
    assert model.shares(1) == {Platform.LINKEDIN: 85, Platform.TIKTOK: 60}
    assert model.setData(model.index(1, tiktok), 60, EDIT)  # unchanged: nothing to save
    assert len(edited) == 1


def test_the_advice_names_the_platforms_and_the_accounts(qapp: object) -> None:
    fmt = Formatter("latin")
    emma = {Platform.INSTAGRAM: 90, Platform.PINTEREST: 80}
    tom = {Platform.LINKEDIN: 85}
    lines = advice(recommend([emma, tom]), {Platform.INSTAGRAM, Platform.X}, fmt)
    assert lines == [
        "One of your 2 segments spends at least half its time on Instagram, and about 45% of "
        "your whole audience is there: put most of your effort on Instagram.",
        "Then LinkedIn: it reaches one more segment that spends at least half its time there.",
        "The brand has no account on LinkedIn yet, where much of your audience is.",
        "None of your segments is on X, where the brand has an account: keep the effort there "
        "light, or check the segments' shares.",
        "In short: focus on Instagram and LinkedIn; X can wait.",
    ]
    chosen = advice(recommend([emma, tom]), {Platform.INSTAGRAM}, fmt,
                    {Platform.INSTAGRAM, Platform.LINKEDIN, Platform.PINTEREST})
    assert chosen[-1] == "In short: focus on Instagram and LinkedIn."  # Pinterest: Emma is there
    unknown = advice(recommend([emma, {}]), {Platform.INSTAGRAM}, fmt)
    assert "Segments with no platform share set yet: 1." in unknown[-2]
    assert advice(recommend([]), set(), fmt) == []
    assert advice(recommend([{}, {}]), set(), fmt)[0].startswith("Set how much of each segment")
    three = advice(recommend([emma, emma, {Platform.X: 20}]), {Platform.INSTAGRAM}, fmt)
    assert three[0].startswith("2 of your 3 segments spend at least half their time on Instagram")
    assert three[1].startswith("One segment spends less than half its time")
