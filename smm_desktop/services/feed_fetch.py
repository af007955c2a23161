"""Read one RSS or Atom feed from the web or a local file: a conditional request (nothing new
costs nothing), a size cap, and entries made plain text. Qt-free, so it runs on any thread."""

from __future__ import annotations

import hashlib
import html
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from time import struct_time
from typing import Any
from urllib.parse import unquote, urlsplit

import feedparser  # type: ignore[import-untyped]

from smm_desktop import __version__

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = 20.0
USER_AGENT = f"SMM-Desktop/{__version__} (feed reader; +https://github.com/smm-desktop)"
TITLE_MAX, LINK_MAX, GUID_MAX, SUMMARY_MAX = 500, 2000, 500, 1000
_TAG = re.compile(r"<[^>]*>")
_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class FetchedItem:
    """One entry, as plain text; `published_at` in UTC (naive), None when the feed gives none."""

    guid: str
    title: str
    link: str
    summary: str
    published_at: datetime | None


@dataclass(frozen=True)
class FetchResult:
    """What a refresh brought: the entries, and what makes the next request conditional.
    `not_modified` means the server said nothing changed (HTTP 304)."""

    items: tuple[FetchedItem, ...] = ()
    etag: str = ""
    modified: str = ""
    not_modified: bool = False


class FetchError(Exception):
    """A feed that could not be read. `code` is stable (the UI translates it): "http" (detail:
    the status), "network", "file" (a local file that cannot be read; detail: why),
    "too_large", "empty", "not_a_feed", "bad_address"."""

    def __init__(self, url: str, code: str, detail: str = "") -> None:
        super().__init__(f"{url}: {code}{': ' + detail if detail else ''}")
        self.url, self.code, self.detail = url, code, detail

    @property
    def stored(self) -> str:
        """The form kept in feed.error: "code" or "code: detail"."""
        return f"{self.code}: {self.detail}" if self.detail else self.code


def fetch(url: str, etag: str = "", modified: str = "", timeout: float = TIMEOUT,
          max_bytes: int = MAX_BYTES) -> FetchResult:
    """Read and parse the feed at `url` (http(s)://, file:// or a plain path)."""
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("http", "https"):
        body, headers = _download(url, etag, modified, timeout, max_bytes)
        if body is None:
            return FetchResult(etag=etag, modified=modified, not_modified=True)
        return parse(url, body, headers.get("ETag", ""), headers.get("Last-Modified", ""))
    if scheme in ("file", ""):
        return parse(url, _read_file(url, max_bytes))
    raise FetchError(url, "bad_address", scheme)


def _request(url: str, etag: str, modified: str) -> urllib.request.Request:
    headers = {"User-Agent": USER_AGENT,
               "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                         "text/xml;q=0.8, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    return urllib.request.Request(url, headers=headers)


def _download(url: str, etag: str, modified: str, timeout: float,
              max_bytes: int) -> tuple[bytes | None, Any]:
    """The body and headers; None for the body when the server answers 304."""
    try:
        with urllib.request.urlopen(_request(url, etag, modified), timeout=timeout) as answer:
            body = answer.read(max_bytes + 1)
            headers = answer.headers
    except urllib.error.HTTPError as err:
        if err.code == 304:
            return None, {}
        raise FetchError(url, "http", str(err.code)) from err
    except urllib.error.URLError as err:
        raise FetchError(url, "network", str(getattr(err, "reason", err))) from err
    except OSError as err:  # timeouts and resets
        raise FetchError(url, "network", str(err) or type(err).__name__) from err
    if len(body) > max_bytes:
        raise FetchError(url, "too_large", str(max_bytes))
    return body, headers


def _read_file(url: str, max_bytes: int) -> bytes:
    path = Path(unquote(urlsplit(url).path)) if url.lower().startswith("file:") else Path(url)
    try:
        if path.stat().st_size > max_bytes:
            raise FetchError(url, "too_large", str(max_bytes))
        with path.open("rb") as stream:
            return stream.read(max_bytes + 1)
    except OSError as err:  # a local file: missing, unreadable (not the network)
        raise FetchError(url, "file", err.strerror or str(err)) from err


def parse(url: str, body: bytes, etag: str = "", modified: str = "") -> FetchResult:
    """The entries of a feed document. Broken XML that still gave entries keeps them (feeds
    are often a little broken); broken XML with none, or a page that is no feed, is refused."""
    if not body.strip():
        raise FetchError(url, "empty")
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        reason = parsed.get("bozo_exception")
        raise FetchError(url, "not_a_feed", _one_line(str(reason)) if reason else "")
    return FetchResult(_items(parsed.entries), etag, modified)


def _items(entries: list[Any]) -> tuple[FetchedItem, ...]:
    """The entries once each (a feed may repeat an id); one cut off before it had a title,
    link or text (broken XML) is left out."""
    seen: dict[str, FetchedItem] = {}
    for entry in entries:
        item = _item(entry)
        if item.title or item.link or item.summary:
            seen.setdefault(item.guid, item)
    return tuple(seen.values())


def _item(entry: Any) -> FetchedItem:
    title = plain_text(entry.get("title", ""), TITLE_MAX)
    link = str(entry.get("link", "")).strip()
    link = link if len(link) <= LINK_MAX else ""
    summary = plain_text(entry.get("summary", ""), SUMMARY_MAX)
    guid = str(entry.get("id", "")).strip() or link or _hash(title or summary)
    if len(guid) > GUID_MAX:
        guid = _hash(guid)
    return FetchedItem(guid, title, link, summary, _utc(entry))


def _hash(text: str) -> str:
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()


def _utc(entry: Any) -> datetime | None:
    stamp: struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp is None:
        return None
    try:
        return datetime(*stamp[:6])
    except (TypeError, ValueError):
        return None


def plain_text(text: str, limit: int) -> str:
    """HTML made plain: tags dropped, entities read, white space folded, cut at `limit`."""
    plain = html.unescape(_TAG.sub(" ", _HIDDEN.sub(" ", str(text))))
    plain = _SPACE.sub(" ", plain).strip()
    return plain if len(plain) <= limit else plain[:limit - 1].rstrip() + "…"


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()[:300]
