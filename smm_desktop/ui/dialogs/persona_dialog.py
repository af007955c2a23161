"""Create or edit a persona (an audience segment): who they are, where and when, what they
think, and which platforms they use and how much."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.enums import Gender, Platform
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.validation import NAME_MAX
from smm_desktop.services.persona_rules import (
    AGE_MAX,
    AGE_MIN,
    LIST_FIELDS,
    TEXT_FIELDS,
    share_errors,
)
from smm_desktop.services.personas import PersonaData, PersonaInput
from smm_desktop.ui import labels
from smm_desktop.ui.dialogs.brand_dialog import image_to_png
from smm_desktop.ui.dialogs.form import FormDialog, Validator

PICTURE_PREVIEW = 64
NOT_SET = AGE_MIN - 1  # the age boxes' lowest value reads "Not set"


def normal_shares(shares: Mapping[Platform, int]) -> tuple[tuple[Platform, int], ...]:
    """The shares above 0, sorted as a stored persona lists them."""
    return tuple(sorted((platform, share) for platform, share in shares.items() if share > 0))


@dataclass(frozen=True)
class PersonaEdit:
    """What the editor gives back: the persona's fields and its platform shares."""

    data: PersonaInput
    shares: tuple[tuple[Platform, int], ...] = ()

    @classmethod
    def of(cls, persona: PersonaData) -> PersonaEdit:
        return cls(persona.to_input(), persona.platforms)


