"""Rows to records and back, field by field: a record's field and its column share a name.

Enums are stored as their value, lists one item a line (services/_base.join_list), so the
conversion is by the record field's type; references (accounts, refs) are set by the caller.
"""

from __future__ import annotations

import dataclasses
import types
from enum import Enum
from typing import Any, TypeVar, Union, get_args, get_origin

from sqlalchemy import inspect

from smm_desktop.services._base import join_list, split_stored
from smm_desktop.services.personas import PersonaInput
from smm_desktop.services.transfer.records import PersonaRecord
from smm_desktop.services.transfer.strategy_json import field_types

R = TypeVar("R")


def _plain(kind: Any) -> Any:
    """`X` of `X | None`; other types as they are."""
    if get_origin(kind) in (Union, types.UnionType):
        return next(arg for arg in get_args(kind) if arg is not type(None))
    return kind


def _is_text_list(kind: Any) -> bool:
    return get_origin(kind) is tuple and get_args(kind)[0] is str


def _from_column(kind: Any, value: Any) -> Any:
    plain = _plain(kind)
    if value is None:
        return None
    if isinstance(plain, type) and issubclass(plain, Enum):
        return plain(value)
    return split_stored(value) if _is_text_list(plain) else value


def _to_column(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    return join_list(value) if isinstance(value, tuple) else value


def to_record(kind: type[R], row: Any, **given: Any) -> R:
    """A record of `kind` from the row's columns of the same names; `given` fields as passed."""
    hints = field_types(kind)
    values = {name: given[name] if name in given else _from_column(hints[name], getattr(row, name))
              for name in hints if name in given or hasattr(row, name)}
    return kind(**values)


def fill_row(row: Any, record: Any, skip: tuple[str, ...] = ()) -> Any:
    """Set the row's columns from the record fields of the same names (but `skip`)."""
    columns = _columns(type(row))
    for f in dataclasses.fields(record):
        if f.name in columns and f.name not in skip:
            setattr(row, f.name, _to_column(getattr(record, f.name)))
    return row


_COLUMNS: dict[type, frozenset[str]] = {}


def _columns(model: type) -> frozenset[str]:
    if model not in _COLUMNS:
        attrs: Any = inspect(model).column_attrs
        names: list[str] = [attr.key for attr in attrs]
        _COLUMNS[model] = frozenset(names)
    return _COLUMNS[model]


def persona_input(record: PersonaRecord) -> PersonaInput:
    """The persona form's fields of a record (its rules and tidying apply to imports too)."""
    names = {f.name for f in dataclasses.fields(PersonaInput)}
    return PersonaInput(**{name: getattr(record, name) for name in names})
