"""Map the columns of a file SMM Desktop does not know: each header gets a target field of the
chosen kind of numbers; the mapping is saved for every later file with the same header."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.metrics import Metric
from smm_desktop.importers.fields import DAILY_KINDS, KIND_FIELDS
from smm_desktop.importers.headers import normalise
from smm_desktop.importers.records import Kind, ReadResult
from smm_desktop.importers.sheets import read_tables
from smm_desktop.services.numbers_data import ImportPreview
from smm_desktop.ui import import_labels as names
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import isolate, ltr
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.models.imports import SampleRow, sample_model
from smm_desktop.ui.widgets.import_preview import table_view

SAMPLE_ROWS = 5
SAMPLE_BYTES = 256 * 1024  # enough of a text file for its first rows
# What each kind cannot do without: (any of these targets), all of which must be mapped.
REQUIRED: dict[Kind, tuple[tuple[str, ...], ...]] = {
    "post_metrics": (("external_id", "permalink"),),
    "account_daily": (("day",),),
    "post_daily": (("day",), ("external_id",)),
    "follower_history": (("day",), ("followers",)),
    "campaign_daily": (("campaign",),),
}


@dataclass(frozen=True)
class MappingChoice:
    """What the person chose: header as written -> target ("" = not imported)."""

    kind: Kind
    platform: str
    label: str
    mapping: Mapping[str, str]


def targets_of(kind: Kind) -> list[str]:
    """The targets offered for `kind`: its fields, and in daily kinds every metric too."""
    found = ["", *KIND_FIELDS[kind]]
    if kind in DAILY_KINDS:
        found += [m.value for m in Metric if m.value not in found]
    return found


def guess(header: str, targets: list[str]) -> str:
    """The target whose name or label is this header, or "" when none is."""
    key = normalise(header)
    for target in targets[1:]:
        if key in (normalise(target.replace("_", " ")), normalise(names.field_name(target))):
            return target
    return ""


def sample_rows(path: Path, result: ReadResult | None) -> list[SampleRow]:
    """The first rows under the header of the unknown table (empty when unreadable)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(SAMPLE_BYTES)
            if data.startswith(b"PK") or data.startswith(b"\xd0\xcf"):
                data += handle.read()  # a workbook or zip is read whole
    except OSError:
        return []
    sheet = result.sheet if result else None
    header = result.header_line if result and result.header_line is not None else 0
    for table in read_tables(data, path.name):
        if sheet is None or table.sheet == sheet:
            rows = [cells for line, cells in table.rows if line > header][:SAMPLE_ROWS]
            return [tuple("" if c is None else str(c) for c in cells) for cells in rows]
    return []


class ColumnMappingDialog(QDialog):
    """Headers down the side, a target for each; the first rows of the file below."""

    def __init__(self, parent: QWidget | None, ctx: UiContext, path: Path,
                 preview: ImportPreview) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Map the columns"))
        self.resize(820, 620)
        self.ctx, self.path, self.preview = ctx, path, preview
        self.table = next((r for r in preview.results if not r.recognised), None)
        self.headers = list(self.table.headers if self.table else ())
        self.combos: dict[str, QComboBox] = {}
        self.kind = QComboBox()
        self.kind.setObjectName("mappingKind")
        for kind in KIND_FIELDS:
            self.kind.addItem(names.kind_name(kind), kind)
        self.platform = QComboBox()
        self.platform.setObjectName("mappingPlatform")
        for platform in Platform:
            self.platform.addItem(labels.platform_name(platform), platform.value)
        self.platform.setCurrentIndex(self.platform.findData(Platform.OTHER.value))
        self.name = QLineEdit(path.stem)
        self.name.setObjectName("mappingName")
        self.error = QLabel()
        self.error.setObjectName("mappingError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.grid = QGridLayout()
        self.sample = sample_model(self.headers, self)
        self.sample.set_records(sample_rows(path, self.table))
        self._build()
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_targets())
        self._fill_targets()

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Tell SMM Desktop which column of %1 holds what. Columns left “(not imported)” are "
            "ignored. The next file with the same columns is read this way by itself.")
            .replace("%1", ltr(self.path.name)))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("The file holds:"), self.kind)
        form.addRow(self.tr("Platform:"), self.platform)
        form.addRow(self.tr("Name of this layout:"), self.name)
        holder = QWidget()
        holder.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        sample = table_view(self.sample)
        sample.setObjectName("mappingSample")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save and preview"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("mappingSave")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(scroll, 2)
        layout.addWidget(QLabel(self.tr("The first rows of the file:")))
        layout.addWidget(sample, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen_kind(self) -> Kind:
        kind: Kind = self.kind.currentData()
        return kind

    def _fill_targets(self) -> None:
        """A row per header with the targets of the chosen kind; a guess where a name fits."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos.clear()
        targets = targets_of(self.chosen_kind())
        for row, header in enumerate(h for h in self.headers if h):
            combo = QComboBox()
            for target in targets:
                combo.addItem(names.field_name(target), target)
            combo.setCurrentIndex(max(combo.findData(guess(header, targets)), 0))
            self.grid.addWidget(QLabel(isolate(header)), row, 0)
            self.grid.addWidget(combo, row, 1)
            self.combos[header] = combo
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(len(self.combos), 1)

    def mapping(self) -> dict[str, str]:
        """Header -> target for the headers given one."""
        return {h: str(c.currentData()) for h, c in self.combos.items() if c.currentData()}

    def set_target(self, header: str, target: str) -> None:
        """Choose `target` for `header` (the tests and a keyboard user do the same)."""
        combo = self.combos[header]
        combo.setCurrentIndex(combo.findData(target))

    def problem(self) -> str:
        """Why the mapping cannot be saved yet, or ""."""
        chosen = list(self.mapping().values())
        if not chosen:
            return self.tr("Choose what at least one column holds.")
        twice = sorted({t for t in chosen if chosen.count(t) > 1})
        if twice:
            return self.tr("Two columns hold %1: choose one.").replace(
                "%1", names.field_name(twice[0]))
        for anyof in REQUIRED[self.chosen_kind()]:
            if not any(t in chosen for t in anyof):
                return self.tr("Choose the column that holds %1.").replace(
                    "%1", self.tr(" or ").join(names.field_name(t) for t in anyof))
        if not self.name.text().strip():
            return self.tr("Give this layout a name.")
        return ""

    def choice(self) -> MappingChoice:
        return MappingChoice(self.chosen_kind(), str(self.platform.currentData()),
                             self.name.text().strip(), self.mapping())

    def save(self) -> None:
        """Save the mapping for this header signature; a refusal keeps what was chosen."""
        problem = self.problem()
        if not problem and self.table is not None:
            choice = self.choice()
            try:
                self.ctx.services.imports.save_mapping(
                    self.table.signature, choice.label, choice.platform, choice.kind,
                    dict(choice.mapping))
            except Exception as err:  # a storage fault: say so, keep the dialog open
                problem = labels.error_message(err)
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if not problem:
            self.accept()

    @classmethod
    def run(cls, parent: QWidget | None, ctx: UiContext, path: Path,
            preview: ImportPreview) -> tuple[MappingChoice | None, bool]:
        """Show the dialog; (the saved choice, True) when the person saved it."""
        dialog = cls(parent, ctx, path, preview)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.choice() if accepted else None), accepted
