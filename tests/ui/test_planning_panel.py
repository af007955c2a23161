"""The planning panel: its lines for a known month, and where they lead (a day shown, a new
post drafted for what is missing), read only while the panel is shown."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform, PostPurpose, PostStatus
from smm_desktop.domain.occasions import Occasion, OccasionKind
from smm_desktop.domain.planning import month_weeks
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.goal_data import SocialGoalData
from smm_desktop.services.personas import PersonaData
from smm_desktop.services.post_data import PillarData, PostData, PostInput, Slot
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.post_dialog import PostDialog
from smm_desktop.ui.tabs.calendar.plan_lines import MonthFacts, PlanSection, plan_sections

from .calendar_helpers import add_post, make_brand, make_tab

ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069")


def _post(ident: int, day: int, **values: Any) -> PostData:
    return PostData(scheduled_at=datetime(2027, 3, day, 19), id=ident,
                    status=values.pop("status", PostStatus.DRAFT), **values)


def _facts() -> MonthFacts:
    """March 2027 on Monday weeks: posts only in the first two weeks and on the 30th."""
    posts = [
        _post(1, 2, account_ids=(1,), pillar_id=10, purpose=PostPurpose.AWARENESS,
              persona_id=100, social_goal_id=1000),
        _post(2, 4, account_ids=(1,), pillar_id=10, purpose=PostPurpose.AWARENESS),
        _post(3, 9, account_ids=(1, 2), pillar_id=11, purpose=PostPurpose.SALES),
        _post(4, 30, account_ids=(2,), pillar_id=10),
        _post(5, 16, account_ids=(2,), status=PostStatus.CANCELLED),  # left out
    ]
    occasions = [
        Occasion(date(2027, 3, 9), "eid_al_fitr", "Eid al-Fitr", OccasionKind.ISLAMIC, True),
        Occasion(date(2027, 3, 21), "mothers_day", "Mother's Day", OccasionKind.MARKETING),
        Occasion(date(2027, 4, 1), "x", "Outside the month", OccasionKind.MARKETING),
    ]
    return MonthFacts(
        2027, 3, month_weeks(2027, 3, 0), posts, occasions,
        accounts=[AccountData(Platform.INSTAGRAM, "bloom", id=1),
                  AccountData(Platform.X, "bloomco", id=2)],
        slots_per_week={1: 1, 2: 0},
        pillars=[PillarData("Tips", target_share=30, id=10), PillarData("Offers", id=11)],
        personas=[PersonaData("Nora", id=100), PersonaData("Khalid", id=101),
                  PersonaData("Old", id=102, archived=True)],
        goals=[SocialGoalData(title="Reach", id=1000),
               SocialGoalData(title="Sales", start=date(2027, 3, 1), id=1001),
               SocialGoalData(title="Finished", deadline=date(2027, 2, 1), id=1002)])


def _texts(section: PlanSection) -> list[str]:
    return [line.text.translate(ISOLATES) for line in section.lines]


def test_the_lines_of_a_known_month(qapp: QApplication) -> None:
    sections = {s.title: s for s in plan_sections(_facts())}
    weeks = sections["Posts per week"]
    assert _texts(weeks) == ["Week 1 (1 Mar – 7 Mar): 2 posts", "Week 2 (8 Mar – 14 Mar): 1 posts",
                             "Week 3 (15 Mar – 21 Mar): 0 posts",
                             "Week 4 (22 Mar – 28 Mar): 0 posts",
                             "Week 5 (29 Mar – 31 Mar): 1 posts"]
    assert weeks.lines[2].day == date(2027, 3, 15)
    empty = sections["Empty weeks"]
    assert _texts(empty) == ["Week 3 (15 Mar – 21 Mar)", "Week 4 (22 Mar – 28 Mar)"]
    assert [(line.warning, line.day) for line in empty.lines] == [
        (True, date(2027, 3, 15)), (True, date(2027, 3, 22))]
    accounts = sections["Accounts against their posting slots"]
    assert _texts(accounts) == ["@bloom (Instagram): 3 of 4",  # a 3-day week expects none
                                "@bloomco (X): 2 posts, no posting slots set"]
    assert accounts.lines[0].warning and accounts.lines[0].day == date(2027, 3, 15)
    assert accounts.lines[0].draft == PostInput(status=PostStatus.DRAFT, account_ids=(1,))
    assert not accounts.lines[1].warning
    pillars = sections["Pillars against their targets"]
    assert _texts(pillars) == ["Tips: 75% (target 30%)", "Offers: 25% (no target)"]
    assert pillars.lines[0].warning and pillars.lines[0].draft is None  # over, not under
    assert _texts(sections["Purposes"]) == [
        "Awareness: 2 posts", "Sales: 1 posts",
        "Not covered: Engagement, Traffic, Leads, Community, Support"]
    personas = sections["Personas"]
    assert _texts(personas) == ["Nora: 1 posts", "Khalid: nothing planned"]  # archived left out
    assert personas.lines[1].draft == PostInput(status=PostStatus.DRAFT, persona_id=101)
    goals = sections["Goals with no post serving them"]
    assert _texts(goals) == ["Sales"]
    assert goals.lines[0].draft == PostInput(status=PostStatus.DRAFT, social_goal_id=1001)
    lonely = sections["Occasions with nothing planned (±3 days)"]
    assert _texts(lonely) == ["Mother's Day · 21 Mar"]  # Eid has the post of the 9th
    assert lonely.lines[0].day == date(2027, 3, 21)
    assert lonely.lines[0].draft == PostInput(
        topic="Mother's Day", status=PostStatus.DRAFT, occasion="Mother's Day",
        scheduled_at=datetime(2027, 3, 21, 10))


def test_sections_say_when_all_is_well(qapp: QApplication) -> None:
    facts = _facts()
    facts.goals, facts.occasions = [], []
    facts.posts = [_post(n, day) for n, day in enumerate((1, 8, 15, 22, 29), start=1)]
    sections = {s.title: s for s in plan_sections(facts)}
    assert _texts(sections["Empty weeks"]) == ["Every week has a post."]
    assert _texts(sections["Goals with no post serving them"]) == [
        "Every running goal has a post this month."]
    assert _texts(sections["Occasions with nothing planned (±3 days)"]) == [
        "Every occasion this month has a post near it."]


def test_the_panel_in_the_tab(qtbot: QtBot, ctx: UiContext,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    brand, accounts = make_brand(ctx)
    ctx.services.pillars.set_slots(accounts[0].id, [Slot(accounts[0].id, 1, time(19))])
    add_post(ctx, brand, "Tip", datetime(2027, 3, 2, 19), [accounts[0].id])
    tab = make_tab(qtbot, ctx, (2027, 3))
    panel = tab.plan.planning
    assert panel.dirty and panel.lines() == []  # nothing read while hidden
    tab.plan.side.setCurrentIndex(1)
    assert not panel.dirty and panel.lines()
    texts = [line.text.translate(ISOLATES) for line in panel.lines()]
    assert any(t.startswith("@bloom (Instagram): 1 of ") for t in texts)  # weeks: the locale's
    # double-click an empty week: the month view shows its first day
    week = next(i for i in range(panel.tree.topLevelItemCount())
                if panel.tree.topLevelItem(i).text(0) == "Empty weeks")
    item = panel.tree.topLevelItem(week).child(1)
    panel.tree.setCurrentItem(item)
    assert panel.show_button.isEnabled() and not panel.draft_button.isEnabled()
    panel.act(item)
    assert tab.month_view.current_day() == item.data(0, 0x0101).day


def test_new_post_for_a_lonely_occasion(qtbot: QtBot, ctx: UiContext,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    brand, _accounts = make_brand(ctx)
    ctx.services.brands.update(brand.id, brand.version, type(brand.to_input())(
        brand.name, country="SA"))
    tab = make_tab(qtbot, ctx, (2027, 5))
    tab.plan.side.setCurrentIndex(1)
    panel = tab.plan.planning
    eid = next(line for line in panel.lines() if line.draft and line.draft.occasion == "Eid al-Adha")
    assert eid.text.translate(ISOLATES).startswith("≈ Eid al-Adha")
    seen: list[Any] = []

    def run(cls: type, parent: Any, ctx_: Any, brand_id: int, initial: Any) -> tuple[Any, bool]:
        seen.append(initial)
        return initial, True

    monkeypatch.setattr(PostDialog, "run", classmethod(run))
    panel.new_post(eid.draft)
    assert seen[0].topic == "Eid al-Adha" and seen[0].scheduled_at == datetime(2027, 5, 16, 10)
    assert [p.topic for p in tab.model.posts_on(date(2027, 5, 16))] == ["Eid al-Adha"]
    assert tab.month_view.current_day() == date(2027, 5, 16)
    assert not any(line.draft and line.draft.occasion == "Eid al-Adha" for line in panel.lines())
    ctx.undo.undo()
    assert tab.model.posts_on(date(2027, 5, 16)) == []
