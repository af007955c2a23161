"""The names the list view shows for a post's ids, read in a few queries per brand."""

from __future__ import annotations

from smm_desktop.ui import goal_text
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.models.post_list import Names


def load_names(ctx: UiContext, brand_id: int) -> Names:
    """Accounts (handle), pillars, social goals and personas of the brand, by id."""
    s = ctx.services
    return Names(
        accounts={a.id: a.handle for a in s.accounts.list_accounts(brand_id)},
        pillars={p.id: p.name for p in s.pillars.list_pillars(brand_id)},
        goals={g.id: goal_text.goal_name(g) for g in s.goals.list_goals(brand_id)},
        personas={p.id: p.name for p in s.personas.list_personas(brand_id)},
    )
