"""Where the audience is: platforms ranked by the part of the audience on them, and the choice."""

from __future__ import annotations

import pytest

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.platform_reach import (
    MAX_CHOSEN,
    Verdict,
    in_short,
    rank,
    reach_of,
    recommend,
    suggestions,
    used_a_lot,
    verdict,
    whole_percent,
)

IG, SNAP, X, TT, LI = (Platform.INSTAGRAM, Platform.SNAPCHAT, Platform.X, Platform.TIKTOK,
                       Platform.LINKEDIN)
STUDENT = {IG: 85, TT: 70, SNAP: 90}
EMPLOYEE = {X: 75, SNAP: 60}
FAMILY = {IG: 70, SNAP: 80, TT: 30}


def test_reach_counts_strong_and_present_personas() -> None:
    reach = reach_of(SNAP, [STUDENT, EMPLOYEE, FAMILY])
    assert reach.average == pytest.approx(230 / 3)
    assert (reach.strong, reach.present) == (3, 3)
    assert reach_of(TT, [STUDENT, EMPLOYEE, FAMILY]).strong == 1
    assert reach_of(LI, [STUDENT]).present == 0


def test_rank_leaves_out_platforms_nobody_is_on() -> None:
    ranked = rank([STUDENT, EMPLOYEE, FAMILY])
    assert [r.platform for r in ranked] == [SNAP, IG, TT, X]


def test_the_best_platform_alone_when_it_reaches_everyone() -> None:
    rec = recommend([STUDENT, EMPLOYEE, FAMILY])
    assert [c.reach.platform for c in rec.chosen] == [SNAP]
    assert rec.chosen[0].newly_reached == 3
    assert rec.unreached == 0 and rec.personas == 3
    assert rec.is_chosen(SNAP) and not rec.is_chosen(IG)
    assert rec.average(LI) == 0.0


def test_a_second_platform_joins_for_a_persona_the_first_misses() -> None:
    emma = {IG: 90, Platform.PINTEREST: 80, Platform.FACEBOOK: 40}
    tom = {LI: 85, Platform.FACEBOOK: 30}
    rec = recommend([emma, tom])
    assert [(c.reach.platform, c.newly_reached) for c in rec.chosen] == [(IG, 1), (LI, 1)]
    assert rec.unreached == 0


def test_ties_go_to_the_platform_more_personas_are_strongly_on() -> None:
    rec = recommend([{IG: 100, X: 50}, {X: 50}])
    assert [r.platform for r in rec.ranked] == [X, IG]  # both 50 on average; X has two strong


def test_at_most_a_few_platforms_and_the_rest_counted_unreached() -> None:
    personas = [{p: 60} for p in list(Platform)[:MAX_CHOSEN + 2]]
    rec = recommend(personas)
    assert len(rec.chosen) == MAX_CHOSEN
    assert rec.unreached == 2


def test_weak_shares_still_name_the_largest_platform() -> None:
    rec = recommend([{IG: 20, X: 10}, {IG: 30}])
    assert [(c.reach.platform, c.newly_reached) for c in rec.chosen] == [(IG, 0)]
    assert rec.unreached == 2


def test_no_personas_or_no_shares_recommend_nothing() -> None:
    assert recommend([]).chosen == () and recommend([]).personas == 0
    assert recommend([{}, {}]).chosen == ()
    unknown = recommend([{}, {}])
    assert (unknown.unreached, unknown.personas, unknown.unset) == (0, 0, 2)


def test_a_persona_with_no_share_set_is_unknown_not_zero() -> None:
    rec = recommend([{IG: 80}, {}])
    assert (rec.personas, rec.unset, rec.unreached) == (1, 1, 0)
    assert rec.average(IG) == 80  # the unknown persona does not pull the average down
    assert verdict(rec, IG) is Verdict.HERE


def test_verdicts_on_chosen_platforms() -> None:
    rec = recommend([STUDENT, EMPLOYEE, FAMILY])
    assert verdict(rec, SNAP) is Verdict.HERE  # recommended
    assert verdict(rec, IG) is Verdict.HERE  # two of three segments spend half their time there
    assert verdict(rec, TT) is Verdict.RECONSIDER  # one of three
    assert verdict(rec, LI) is Verdict.RECONSIDER  # nobody
    assert verdict(recommend([{}]), IG) is Verdict.UNKNOWN
    assert rec.reach(TT).best == 70 and rec.reach(LI).present == 0


def test_suggestions_are_platforms_used_a_lot_and_not_chosen() -> None:
    rec = recommend([STUDENT, EMPLOYEE, FAMILY])
    assert [r.platform for r in suggestions(rec, {TT})] == [SNAP, IG]
    assert [r.platform for r in suggestions(rec, {SNAP, IG})] == []
    assert not used_a_lot(rec, X)  # one segment of three


def test_in_short_names_the_focus_and_what_can_wait() -> None:
    rec = recommend([STUDENT, EMPLOYEE, FAMILY])
    focus, wait = in_short(rec, {LI, TT, SNAP, IG})
    assert focus == (SNAP,)
    assert wait == (TT, LI)  # few segments there, by the audience on them; Instagram has two


def test_whole_percent_rounds_half_up() -> None:
    assert [whole_percent(v) for v in (42.5, 42.4, 0.0, 99.5)] == [43, 42, 0, 100]
