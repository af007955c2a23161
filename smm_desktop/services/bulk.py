"""Changes to several records at once: one transaction each, all or nothing, stale edits refused."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smm_desktop.db.models import Brand, SocialAccount
from smm_desktop.domain.errors import Conflict, NotFound
from smm_desktop.services._base import load_live
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.accounts import _to_data as account_data


def add_note_line(notes: str, note: str) -> str:
    """`notes` with `note` added as its last line."""
    return f"{notes}\n{note}" if notes else note


class BulkService:
    """Operations on many records of one workspace that must not stop halfway."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def move_accounts(
        self, accounts: Mapping[int, int], to_brand_id: int, note: str = ""
    ) -> list[AccountData]:
        """Move social accounts to another brand, all of them or none.

        `accounts` maps each account's id to the version the person saw
        (`{a.id: a.version for a in chosen}`). An account or brand that is gone (or in the
        trash, or whose brand is) raises NotFound; an account changed since it was read raises
        Conflict; either way nothing moved. `note`, when given, is added as a line to each moved
        account's notes (say, why it moved). An account already in that brand is left as it is.
        Returns the accounts as stored afterwards, in the order given.
        """
        if not accounts:
            return []
        note = note.strip()
        current = 0
        try:
            with self._sf.begin() as s:
                load_live(s, Brand, to_brand_id)
                rows = []
                for current, version in accounts.items():
                    row = load_live(s, SocialAccount, current, version)
                    if row.brand.deleted_at is not None:
                        raise NotFound(SocialAccount.__name__, current)
                    rows.append(row)
                for row in rows:
                    if row.brand_id == to_brand_id:
                        continue
                    current = row.id
                    row.brand_id = to_brand_id
                    if note:
                        row.notes = add_note_line(row.notes, note)
                    s.flush()  # one row at a time, so a lost race names its account
                return [account_data(row) for row in rows]
        except StaleDataError as err:
            raise Conflict(SocialAccount.__name__, current) from err
