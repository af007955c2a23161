"""The calendar's one filter row: its choices come from the brand, one state drives the month,
week and list views, "Filtered: N of M posts" while on, and Clear shows every post again."""

from __future__ import annotations

from datetime import date, datetime

from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Approval, PostStatus
from smm_desktop.services.personas import PersonaInput
from smm_desktop.services.pillars import PillarInput
from smm_desktop.services.post_data import PostInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs.calendar.calendar_tab import LIST, MONTH, WEEK, CalendarTab
from smm_desktop.ui.tabs.calendar.filter_bar import FilterBar

from .calendar_helpers import add_post, make_brand, make_tab


def list_topics(tab: CalendarTab) -> list[str]:
    proxy = tab.list_panel.proxy
    return sorted(proxy.index(r, 2).data() for r in range(proxy.rowCount()))


def month_topics(tab: CalendarTab) -> list[str]:
    return sorted(p.topic for p in tab.model.all_posts())


def choose(combo: object, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def test_the_bar_builds_criteria_and_hides_empty_lists(qtbot: QtBot, ctx: UiContext) -> None:
    brand, accounts = make_brand(ctx)
    pillar = ctx.services.pillars.create(brand.id, PillarInput(name="Tips"))
    bar = FilterBar()
    qtbot.addWidget(bar)
    seen: list[object] = []
    bar.changed.connect(seen.append)
    from smm_desktop.ui.models.post_list import Names

    bar.set_choices(accounts, Names(pillars={pillar.id: "Tips"}))
    bar.show()
    assert bar.pillar.isVisible() and not bar.persona.isVisible() and not bar.goal.isVisible()
    assert bar.account.findData("p:x") > 0 and bar.account.findData(f"a:{accounts[1].id}") > 0
    assert not bar.criteria().active and not bar.clear_button.isEnabled()
    choose(bar.pillar, pillar.id)
    choose(bar.approval, Approval.PENDING)
    bar.search.setText("roses")
    criteria = bar.criteria()
    assert (criteria.pillar_id, criteria.approval, criteria.text) == (pillar.id, Approval.PENDING,
                                                                      "roses")
    assert bar.clear_button.isEnabled() and seen[-1] == criteria
    bar.show_counts(2, 9)
    assert bar.count.text() == "Filtered: 2 of 9 posts"
    bar.clear_button.click()
    assert not bar.criteria().active and bar.count.text() == "" and seen[-1] == bar.criteria()
    bar.set_choices(accounts, Names(pillars={pillar.id: "Tips"}))  # a reload keeps the choice
    choose(bar.pillar, pillar.id)
    bar.set_choices(accounts, Names(pillars={pillar.id: "Tips"}))
    assert bar.pillar.currentData() == pillar.id


def test_one_filter_state_drives_month_week_and_list(qtbot: QtBot, ctx: UiContext) -> None:
    brand, accounts = make_brand(ctx)
    persona = ctx.services.personas.create(brand.id, PersonaInput(name="Young parents"))
    add_post(ctx, brand, "Roses", datetime(2027, 3, 9, 10, 0), [accounts[0].id], PostStatus.READY)
    add_post(ctx, brand, "Tulips", datetime(2027, 3, 11, 10, 0), [accounts[1].id])
    ctx.services.posts.create(brand.id, PostInput(
        topic="Lilies", caption="For #Parents", scheduled_at=datetime(2027, 3, 20, 9, 0),
        persona_id=persona.id, account_ids=(accounts[0].id,)))
    tab = make_tab(qtbot, ctx)
    bar = tab.filters
    assert month_topics(tab) == ["Lilies", "Roses", "Tulips"] and bar.count.text() == ""
    choose(bar.status, PostStatus.READY)
    assert month_topics(tab) == ["Roses"]
    assert bar.count.text() == "Filtered: 1 of 3 posts"
    tab.show_view(WEEK)  # 7-13 or 8-14 March: Roses and Tulips read, Roses shown
    assert [p.topic for p in tab.week.model.all_posts()] == ["Roses"]
    assert bar.count.text() == "Filtered: 1 of 2 posts"
    choose(bar.status, None)
    choose(bar.account, "p:instagram")
    assert [p.topic for p in tab.week.model.all_posts()] == ["Roses"]
    tab.show_view(LIST)
    assert list_topics(tab) == ["Lilies", "Roses"]
    assert bar.count.text() == "Filtered: 2 of 3 posts"
    choose(bar.persona, persona.id)
    assert list_topics(tab) == ["Lilies"]
    choose(bar.persona, 0)
    choose(bar.account, "")
    bar.search.setText("parents")  # a hashtag's word
    assert list_topics(tab) == ["Lilies"]
    tab.show_view(MONTH)
    assert month_topics(tab) == ["Lilies"]
    bar.clear_button.click()
    assert month_topics(tab) == ["Lilies", "Roses", "Tulips"] and bar.count.text() == ""
    tab.show_view(LIST)
    assert list_topics(tab) == ["Lilies", "Roses", "Tulips"]


def test_the_filter_survives_a_reload_and_a_new_month(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    add_post(ctx, brand, "March ready", datetime(2027, 3, 9, 10, 0), status=PostStatus.READY)
    add_post(ctx, brand, "April draft", datetime(2027, 4, 9, 10, 0))
    add_post(ctx, brand, "April ready", datetime(2027, 4, 10, 10, 0), status=PostStatus.READY)
    tab = make_tab(qtbot, ctx)
    choose(tab.filters.status, PostStatus.READY)
    tab.next_button.click()
    assert [p.topic for p in tab.model.posts_on(date(2027, 4, 10))] == ["April ready"]
    assert tab.model.posts_on(date(2027, 4, 9)) == []
    add_post(ctx, brand, "April ready too", datetime(2027, 4, 12, 10, 0), status=PostStatus.READY)
    ctx.hub.changed.emit("posts")
    assert tab.filters.status.currentData() == PostStatus.READY
    assert tab.filters.count.text() == "Filtered: 2 of 3 posts"


def test_a_new_persona_or_goal_refreshes_the_choices(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    tab = make_tab(qtbot, ctx)
    assert tab.filters.persona.isHidden()
    persona = ctx.services.personas.create(brand.id, PersonaInput(name="Students"))
    ctx.hub.changed.emit("personas")
    assert tab.filters.persona.findData(persona.id) > 0 and tab.filters.persona.isVisible()