class PersonaDialog(FormDialog):
    """Scrollable, in four groups: Who, Where and when, Mind, Platforms."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: PersonaEdit | None, segments: int | None = None) -> None:
        """`segments`: how many other active personas the brand has (None: do not say)."""
        title = self.tr("Edit persona") if initial else self.tr("New persona")
        super().__init__(parent, title, validator)
        self._picture: bytes | None = None
        self._picture_error = ""
        self.resize(680, 720)
        self.warning = self._warning(segments, initial is not None)
        self.scroll_area = self._scroll_body()
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(0, self.warning)
        outer.insertWidget(1, self.scroll_area, 1)
        self._fill(initial or PersonaEdit(PersonaInput(name="")))

    def _warning(self, segments: int | None, editing: bool) -> QLabel:
        if editing:
            text = self.tr("This is the brand's only segment. The job advises at least two, "
                           "each with content of its own.")
        else:
            text = self.tr("This will be the brand's only segment. The job advises at least two, "
                           "each with content of its own: add another one after this.")
        label = QLabel(text)
        label.setObjectName("oneSegmentWarning")
        label.setWordWrap(True)
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setVisible(segments == 0)
        return label

    def _scroll_body(self) -> QScrollArea:
        body = QWidget()
        column = QVBoxLayout(body)
        forms = []
        for title, build in ((self.tr("Who"), self._build_who),
                             (self.tr("Where and when"), self._build_where),
                             (self.tr("Mind"), self._build_mind),
                             (self.tr("Platforms"), self._build_platforms)):
            group = QGroupBox(title)
            self.form = QFormLayout(group)  # add_row fills the group being built
            build()
            forms.append(self.form)
            column.addWidget(group)
        column.addStretch()
        self._align_labels(forms)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    @staticmethod
    def _align_labels(forms: list[QFormLayout]) -> None:
        """One label column across the groups, so that their fields line up."""
        role = QFormLayout.ItemRole.LabelRole
        items = [form.itemAt(row, role) for form in forms for row in range(form.rowCount())]
        names = [w for w in (item.widget() for item in items if item is not None) if w is not None]
        width = max(name.sizeHint().width() for name in names)
        for name in names:
            name.setMinimumWidth(width)

    def _build_who(self) -> None:
        self.name = self._line("name", NAME_MAX)
        self.name.setPlaceholderText(self.tr("A name that brings the person to mind, e.g. Noura the student"))
        self.gender = QComboBox()
        for gender in Gender:
            self.gender.addItem(labels.gender_name(gender), gender.value)
        self.age_min, self.age_max = self._age_box(), self._age_box()
        self.add_row("name", self.tr("Name"), self.name)
        self.add_row("picture_png", self.tr("Picture"), self._picture_row())
        self.add_row("gender", self.tr("Gender"), self.gender)
        self.add_row("age_min", self.tr("Youngest age"), self.age_min)
        self.add_row("age_max", self.tr("Oldest age"), self.age_max)
        self.marital_status = self._line("marital_status")
        self.education = self._line("education")
        self.occupation = self._line("occupation")
        self.income_band = self._line("income_band")
        self.add_row("marital_status", self.tr("Marital status"), self.marital_status)
        self.add_row("education", self.tr("Education"), self.education)
        self.add_row("occupation", self.tr("Occupation"), self.occupation)
        self.add_row("income_band", self.tr("Income band"), self.income_band)

    def _build_where(self) -> None:
        self.locations = self._list(self.tr("One place a line, e.g. Riyadh"))
        self.active_hours = self._line("active_hours")
        self.active_hours.setPlaceholderText(self.tr("e.g. weekdays 4 to 9 pm"))
        self.add_row("locations", self.tr("Locations"), self.locations)
        self.add_row("active_hours", self.tr("Hours they are active"), self.active_hours)

    def _build_mind(self) -> None:
        self.interests = self._list(self.tr("One interest a line"))
        self.pains = self._list(self.tr("One problem a line"))
        self.dreams = self._list(self.tr("One dream a line"))
        self.buying_habits = self._list(self.tr("One habit a line, e.g. orders after lectures"))
        self.objections = self._list(self.tr("One objection a line, e.g. too expensive"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(64)
        self.add_row("interests", self.tr("Interests"), self.interests)
        self.add_row("pains", self.tr("Problems they struggle with"), self.pains)
        self.add_row("dreams", self.tr("Dreams they want to reach"), self.dreams)
        self.add_row("buying_habits", self.tr("Buying habits"), self.buying_habits)
        self.add_row("objections", self.tr("Objections to buying"), self.objections)
        self.add_row("notes", self.tr("Notes"), self.notes)

    def _build_platforms(self) -> None:
        self.share_boxes: dict[Platform, QSpinBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for number, platform in enumerate(Platform):
            box = QSpinBox()
            box.setRange(0, 100)
            box.setSuffix(self.tr("%"))
            label = QLabel(labels.platform_name(platform))
            label.setBuddy(box)
            grid.addWidget(label, number // 2, (number % 2) * 2)
            grid.addWidget(box, number // 2, (number % 2) * 2 + 1)
            self.share_boxes[platform] = box
        shares = QWidget()
        shares.setLayout(grid)
        hint = QLabel(self.tr("How much of this segment is on each platform, from 0 to 100%. "
                              "The shares need not add up to 100: people use several platforms."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.add_row("shares", self.tr("Share on each platform"), shares)
        self.preferred_content = self._list(self.tr("One kind a line, e.g. short videos"))
        self.add_row("preferred_content", self.tr("Content they prefer"), self.preferred_content)

    def _line(self, field: str, limit: int = 0) -> QLineEdit:
        line = QLineEdit()
        line.setMaxLength(limit or TEXT_FIELDS[field])
        return line

    @staticmethod
    def _list(placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        return edit

    def _age_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NOT_SET, AGE_MAX)
        box.setSpecialValueText(self.tr("Not set"))
        return box

    def _picture_row(self) -> QWidget:
        self.picture_preview = QLabel()
        self.picture_preview.setFixedSize(PICTURE_PREVIEW, PICTURE_PREVIEW)
        self.picture_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture_preview.setFrameShape(QFrame.Shape.StyledPanel)
        choose, clear = QPushButton(self.tr("Choose image…")), QPushButton(self.tr("Remove"))
        choose.clicked.connect(self._choose_picture)
        clear.clicked.connect(lambda: self.set_picture(None))
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.picture_preview, choose, clear):
            row.addWidget(widget)
        row.addStretch()
        return box

    def _fill(self, edit: PersonaEdit) -> None:
        data = edit.data
        self.name.setText(data.name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(data.gender.value)))
        self.age_min.setValue(NOT_SET if data.age_min is None else data.age_min)
        self.age_max.setValue(NOT_SET if data.age_max is None else data.age_max)
        for field in TEXT_FIELDS:
            getattr(self, field).setText(getattr(data, field))
        for field in LIST_FIELDS:
            getattr(self, field).setPlainText("\n".join(getattr(data, field)))
        self.notes.setPlainText(data.notes)
        shares = dict(edit.shares)
        for platform, box in self.share_boxes.items():
            box.setValue(shares.get(platform, 0))
        self.set_picture(data.picture_png)

    def _choose_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a picture for this persona"), "",
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.svg)"))
        if path:
            self.load_picture(path)

    def load_picture(self, path: str) -> None:
        image = QImage(path)
        self._picture_error = path if image.isNull() else ""
        if image.isNull():
            self.show_errors(self.local_errors())
            return
        self.set_picture(image_to_png(image))

    def set_picture(self, png: bytes | None) -> None:
        self._picture = png
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.picture_preview.setPixmap(pixmap.scaled(
                PICTURE_PREVIEW, PICTURE_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.picture_preview.setPixmap(QPixmap())
            self.picture_preview.setText(self.tr("No picture"))

    def local_errors(self) -> list[FieldError]:
        if self._picture_error:
            return [FieldError("picture_png", "bad_image", {"value": self._picture_error})]
        return share_errors(dict(self.shares()))

    def show_errors(self, errors: list[FieldError]) -> None:
        super().show_errors(errors)
        if errors and errors[0].field in self._fields:
            self.scroll_area.ensureWidgetVisible(self._fields[errors[0].field])

    def shares(self) -> tuple[tuple[Platform, int], ...]:
        return normal_shares({p: box.value() for p, box in self.share_boxes.items()})

    def value(self) -> PersonaEdit:
        def items(field: str) -> tuple[str, ...]:
            text = getattr(self, field).toPlainText()
            return tuple(line.strip() for line in text.splitlines() if line.strip())

        def age(box: QSpinBox) -> int | None:
            return None if box.value() == NOT_SET else box.value()

        fields: dict[str, Any] = {f: getattr(self, f).text().strip() for f in TEXT_FIELDS}
        fields.update({f: items(f) for f in LIST_FIELDS})
        data = PersonaInput(
            name=self.name.text().strip(), gender=Gender(self.gender.currentData()),
            age_min=age(self.age_min), age_max=age(self.age_max), notes=self.notes.toPlainText(),
            picture_png=self._picture, **fields)
        return PersonaEdit(data, self.shares())

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: PersonaEdit | None = None,
            segments: int | None = None) -> tuple[PersonaEdit | None, bool]:
        return cls(parent, validator, initial, segments).ask()
