"""The to-do's wording without plurals to get wrong: a follow-up of one post, and the weekly
competitor check counting the accounts left."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

from smm_desktop.ui.context import UiContext
from smm_desktop.ui.panels import today_model, today_text

DAY = date(2026, 11, 28)


def test_a_follow_up_of_one_post_reads_right(qapp: QApplication, ctx: UiContext) -> None:
    snap = today_model.Snapshot(DAY, {1: "Bloom"}, False)
    item = SimpleNamespace(owner="Sara", posts=[SimpleNamespace(topic="Tulips")],
                           first_due=DAY, past_due=False, brand_id=1)
    text = today_model.follow_up_entry(snap, ctx.fmt, item).text
    assert "1 posts" not in text and "(posts: 1)" in text
    late = today_model.follow_up_entry(snap, ctx.fmt, SimpleNamespace(**{
        **vars(item), "past_due": True})).text
    assert late.startswith("Assets past due from") and "(posts: 1)" in late


def test_the_competitor_check_counts_the_accounts_left(qapp: QApplication,
                                                       ctx: UiContext) -> None:
    text = today_text.derived_text("competitors_unchecked", (2, 7), ctx.fmt)
    assert text == "Weekly competitor check: 2 of 7 accounts left"


def test_the_to_do_reads_the_competitor_check_with_the_week_start_setting() -> None:
    seen: list[tuple[object, ...]] = []
    agenda = SimpleNamespace(today_posts=lambda *a: [], follow_ups=lambda *a: [],
                             derived=lambda *a: seen.append(a) or [])
    routines = SimpleNamespace(list_routines=lambda **k: [], open_items=lambda *a: [])
    services = SimpleNamespace(agenda=agenda, routines=routines,
                               tasks=SimpleNamespace(list_tasks=lambda _b: []))
    today_model.load(services, [1], {1: "Bloom"}, DAY, 0)  # type: ignore[arg-type]
    assert seen == [([1], DAY, 0)]
