"""The JSON form of the content records: as the strategy's (strategy_json.py), but a post's
`scheduled_at` is local wall time with no zone and a slot's time is `HH:MM:SS`."""

from __future__ import annotations

from datetime import time
from typing import Any, get_args

from smm_desktop.services.transfer.content_records import (
    CONTENT_LISTS,
    ContentRecords,
    EngagementRecord,
    SlotRecord,
)
from smm_desktop.services.transfer.document_base import TransferError
from smm_desktop.services.transfer.strategy_json import decode, encode, field_types


def content_json(records: ContentRecords) -> dict[str, Any]:
    """The brand's content keys, in document order."""
    data = {name: [encode(r) for r in getattr(records, name)] for name in CONTENT_LISTS}
    for post, record in zip(data["posts"], records.posts, strict=True):
        moment = record.scheduled_at
        post["scheduled_at"] = None if moment is None else moment.isoformat()
    return data


def slots_json(slots: tuple[SlotRecord, ...]) -> list[dict[str, Any]]:
    return [{"weekday": s.weekday, "time_of_day": s.time_of_day.isoformat()} for s in slots]


def engagement_json(days: tuple[EngagementRecord, ...]) -> list[dict[str, Any]]:
    return [encode(day) for day in days]


def engagement_from_json(data: dict[str, Any], at: str) -> tuple[EngagementRecord, ...]:
    """An account's engagement log (none in files written before the log existed)."""
    return tuple(decode(EngagementRecord, item, f"{at}/{i}")
                 for i, item in enumerate(data.get("engagement", [])))


def content_from_json(data: dict[str, Any], at: str) -> ContentRecords:
    """A brand's content plan from its JSON object (before version 3 there is none: all empty)."""
    hints = field_types(ContentRecords)
    lists = {}
    for name in CONTENT_LISTS:
        kind = get_args(hints[name])[0]
        lists[name] = tuple(decode(kind, item, f"{at}/{name}/{i}")
                            for i, item in enumerate(data.get(name, [])))
    return ContentRecords(**lists)


def slots_from_json(data: dict[str, Any], at: str) -> tuple[SlotRecord, ...]:
    """An account's posting slots (none before version 3)."""
    return tuple(SlotRecord(item["weekday"], _time(item["time_of_day"], f"{at}/{i}/time_of_day"))
                 for i, item in enumerate(data.get("posting_slots", [])))


def _time(text: str, where: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError as err:
        raise TransferError(f"not a real time of day: {text!r}", code="invalid_value",
                            pointer=where) from err
