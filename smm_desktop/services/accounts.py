"""A brand's social accounts: one per platform handle, editable, archivable, deletable with undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.models import Brand, SocialAccount
from smm_desktop.domain import validation as v
from smm_desktop.domain.enums import PROFILE_URL_PATTERNS, Platform
from smm_desktop.domain.errors import FieldError, ValidationFailed
from smm_desktop.services._base import (
    change,
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
)


@dataclass(frozen=True)
class AccountInput:
    """The fields a person edits."""

    platform: Platform
    handle: str
    profile_url: str = ""
    notes: str = ""


@dataclass(frozen=True)
class AccountData(AccountInput):
    id: int = 0
    brand_id: int = 0
    version: int = 0
    archived: bool = False

    def to_input(self) -> AccountInput:
        return AccountInput(self.platform, self.handle, self.profile_url, self.notes)

    @property
    def link(self) -> str:
        """The profile address: the one typed, or the platform's usual one for the handle."""
        pattern = PROFILE_URL_PATTERNS.get(self.platform)
        return self.profile_url or (pattern.format(handle=self.handle) if pattern else "")


def _to_data(row: SocialAccount) -> AccountData:
    platform = Platform(row.platform) if row.platform in set(Platform) else Platform.OTHER
    return AccountData(
        platform=platform, handle=row.handle, profile_url=row.profile_url, notes=row.notes,
        id=row.id, brand_id=row.brand_id, version=row.version, archived=row.archived,
    )


def _apply(row: SocialAccount, data: AccountInput) -> None:
    row.platform = data.platform.value
    row.handle = v.normalise_handle(data.handle)
    row.handle_key = v.handle_key(data.handle)
    row.profile_url = v.normalise_url(data.profile_url)
    row.notes = data.notes


class AccountService:
    """Social accounts of the brands in one workspace."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list_accounts(self, brand_id: int, include_archived: bool = True) -> list[AccountData]:
        query = (
            select(SocialAccount)
            .where(SocialAccount.brand_id == brand_id, SocialAccount.deleted_at.is_(None))
            .order_by(SocialAccount.archived, SocialAccount.platform, SocialAccount.handle_key)
        )
        if not include_archived:
            query = query.where(SocialAccount.archived.is_(False))
        with self._sf() as s:
            return [_to_data(row) for row in s.scalars(query)]

    def validate(self, data: AccountInput, account_id: int | None = None) -> list[FieldError]:
        """Every problem with `data`, including a handle already used on that platform."""
        handle_errors = v.check_handle(data.handle)
        errors = handle_errors + v.check_profile_url(data.profile_url, data.platform)
        owner = None if handle_errors else self._handle_owner(data, account_id)
        if owner is not None:
            errors.append(FieldError("handle", "duplicate_handle", {"brand": owner}))
        return errors

    def _handle_owner(self, data: AccountInput, account_id: int | None) -> str | None:
        query = (
            select(Brand.name)
            .join(SocialAccount, SocialAccount.brand_id == Brand.id)
            .where(
                SocialAccount.platform == data.platform.value,
                SocialAccount.handle_key == v.handle_key(data.handle),
                SocialAccount.deleted_at.is_(None),
            )
        )
        if account_id is not None:
            query = query.where(SocialAccount.id != account_id)
        with self._sf() as s:
            return s.scalar(query.limit(1))

    def create(self, brand_id: int, data: AccountInput) -> AccountData:
        refuse_invalid(self.validate(data, None))
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            row = SocialAccount(brand_id=brand_id)
            _apply(row, data)
            s.add(row)
            s.flush()
            return _to_data(row)

    def update(self, account_id: int, version: int, data: AccountInput) -> AccountData:
        refuse_invalid(self.validate(data, account_id))
        return self._change(account_id, version, lambda row: _apply(row, data))

    def set_archived(self, account_id: int, version: int, archived: bool) -> AccountData:
        return self._change(account_id, version, lambda row: setattr(row, "archived", archived))

    def delete(self, account_id: int, version: int) -> None:
        self._change(account_id, version, mark_deleted)

    def undelete(self, account_id: int) -> AccountData:
        """Bring a deleted account back, unless its handle was taken again meanwhile."""
        try:
            with self._sf.begin() as s:
                row = load_deleted(s, SocialAccount, account_id)
                row.deleted_at = None
                s.flush()
                return _to_data(row)
        except IntegrityError as err:
            raise ValidationFailed([FieldError("handle", "duplicate_handle", {"brand": ""})]) from err

    def purge_deleted(self) -> int:
        return purge_deleted(self._sf, SocialAccount)

    def _change(
        self, account_id: int, version: int, mutate: Callable[[SocialAccount], object]
    ) -> AccountData:
        return change(self._sf, SocialAccount, account_id, version, mutate,
                      lambda _s, row: _to_data(row))
