"""What a dragged, cut or copied post carries: its id, the version seen, and its time."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QMimeData

from smm_desktop.services.post_data import PostData

MIME_TYPE = "application/x-smm-posts"


@dataclass(frozen=True)
class Carried:
    """One post on the move; `at` None: it comes from the idea bank. `accounts` (its account
    ids) tell where an idea lands on a day without reading the post again."""

    post_id: int
    version: int
    at: datetime | None
    accounts: tuple[int, ...] = ()


def carried(posts: Sequence[PostData]) -> list[Carried]:
    return [Carried(p.id, p.version, p.scheduled_at, p.account_ids) for p in posts]


def to_mime(items: Sequence[Carried]) -> QMimeData:
    mime = QMimeData()
    rows = [{"id": c.post_id, "version": c.version,
             "at": c.at.isoformat() if c.at else None, "accounts": list(c.accounts)}
            for c in items]
    mime.setData(MIME_TYPE, json.dumps(rows).encode())
    return mime


def from_mime(mime: QMimeData | None) -> list[Carried]:
    """The posts in `mime`, or [] when it holds none of ours (or is damaged)."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return []
    try:
        rows = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
        return [Carried(int(r["id"]), int(r["version"]),
                        datetime.fromisoformat(r["at"]) if r["at"] else None,
                        tuple(int(a) for a in r.get("accounts", ()))) for r in rows]
    except (ValueError, KeyError, TypeError):
        return []
