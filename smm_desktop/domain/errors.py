"""Errors the rules raise; each names the field and a message code the UI translates."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: `code` is stable, `params` fill its message."""

    field: str
    code: str
    params: dict[str, str] = dataclasses.field(default_factory=dict)


class ValidationFailed(Exception):
    """Input was refused; nothing was saved."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors = errors


class NotFound(Exception):
    """The record is gone (deleted elsewhere, or never existed)."""

    def __init__(self, kind: str, ident: int) -> None:
        super().__init__(f"{kind} {ident} not found")
        self.kind, self.ident = kind, ident


class Conflict(Exception):
    """The record changed since it was read: the edit is refused rather than overwrite it."""

    def __init__(self, kind: str, ident: int) -> None:
        super().__init__(f"{kind} {ident} was changed elsewhere")
        self.kind, self.ident = kind, ident


class StorageFault(Exception):
    """The disk or the database refused a write: full, read-only, or locked by someone else.

    The transaction was rolled back; the same action works again once the fault clears.
    """

    KINDS = ("disk_full", "read_only", "locked", "io")

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind, self.detail = kind, detail
