"""Field rules for brands and social accounts (pure functions, shared by services and dialogs)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from smm_desktop.domain.enums import PROFILE_HOSTS, Platform
from smm_desktop.domain.errors import FieldError

NAME_MAX = 120
HANDLE_MAX = 100
_EMAIL = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\"]{2,}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_HANDLE = re.compile(r"^[\w.\-]+$", re.UNICODE)


def split_list(text: str) -> list[str]:
    """Split a comma, semicolon or newline separated list, dropping blanks."""
    return [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]


def check_name(value: str, field: str = "name") -> list[FieldError]:
    if not value.strip():
        return [FieldError(field, "required")]
    if len(value.strip()) > NAME_MAX:
        return [FieldError(field, "too_long", {"max": str(NAME_MAX)})]
    return []


def check_emails(values: list[str], field: str = "report_recipients") -> list[FieldError]:
    bad = [v for v in values if not _EMAIL.match(v)]
    return [FieldError(field, "bad_email", {"value": ", ".join(bad)})] if bad else []


def check_colours(values: list[str], field: str = "colours") -> list[FieldError]:
    bad = [v for v in values if not _COLOUR.match(v)]
    return [FieldError(field, "bad_colour", {"value": bad[0]})] if bad else []


def normalise_handle(handle: str) -> str:
    """The handle as people type it, without a leading @ or surrounding spaces."""
    return handle.strip().removeprefix("@").strip()


def handle_key(handle: str) -> str:
    """The form used to spot duplicates: platforms treat handles case-insensitively."""
    return normalise_handle(handle).casefold()


def check_handle(handle: str, field: str = "handle") -> list[FieldError]:
    value = normalise_handle(handle)
    if not value:
        return [FieldError(field, "required")]
    if len(value) > HANDLE_MAX:
        return [FieldError(field, "too_long", {"max": str(HANDLE_MAX)})]
    if not _HANDLE.match(value):
        return [FieldError(field, "bad_handle")]
    return []


def normalise_url(url: str) -> str:
    """An address as people type it (instagram.com/palm) gets the https:// it implies."""
    text = url.strip()
    if text and "://" not in text and "." in text.split("/")[0] and " " not in text:
        return "https://" + text
    return text


def check_profile_url(url: str, platform: Platform, field: str = "profile_url") -> list[FieldError]:
    """Empty is fine; otherwise an http(s) address, on the platform's own site when known."""
    url = normalise_url(url)
    if not url:
        return []
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or "." not in parts.netloc or " " in url.strip():
        return [FieldError(field, "bad_url")]
    hosts = PROFILE_HOSTS.get(platform, ())
    host = parts.hostname or ""
    if hosts and not any(host == h or host.endswith("." + h) for h in hosts):
        return [FieldError(field, "wrong_site", {"platform": platform.value})]
    return []
