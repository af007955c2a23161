"""The export document: its records, its error, and its JSON form (format_version 1)."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from smm_desktop.domain.enums import Platform

FORMAT = "smm-desktop-workspace"
FORMAT_VERSION = 1
SCHEMA_FILE = "workspace.schema.json"


class TransferError(Exception):
    """A file that cannot be exported or imported, with where the problem is.

    `code` is stable (for the UI to pick a translated headline); `problem` is the English detail;
    `pointer` a JSON pointer into the document; `line`/`column` for a file that is not JSON.
    """

    def __init__(
        self, problem: str, *, code: str, pointer: str | None = None,
        line: int | None = None, column: int | None = None, source: str | None = None,
    ) -> None:
        super().__init__(problem)
        self.problem, self.code, self.pointer = problem, code, pointer
        self.line, self.column, self.source = line, column, source

    @property
    def where(self) -> str:
        """`line 3, column 7`, `at /brands/2/name`, or empty when the problem is the whole file."""
        if self.line is not None:
            return f"line {self.line}, column {self.column}"
        if self.pointer is not None:
            return f"at {self.pointer or '/ (the top level)'}"
        return ""

    def __str__(self) -> str:
        parts = [p for p in (self.source, self.where, self.problem) if p]
        return ": ".join(parts)


@dataclass(frozen=True)
class AccountRecord:
    platform: Platform
    handle: str
    profile_url: str = ""
    archived: bool = False
    notes: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True)
class BrandRecord:
    name: str
    industry: str = ""
    country: str = ""
    languages: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()
    notes: str = ""
    report_recipients: tuple[str, ...] = ()
    logo_png: bytes | None = None
    archived: bool = False
    created_at: datetime | None = None
    accounts: tuple[AccountRecord, ...] = ()


@dataclass(frozen=True)
class Document:
    """Brands with their accounts, as in an export file (timestamps naive UTC, like the database)."""

    brands: tuple[BrandRecord, ...]
    app_version: str = ""
    exported_at: datetime | None = None
    format_version: int = FORMAT_VERSION

    @property
    def account_count(self) -> int:
        return sum(len(b.accounts) for b in self.brands)


def pointer(*parts: str | int) -> str:
    """A JSON pointer (RFC 6901) from path parts."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


# -- to JSON ---------------------------------------------------------------------------------


def format_time(value: datetime | None) -> str:
    """Naive UTC (as stored) to ISO 8601 with a Z; a missing time becomes now."""
    moment = value or datetime.now(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds") + "Z"


def to_json(document: Document) -> dict[str, Any]:
    from smm_desktop import __version__

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": document.app_version or __version__,
        "exported_at": format_time(document.exported_at),
        "brands": [_brand_json(b) for b in document.brands],
    }


def _brand_json(brand: BrandRecord) -> dict[str, Any]:
    logo = base64.b64encode(brand.logo_png).decode("ascii") if brand.logo_png is not None else None
    return {
        "name": brand.name, "industry": brand.industry, "country": brand.country,
        "languages": list(brand.languages), "colours": list(brand.colours), "notes": brand.notes,
        "report_recipients": list(brand.report_recipients), "logo_png": logo,
        "archived": brand.archived, "created_at": format_time(brand.created_at),
        "accounts": [_account_json(a) for a in brand.accounts],
    }


def _account_json(account: AccountRecord) -> dict[str, Any]:
    return {
        "platform": account.platform.value, "handle": account.handle,
        "profile_url": account.profile_url, "archived": account.archived, "notes": account.notes,
        "created_at": format_time(account.created_at),
    }


# -- from JSON (already checked against the schema) ------------------------------------------


def parse_time(text: str, where: str) -> datetime:
    """ISO 8601 with an offset to naive UTC; a date that does not exist is refused."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as err:
        raise TransferError(f"not a real date and time: {text!r}", code="invalid_value",
                            pointer=where) from err
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _parse_logo(text: str | None, where: str) -> bytes | None:
    if text is None:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error as err:
        raise TransferError(f"the logo is not valid base64 ({err})", code="invalid_value",
                            pointer=where) from err


def from_json(data: dict[str, Any]) -> Document:
    """Records from a document that passed the schema."""
    brands = tuple(_brand(b, pointer("brands", i)) for i, b in enumerate(data["brands"]))
    return Document(brands, data["app_version"],
                    parse_time(data["exported_at"], "/exported_at"), data["format_version"])


def _brand(data: dict[str, Any], at: str) -> BrandRecord:
    accounts = tuple(
        _account(a, f"{at}/accounts/{i}") for i, a in enumerate(data["accounts"])
    )
    return BrandRecord(
        name=data["name"], industry=data["industry"], country=data["country"],
        languages=tuple(data["languages"]), colours=tuple(data["colours"]), notes=data["notes"],
        report_recipients=tuple(data["report_recipients"]),
        logo_png=_parse_logo(data["logo_png"], f"{at}/logo_png"), archived=data["archived"],
        created_at=parse_time(data["created_at"], f"{at}/created_at"), accounts=accounts,
    )


def _account(data: dict[str, Any], at: str) -> AccountRecord:
    return AccountRecord(
        platform=Platform(data["platform"]), handle=data["handle"],
        profile_url=data["profile_url"], archived=data["archived"], notes=data["notes"],
        created_at=parse_time(data["created_at"], f"{at}/created_at"),
    )
