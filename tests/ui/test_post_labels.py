"""Every post status, content type, purpose and approval has a name; statuses have readable
colours; the missing-brief note and the posts' own messages."""

from __future__ import annotations

from PySide6.QtGui import QColor

from smm_desktop.domain.enums import Approval, ContentType, PostPurpose, PostStatus
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.posts import BRIEF_FIELDS
from smm_desktop.ui import post_labels


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        parts = [(v / 255) for v in (c.red(), c.green(), c.blue())]
        lin = [p / 12.92 if p <= 0.03928 else ((p + 0.055) / 1.055) ** 2.4 for p in parts]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_every_member_has_a_name(qapp: object) -> None:
    for namer, kind in ((post_labels.status_name, PostStatus),
                        (post_labels.content_type_name, ContentType),
                        (post_labels.purpose_name, PostPurpose),
                        (post_labels.approval_name, Approval)):
        names = [namer(member) for member in kind]  # type: ignore[operator]
        assert all(names) and len(set(names)) == len(names)
    assert post_labels.status_name(PostStatus.IN_DESIGN) == "In design"


def test_status_colours_read_on_light_and_dark(qapp: object) -> None:
    colours = {post_labels.status_colour(s).name() for s in PostStatus}
    assert len(colours) == len(PostStatus)
    for status in PostStatus:
        fill = post_labels.status_colour(status)
        assert _contrast(fill, post_labels.status_text_colour(status)) >= 3.0
        assert _contrast(fill, QColor("#ffffff")) >= 1.4  # stands out on a light window
        assert _contrast(fill, QColor("#1e1f22")) >= 3.0  # and on a dark one


def test_missing_brief_names(qapp: object) -> None:
    assert set(post_labels.BRIEF_FIELD_NAMES) == set(BRIEF_FIELDS)
    assert post_labels.brief_field_name("scheduled_at") == "date and time"
    assert post_labels.missing_text(()) == ""
    assert post_labels.missing_text(("social_goal_id", "caption")) == (
        "Missing from the brief: goal, caption")


def test_the_posts_own_messages(qapp: object) -> None:
    out = post_labels.field_message(FieldError(
        "scheduled_at", "date_out_of_range", {"min": "1970-01-01", "max": "2100-12-31"}))
    assert "1970-01-01" in out and "2100-12-31" in out
    assert "no longer exists" in post_labels.field_message(FieldError("x", "unknown_reference"))
    assert "0" in post_labels.field_message(
        FieldError("target_share", "out_of_range", {"min": "0", "max": "100"}))
    assert post_labels.field_message(FieldError("topic", "too_long", {"max": "200"})) == (
        "Too long: at most \u2068200\u2069 characters.")
