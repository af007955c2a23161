"""The JSON form of the strategy records: each field under its own name, read back by its type.

Dates are `YYYY-MM-DD`, times ISO 8601 UTC with a Z, pictures base64 PNG, enums their stored
value, lists JSON arrays; a persona's platforms are `[{"platform": …, "share": …}]`.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import types
from datetime import date, datetime
from enum import Enum
from typing import Any, Union, get_args, get_origin, get_type_hints

from smm_desktop.domain.enums import Platform
from smm_desktop.services.transfer.document_base import TransferError, format_time, parse_time
from smm_desktop.services.transfer.records import STRATEGY_LISTS, GuideRecord, StrategyRecords

SHARES = "platforms"  # PersonaRecord.platforms: (platform, share) pairs


# -- to JSON ---------------------------------------------------------------------------------


def strategy_json(records: StrategyRecords) -> dict[str, Any]:
    """The brand's strategy keys, in document order (the guide after the audits)."""
    data = {name: [encode(r) for r in getattr(records, name)] for name in STRATEGY_LISTS}
    guide = None if records.guide is None else encode(records.guide)
    ordered = {k: data[k] for k in STRATEGY_LISTS[:5]} | {"guide": guide}
    return ordered | {k: data[k] for k in STRATEGY_LISTS[5:]}


def encode(record: Any) -> dict[str, Any]:
    """A record as a JSON object: its fields in order, each in its JSON form."""
    return {f.name: _encode_value(f.name, getattr(record, f.name))
            for f in dataclasses.fields(record)}


def _encode_value(name: str, value: Any) -> Any:
    if name == SHARES:
        return [{"platform": p.value, "share": share} for p, share in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return format_time(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if dataclasses.is_dataclass(value):
        return encode(value)
    if isinstance(value, tuple):
        return [_encode_value("", item) for item in value]
    return value


# -- from JSON (already checked against the schema) ------------------------------------------


def strategy_from_json(data: dict[str, Any], at: str) -> StrategyRecords:
    """A brand's strategy from its JSON object (a version-1 brand has none: all empty)."""
    hints = field_types(StrategyRecords)
    lists = {name: _decode_value(hints[name], data.get(name, []), f"{at}/{name}")
             for name in STRATEGY_LISTS}
    guide = data.get("guide")
    guide_record = None if guide is None else decode(GuideRecord, guide, f"{at}/guide")
    return StrategyRecords(guide=guide_record, **lists)


def decode(kind: Any, value: dict[str, Any], at: str) -> Any:
    """A record of class `kind` from its JSON object."""
    hints = field_types(kind)
    return kind(**{name: _decode_field(name, hints[name], value[name], f"{at}/{name}")
                   for name in hints})


_TYPES: dict[type, dict[str, Any]] = {}


def field_types(kind: type) -> dict[str, Any]:
    """The resolved type of each field of a record class."""
    if kind not in _TYPES:
        _TYPES[kind] = get_type_hints(kind)
    return _TYPES[kind]


def _decode_field(name: str, kind: Any, value: Any, at: str) -> Any:
    if name == SHARES:
        return tuple((Platform(item["platform"]), int(item["share"])) for item in value)
    return _decode_value(kind, value, at)


def _decode_value(kind: Any, value: Any, at: str) -> Any:
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        inner = next(arg for arg in get_args(kind) if arg is not type(None))
        return None if value is None else _decode_value(inner, value, at)
    if origin is tuple:
        item = get_args(kind)[0]
        return tuple(_decode_value(item, v, f"{at}/{i}") for i, v in enumerate(value))
    return _decode_scalar(kind, value, at)


def _decode_scalar(kind: Any, value: Any, at: str) -> Any:
    if dataclasses.is_dataclass(kind):
        return decode(kind, value, at)
    if kind is datetime:
        return parse_time(value, at)
    if kind is date:
        return parse_day(value, at)
    if kind is bytes:
        return parse_base64(value, at)
    return kind(value)  # str, bool, and the enums (their values are in the schema)


def parse_day(text: str, where: str) -> date:
    """A `YYYY-MM-DD` day; one that does not exist (say 2025-02-30) is refused."""
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise TransferError(f"not a real date: {text!r}", code="invalid_value",
                            pointer=where) from err


def parse_base64(text: str, where: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error as err:
        raise TransferError(f"is not valid base64 ({err})", code="invalid_value",
                            pointer=where) from err
