"""A form dialog that checks its input with the rules before closing, message by each field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.errors import FieldError
from smm_desktop.ui import labels

Validator = Callable[[Any], list[FieldError]]


class FormDialog(QDialog):
    """Subclasses add rows and implement `value()`; OK runs the validator on it."""

    def __init__(self, parent: QWidget | None, title: str, validator: Validator | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self._validator = validator
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        # Beside the fields, a subclass may add a panel of its own (a live check, a preview).
        self.body = QHBoxLayout()
        self.body.addLayout(self.form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.buttons)

    def add_row(self, field: str, label: str, widget: QWidget) -> None:
        """A labelled field with a place for its error message under it."""
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setStyleSheet("color: #c0392b;")
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, box)
        self._errors[field] = error
        self._fields[field] = widget

    def value(self) -> Any:
        raise NotImplementedError

    def ask(self) -> tuple[Any, bool]:
        """Run the dialog: (its value, True) when accepted, (None, False) otherwise."""
        accepted = self.exec() == QDialog.DialogCode.Accepted
        return (self.value() if accepted else None), accepted

    def local_errors(self) -> list[FieldError]:
        """Problems the widgets know of before any rule runs (an unreadable image, say)."""
        return []

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.hide()
        for error in errors:
            if error.field in self._errors:
                self._errors[error.field].setText(labels.field_message(error))
                self._errors[error.field].show()

    def error_text(self, field: str) -> str:
        label = self._errors[field]
        return label.text() if label.isVisibleTo(self) else ""

    def _try_accept(self) -> None:
        errors = self.local_errors() or (self._validator(self.value()) if self._validator else [])
        self.show_errors(errors)
        if errors:
            if errors[0].field in self._fields:
                self._fields[errors[0].field].setFocus()
            return
        self.accept()
