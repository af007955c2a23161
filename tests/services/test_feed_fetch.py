"""The feed reader on local files and a loopback server: RSS and Atom (Arabic too), broken
XML kept when it gave entries and refused when not, the size cap, a conditional GET, errors."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from smm_desktop.services.feed_fetch import FetchError, fetch, plain_text

FEEDS = Path(__file__).resolve().parents[1] / "data" / "feeds"


def test_rss2_entries_become_plain_text_in_utc() -> None:
    result = fetch(str(FEEDS / "rss2.xml"))
    first, second, third = result.items
    assert first.guid == "smt-2026-11-27-reels"
    assert first.title == "Instagram Expands Test of Longer Reels & Trial Posts"
    assert first.summary == ("Instagram is giving more creators the option to post Reels of "
                             "up to three minutes.")
    assert first.published_at == datetime(2026, 11, 27, 12, 30)  # +0300 made UTC
    assert second.guid == second.link  # no guid: the link
    assert third.guid.startswith("sha1:") and third.link == "" and third.published_at is None
    assert not result.not_modified


def test_atom_in_arabic_from_a_file_url() -> None:
    result = fetch((FEEDS / "atom_ar.xml").as_uri())
    assert [i.title for i in result.items] == [
        "تيك توك تطلق أدوات جديدة للمعلنين في السعودية", "واتساب يختبر القنوات المدفوعة"]
    assert result.items[0].summary == "أعلنت تيك توك عن أدوات إعلانية جديدة."
    assert result.items[0].published_at == datetime(2026, 11, 28, 2, 45)
    assert result.items[1].published_at == datetime(2026, 11, 27, 12, 0)  # updated, no published


def test_truncated_xml_keeps_the_entries_it_gave() -> None:
    result = fetch(str(FEEDS / "truncated.xml"))
    assert [i.guid for i in result.items] == ["smt-2026-11-27-reels"]


@pytest.mark.parametrize(("name", "code"), [
    ("truncated_head.xml", "not_a_feed"), ("not_xml.txt", "not_a_feed"),
    ("page.html", "not_a_feed"), ("empty.xml", "empty")])
def test_bad_files_are_refused_clearly(name: str, code: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(str(FEEDS / name))
    assert caught.value.code == code
    assert name in str(caught.value)  # the message names the feed


def test_a_file_over_the_cap_is_refused(tmp_path: Path) -> None:
    huge = tmp_path / "huge.xml"
    huge.write_bytes((FEEDS / "rss2.xml").read_bytes() + b" " * 2000)
    with pytest.raises(FetchError) as caught:
        fetch(str(huge), max_bytes=1000)
    assert caught.value.code == "too_large"


def test_a_missing_file_and_another_scheme() -> None:
    with pytest.raises(FetchError) as missing:
        fetch(str(FEEDS / "no-such.xml"))
    assert missing.value.code == "file"  # a local file, not the network
    with pytest.raises(FetchError) as other:
        fetch("ftp://example.com/feed.xml")
    assert other.value.code == "bad_address"


def test_plain_text_cuts_and_folds() -> None:
    assert plain_text("<p>a&nbsp;b\n\n c</p><style>x{}</style>", 100) == "a b c"
    assert plain_text("abcdef", 4) == "abc…"


class _Handler(BaseHTTPRequestHandler):
    body = (FEEDS / "rss2.xml").read_bytes()
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        _Handler.seen.append(dict(self.headers))
        if self.path == "/missing":
            self.send_error(404)
        elif self.path == "/big":
            self._send(b"<rss>" + b" " * 3000 + b"</rss>")
        elif self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.end_headers()
        else:
            self._send(self.body)

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", '"v1"')
        self.send_header("Last-Modified", "Fri, 27 Nov 2026 16:00:00 GMT")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        """Quiet."""


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Handler.seen = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def test_loopback_feed_then_not_modified(server: str) -> None:
    first = fetch(server + "/feed")
    assert len(first.items) == 3
    assert (first.etag, first.modified) == ('"v1"', "Fri, 27 Nov 2026 16:00:00 GMT")
    assert "SMM-Desktop" in _Handler.seen[0]["User-Agent"]
    second = fetch(server + "/feed", first.etag, first.modified)
    assert second.not_modified and second.items == () and second.etag == '"v1"'
    assert _Handler.seen[1]["If-Modified-Since"] == "Fri, 27 Nov 2026 16:00:00 GMT"


def test_loopback_errors(server: str) -> None:
    with pytest.raises(FetchError) as missing:
        fetch(server + "/missing")
    assert (missing.value.code, missing.value.detail) == ("http", "404")
    with pytest.raises(FetchError) as big:
        fetch(server + "/big", max_bytes=1000)
    assert big.value.code == "too_large"


def test_a_refused_connection() -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    port = httpd.server_address[1]
    httpd.server_close()  # nobody listens there now
    with pytest.raises(FetchError) as refused:
        fetch(f"http://127.0.0.1:{port}/feed", timeout=5)
    assert refused.value.code == "network"
    assert f"127.0.0.1:{port}" in str(refused.value)
