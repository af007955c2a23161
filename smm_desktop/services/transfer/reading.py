"""Read an export file: every problem is refused with the place it is at, before any import."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from smm_desktop.services.transfer.checks import check_document
from smm_desktop.services.transfer.document import (
    FORMAT,
    FORMAT_VERSION,
    SCHEMA_FILE,
    Document,
    TransferError,
    from_json,
    pointer,
)

MAX_DETAIL = 200


def read_document(path: Path) -> Document:
    """The document in `path`, checked whole: raises TransferError naming the file and the place."""
    try:
        data = parse_json(_read_text(Path(path)))
        check_header(data)
        check_schema(data, data["format_version"])
        document = from_json(data)
        check_document(document)
    except TransferError as err:
        err.source = str(path)
        raise
    return document


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as err:
        raise TransferError("no such file", code="missing") from err
    except OSError as err:
        raise TransferError(f"cannot be read ({err.strerror})", code="unreadable") from err
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line, column = _byte_position(raw, err.start)
        raise TransferError(f"is not UTF-8 text (byte 0x{raw[err.start]:02x})", code="not_utf8",
                            line=line, column=column) from err


def _byte_position(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in bytes) of `offset`."""
    line_start = raw.rfind(b"\n", 0, offset) + 1
    return raw.count(b"\n", 0, offset) + 1, offset - line_start + 1


def parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise TransferError(f"is not valid JSON: {err.msg}", code="syntax",
                            line=err.lineno, column=err.colno) from err
    except RecursionError as err:
        raise TransferError("is not valid JSON: nested too deeply", code="syntax") from err


def check_header(data: Any) -> None:
    """Refuse another kind of file, and a newer format, before looking at the rest."""
    if not isinstance(data, dict):
        raise TransferError("is not an SMM Desktop export (the top level is not a JSON object)",
                            code="unknown_format", pointer="")
    if data.get("format") != FORMAT:
        raise TransferError(f"is not an SMM Desktop export (no \"format\": \"{FORMAT}\")",
                            code="unknown_format", pointer=pointer("format"))
    _check_version(data.get("format_version"))


def _check_version(version: Any) -> None:
    if type(version) is not int or version < 1:
        raise TransferError("format_version must be a whole number from 1",
                            code="unknown_format", pointer=pointer("format_version"))
    if version > FORMAT_VERSION:
        raise TransferError(
            f"was written by a newer SMM Desktop (format_version {version}; this app reads "
            f"up to {FORMAT_VERSION}): update SMM Desktop to import it",
            code="newer_format", pointer=pointer("format_version"),
        )


def check_schema(data: Any, version: int = FORMAT_VERSION) -> None:
    """The first violation of the schema of `version`, in document order, with its JSON pointer.

    A version-1 file has brands and accounts only (it reads with no strategy); versions 1 and 2
    have no content plan (they read with none)."""
    errors = sorted((_deepest(e) for e in _validator(version).iter_errors(data)),
                    key=_path_order)
    if errors:
        first = errors[0]
        detail = first.message if len(first.message) <= MAX_DETAIL else (
            first.message[:MAX_DETAIL] + "…")
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise TransferError(detail + more, code="schema", pointer=pointer(*first.absolute_path))


def _deepest(error: Any) -> Any:
    """For a value that may also be null, the problem inside it rather than "not any of"."""
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

    return best_match([error]) if error.context else error


def _path_order(error: Any) -> tuple[tuple[bool, Any], ...]:
    return tuple((isinstance(part, str), part) for part in error.absolute_path)


@lru_cache(maxsize=3)
def _validator(version: int) -> Any:
    import jsonschema  # type: ignore[import-untyped]  # loaded when first needed (slow import)

    schema = json.loads(schema_path(version).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def schema_path(version: int = FORMAT_VERSION) -> Path:
    """The JSON Schema of the current format, or of an older `version` this app still reads."""
    from smm_desktop.paths import resource

    return resource("schemas", SCHEMA_FILE if version == FORMAT_VERSION
                    else f"workspace-{version}.schema.json")
