"""The rules a document obeys beyond its schema: the same field rules as typed data, no duplicates,
references that lead somewhere (strategy_checks.py for a brand's strategy, content_checks.py
for its content plan).

Pure functions on a `Document`: they run on a file before anything is written, and again on a
document built in code before it is imported.
"""

from __future__ import annotations

import unicodedata

from smm_desktop.domain import validation as v
from smm_desktop.domain.errors import FieldError
from smm_desktop.services.transfer.content_checks import check_content
from smm_desktop.services.transfer.document import (
    AccountRecord,
    BrandRecord,
    Document,
    TransferError,
    pointer,
)
from smm_desktop.services.transfer.strategy_checks import check_strategy

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LOGO_MAX_BYTES = 2 * 1024 * 1024

MESSAGES = {
    "required": "must not be empty",
    "too_long": "is longer than {max} characters",
    "bad_email": "is not an e-mail address: {value!r}",
    "bad_colour": "is not a #RRGGBB colour: {value!r}",
    "bad_country": "is not a two-letter country code",
    "bad_handle": "may hold only letters, digits, '.', '_' and '-'",
    "bad_url": "is not an http(s) address",
    "wrong_site": "is not an address on {platform}",
    "bad_logo": "is not a PNG image",
    "logo_too_big": "is larger than {max} bytes",
}


def brand_key(name: str) -> str:
    """Brand names are unique whatever their case, Unicode form and surrounding spaces."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def account_key(platform: str, handle: str) -> tuple[str, str]:
    """A handle is unique on its platform across the whole workspace."""
    return platform, v.handle_key(handle)


def check_document(document: Document) -> None:
    """Raise TransferError for the first problem, in document order."""
    names: dict[str, int] = {}
    handles: dict[tuple[str, str], str] = {}
    for i, brand in enumerate(document.brands):
        at = pointer("brands", i)
        _refuse(brand_errors(brand), at, brand)
        _refuse_repeated_name(names, brand, i)
        for j, account in enumerate(brand.accounts):
            _refuse(account_errors(account), f"{at}/accounts/{j}", brand)
            _refuse_repeated_handle(handles, account, f"{at}/accounts/{j}")
        check_strategy(brand, at)
        check_content(brand, at)


def brand_errors(brand: BrandRecord) -> list[FieldError]:
    """The brand dialog's rules (domain/validation.py and the brand service's country rule)."""
    errors = v.check_name(brand.name) + v.check_emails(list(brand.report_recipients))
    errors += v.check_colours(list(brand.colours))
    if len(brand.country.strip()) not in (0, 2):
        errors.append(FieldError("country", "bad_country"))
    return errors + _logo_errors(brand.logo_png)


def _logo_errors(logo: bytes | None) -> list[FieldError]:
    if logo is None:
        return []
    if not logo.startswith(PNG_SIGNATURE):
        return [FieldError("logo_png", "bad_logo")]
    if len(logo) > LOGO_MAX_BYTES:
        return [FieldError("logo_png", "logo_too_big", {"max": str(LOGO_MAX_BYTES)})]
    return []


def account_errors(account: AccountRecord) -> list[FieldError]:
    """The account dialog's rules."""
    return v.check_handle(account.handle) + v.check_profile_url(
        account.profile_url, account.platform
    )


def _refuse(errors: list[FieldError], at: str, brand: BrandRecord) -> None:
    if errors:
        error = errors[0]
        where = f"{at}/{error.field}{_item_index(error, brand)}"
        message = MESSAGES.get(error.code, error.code).format(**error.params)
        raise TransferError(message, code="invalid_value", pointer=where)


def _item_index(error: FieldError, brand: BrandRecord) -> str:
    """For a bad item of a list field, `/N`: the pointer then names the item itself."""
    items = {"report_recipients": brand.report_recipients, "colours": brand.colours}
    values = items.get(error.field, ())
    value = error.params.get("value")
    return f"/{values.index(value)}" if value in values else ""


def _refuse_repeated_name(seen: dict[str, int], brand: BrandRecord, index: int) -> None:
    first = seen.setdefault(brand_key(brand.name), index)
    if first != index:
        raise TransferError(
            f"the brand name {brand.name.strip()!r} is already used at {pointer('brands', first)}"
            " (names are compared ignoring case)",
            code="duplicate_brand", pointer=pointer("brands", index, "name"),
        )


def _refuse_repeated_handle(
    seen: dict[tuple[str, str], str], account: AccountRecord, at: str
) -> None:
    first = seen.setdefault(account_key(account.platform.value, account.handle), at)
    if first != at:
        raise TransferError(
            f"the handle {v.normalise_handle(account.handle)!r} on {account.platform.value}"
            f" is already used at {first} (handles are compared ignoring case and '@')",
            code="duplicate_handle", pointer=f"{at}/handle",
        )
