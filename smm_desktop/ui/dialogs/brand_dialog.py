"""Create or edit a brand (a client)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.validation import split_list
from smm_desktop.services.brands import BrandInput
from smm_desktop.ui import labels
from smm_desktop.ui.dialogs.form import FormDialog, Validator

LOGO_SIZE = 256


def image_to_png(image: QImage) -> bytes:
    """A logo scaled to at most 256 px, stored as PNG."""
    if max(image.width(), image.height()) > LOGO_SIZE:
        image = image.scaled(LOGO_SIZE, LOGO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; Qt wants str
    return bytes(data.data())


class BrandDialog(FormDialog):
    """Name, industry, country, languages, colours, logo, report recipients, notes."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: BrandInput | None) -> None:
        title = self.tr("Edit brand") if initial else self.tr("New brand")
        super().__init__(parent, title, validator)
        self._logo: bytes | None = initial.logo_png if initial else None
        self._logo_error = ""
        self._build()
        self._fill(initial or BrandInput(name=""))

    def _build(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("The client's name, as in reports"))
        self.industry = QLineEdit()
        self.country = QComboBox()
        self.country.addItem(self.tr("Not set"), "")
        for code in labels.REGIONS:
            self.country.addItem(labels.region_name(code), code)
        self.languages = {code: QCheckBox(labels.language_name(code))
                          for code in labels.CONTENT_LANGUAGES}
        self.colours = QLineEdit()
        self.colours.setPlaceholderText("#5B3A29, #D9A441")
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("One email address per line"))
        self.recipients.setFixedHeight(64)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        self.add_row("name", self.tr("Name"), self.name)
        self.add_row("industry", self.tr("Industry"), self.industry)
        self.add_row("country", self.tr("Country"), self.country)
        self.add_row("languages", self.tr("Languages"), self._row(*self.languages.values()))
        self.add_row("colours", self.tr("Brand colours"), self._colour_row())
        self.add_row("logo", self.tr("Logo"), self._logo_row())
        self.add_row("report_recipients", self.tr("Report recipients"), self.recipients)
        self.add_row("notes", self.tr("Notes"), self.notes)

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch()
        return box

    def _colour_row(self) -> QWidget:
        pick = QPushButton(self.tr("Add colour…"))
        pick.clicked.connect(self._pick_colour)
        return self._row(self.colours, pick)

    def _logo_row(self) -> QWidget:
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(64, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose, clear = QPushButton(self.tr("Choose image…")), QPushButton(self.tr("Remove"))
        choose.clicked.connect(self._choose_logo)
        clear.clicked.connect(lambda: self.set_logo(None))
        return self._row(self.logo_preview, choose, clear)

    def _fill(self, data: BrandInput) -> None:
        self.name.setText(data.name)
        self.industry.setText(data.industry)
        self.country.setCurrentIndex(max(0, self.country.findData(data.country)))
        for code, box in self.languages.items():
            box.setChecked(code in data.languages)
        self.colours.setText(", ".join(data.colours))
        self.recipients.setPlainText("\n".join(data.report_recipients))
        self.notes.setPlainText(data.notes)
        self.set_logo(data.logo_png)

    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor("#336699"), self, self.tr("Brand colour"))
        if colour.isValid():
            values = [*split_list(self.colours.text()), colour.name().upper()]
            self.colours.setText(", ".join(values))

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the brand's logo"), "",
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.svg)"))
        if path:
            self.load_logo(path)

    def load_logo(self, path: str) -> None:
        image = QImage(path)
        if image.isNull():
            self._logo_error = path
            self.show_errors(self.local_errors())
            return
        self._logo_error = ""
        self.set_logo(image_to_png(image))

    def set_logo(self, png: bytes | None) -> None:
        self._logo = png
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.logo_preview.setPixmap(pixmap.scaled(
                64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("No logo"))

    def local_errors(self) -> list[FieldError]:
        return [FieldError("logo", "bad_image", {"value": self._logo_error})] if self._logo_error else []

    def value(self) -> BrandInput:
        return BrandInput(
            name=self.name.text().strip(), industry=self.industry.text().strip(),
            country=self.country.currentData() or "",
            languages=tuple(c for c, box in self.languages.items() if box.isChecked()),
            colours=tuple(c.upper() for c in split_list(self.colours.text())),
            notes=self.notes.toPlainText(),
            report_recipients=tuple(split_list(self.recipients.toPlainText())),
            logo_png=self._logo,
        )

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: BrandInput | None = None) -> tuple[BrandInput | None, bool]:
        return cls(parent, validator, initial).ask()
