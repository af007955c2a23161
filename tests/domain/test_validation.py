"""Field rules shared by the services and the dialogs."""

from __future__ import annotations

import pytest

from smm_desktop.domain import validation as v
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import FieldError


def codes(errors: list[FieldError]) -> list[str]:
    return [e.code for e in errors]


# -- handles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("@nakheel.cafe", "nakheel.cafe"), ("  @Bloom_Co  ", "Bloom_Co"), ("@ spaced", "spaced"),
     ("plain", "plain")],
)
def test_normalise_handle_drops_at_and_spaces(typed: str, expected: str) -> None:
    assert v.normalise_handle(typed) == expected


def test_handle_key_ignores_case_and_at() -> None:
    assert v.handle_key("@NakheelCafe") == v.handle_key("nakheelcafe ") == "nakheelcafe"


@pytest.mark.parametrize("handle", ["nakheel.cafe", "@bloom_and-co", "مقهى_النخيل", "a", "x" * 100])
def test_good_handles_pass(handle: str) -> None:
    assert v.check_handle(handle) == []


@pytest.mark.parametrize("handle", ["", "   ", "@", " @ "])
def test_empty_handle_is_required(handle: str) -> None:
    assert v.check_handle(handle) == [FieldError("handle", "required")]


@pytest.mark.parametrize("handle", ["two words", "bad/slash", "semi;colon", "at@inside", "emoji🙂"])
def test_bad_characters_in_handle_refused(handle: str) -> None:
    assert codes(v.check_handle(handle)) == ["bad_handle"]


def test_too_long_handle_names_the_limit() -> None:
    assert v.check_handle("x" * (v.HANDLE_MAX + 1)) == [
        FieldError("handle", "too_long", {"max": str(v.HANDLE_MAX)})
    ]


def test_handle_length_counts_after_the_leading_at() -> None:
    assert v.check_handle("@" + "x" * v.HANDLE_MAX) == []


def test_handle_error_carries_the_given_field() -> None:
    assert v.check_handle("", field="other")[0].field == "other"


# -- profile URLs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "platform"),
    [
        ("https://www.instagram.com/nakheel.cafe/", Platform.INSTAGRAM),
        ("http://instagram.com/nakheel.cafe", Platform.INSTAGRAM),
        ("https://twitter.com/NakheelCafe", Platform.X),
        ("https://x.com/NakheelCafe", Platform.X),
        ("https://m.facebook.com/BloomAndCo", Platform.FACEBOOK),
        ("https://youtu.be/abc", Platform.YOUTUBE),
        ("https://wa.me/966500000000", Platform.WHATSAPP_BUSINESS),
        ("https://example.org/anything", Platform.OTHER),
    ],
)
def test_profile_url_on_the_platform_site_passes(url: str, platform: Platform) -> None:
    assert v.check_profile_url(url, platform) == []


@pytest.mark.parametrize("url", ["", "   "])
def test_empty_profile_url_allowed(url: str) -> None:
    assert v.check_profile_url(url, Platform.INSTAGRAM) == []


@pytest.mark.parametrize(
    ("url", "platform"),
    [
        ("https://www.facebook.com/nakheel", Platform.INSTAGRAM),
        ("https://x.com/bloom", Platform.LINKEDIN),
        ("https://notinstagram.com/bloom", Platform.INSTAGRAM),
        ("https://instagram.com.evil.example/bloom", Platform.INSTAGRAM),
    ],
)
def test_profile_url_on_another_site_refused(url: str, platform: Platform) -> None:
    assert v.check_profile_url(url, platform) == [
        FieldError("profile_url", "wrong_site", {"platform": platform.value})
    ]


@pytest.mark.parametrize(
    "url",
    [
        "ftp://instagram.com/bloom",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://localhost/bloom",
        "https://instagram.com/two words",
    ],
)
def test_profile_url_must_be_http_or_https_address(url: str) -> None:
    assert codes(v.check_profile_url(url, Platform.INSTAGRAM)) == ["bad_url"]


# -- e-mails, colours, names -----------------------------------------------------------------


def test_good_emails_pass() -> None:
    assert v.check_emails(["owner@bloomandco.co.uk", "marketing@nakheel-cafe.sa"]) == []


def test_no_emails_is_fine() -> None:
    assert v.check_emails([]) == []


@pytest.mark.parametrize(
    "bad", ["owner", "owner@", "@bloom.com", "a b@bloom.com", "owner@bloom", "a@b@c.com",
            "owner@bloom.c", "<owner@bloom.com>"]
)
def test_bad_email_named_in_the_error(bad: str) -> None:
    assert v.check_emails(["ok@bloom.com", bad]) == [
        FieldError("report_recipients", "bad_email", {"value": bad})
    ]


def test_every_bad_email_is_named_at_once() -> None:
    errors = v.check_emails(["first-bad", "ok@bloom.com", "second-bad"])
    assert errors == [FieldError("report_recipients", "bad_email", {"value": "first-bad, second-bad"})]


def test_an_address_without_its_scheme_gets_https() -> None:
    assert v.normalise_url("instagram.com/bloom") == "https://instagram.com/bloom"
    assert v.normalise_url("  https://x.com/a ") == "https://x.com/a"
    assert v.check_profile_url("instagram.com/bloom", Platform.INSTAGRAM) == []
    assert v.check_profile_url("not an address", Platform.INSTAGRAM) != []


@pytest.mark.parametrize("colour", ["#5B3A29", "#d9a441", "#000000", "#FFFFFF"])
def test_good_colours_pass(colour: str) -> None:
    assert v.check_colours([colour]) == []


@pytest.mark.parametrize("colour", ["5B3A29", "#5B3A2", "#5B3A299", "#GGGGGG", "red", "#fff", ""])
def test_bad_colour_named_in_the_error(colour: str) -> None:
    assert v.check_colours(["#000000", colour]) == [
        FieldError("colours", "bad_colour", {"value": colour})
    ]


def test_name_required_and_capped() -> None:
    assert v.check_name("  ") == [FieldError("name", "required")]
    assert v.check_name("x" * v.NAME_MAX) == []
    assert v.check_name("x" * (v.NAME_MAX + 1)) == [
        FieldError("name", "too_long", {"max": str(v.NAME_MAX)})
    ]
    assert v.check_name("مقهى النخيل") == []


# -- lists -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a@x.com, b@x.com", ["a@x.com", "b@x.com"]),
        ("a@x.com;b@x.com\nc@x.com", ["a@x.com", "b@x.com", "c@x.com"]),
        (" , ;\n ", []),
        ("", []),
        ("#5B3A29,,#D9A441;", ["#5B3A29", "#D9A441"]),
        ("  مقهى  ", ["مقهى"]),
    ],
)
def test_split_list(text: str, expected: list[str]) -> None:
    assert v.split_list(text) == expected
