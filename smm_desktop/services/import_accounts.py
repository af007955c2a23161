"""Which account (and brand) an export feeds: the one chosen, the one the export names (page
name, username, the handle in its links), else the only account on that platform."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from smm_desktop.db.models import Brand, SocialAccount
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.validation import handle_key
from smm_desktop.importers.records import PostMetricsRow, ReadResult

# The platforms whose ads exports feed campaigns (a brand's, not an account's).
ADS_PLATFORMS = {"meta_ads": (Platform.FACEBOOK, Platform.INSTAGRAM)}
_HANDLE_IN_LINK = re.compile(
    r"(?:twitter\.com|x\.com|tiktok\.com|instagram\.com)/@?([A-Za-z0-9_.]+)", re.IGNORECASE)
_NOT_HANDLES = {"p", "reel", "reels", "status", "video", "i", "tv"}


@dataclass(frozen=True)
class AccountChoice:
    """The account found (None: the caller chooses among `candidates`) and its brand; `reason`
    says why none was taken ("named_account_not_found": the file names `named`, none of the
    candidates is it; "account_platform_mismatch", "account_other_brand": the account chosen
    cannot be the file's)."""

    account_id: int | None
    brand_id: int | None
    candidates: tuple[tuple[int, str], ...]
    reason: str = ""
    named: str = ""


@dataclass(frozen=True)
class _Candidate:
    id: int
    brand_id: int
    brand_name: str
    handle: str
    handle_key: str

    @property
    def label(self) -> str:
        return f"{self.brand_name} · {self.handle}"


def platforms_of(platform: str) -> tuple[str, ...]:
    """The account platforms an export's platform can feed."""
    if platform in ADS_PLATFORMS:
        return tuple(p.value for p in ADS_PLATFORMS[platform])
    return (platform,) if platform in set(Platform) else ()


def hints(results: Iterable[ReadResult]) -> dict[str, str]:
    """The names the export gives its account (page names, usernames, handles in links):
    compared form -> as written. LinkedIn's "Posted by" is a person, not the page."""
    found: dict[str, str] = {}
    for result in results:
        for row in result.rows[:200]:
            if isinstance(row, PostMetricsRow):
                for name in _row_hints(row, with_account=result.platform != "linkedin"):
                    if name.strip():
                        found.setdefault(_key(name), name.strip())
    return found


def _row_hints(row: PostMetricsRow, with_account: bool = True) -> list[str]:
    names = [row.account] if row.account and with_account else []
    match = _HANDLE_IN_LINK.search(row.permalink or "")
    if match and match.group(1).lower() not in _NOT_HANDLES:
        names.append(match.group(1))
    return names


def _key(name: str) -> str:
    return handle_key(name.strip().lstrip("@"))


def choose_account(
    s: Session, platform: str, results: Iterable[ReadResult], brand_id: int | None,
    account_id: int | None,
) -> AccountChoice:
    """The account the file feeds; with several that fit and no hint, None + the candidates;
    never one the file's own names (page, username, link handle) say it is not."""
    platforms = platforms_of(platform)
    if account_id is not None:
        return _chosen(s, platforms, brand_id, account_id)
    candidates = _candidates(s, platforms, brand_id)
    names = hints(results)
    named = _named(candidates, set(names))
    if len(named) == 1:
        return AccountChoice(named[0].id, named[0].brand_id, ())
    if names and not named:  # the file is some other account's: ask, never guess
        listed = tuple((c.id, c.label) for c in candidates)
        return AccountChoice(None, _one_brand(candidates, brand_id), listed,
                             "named_account_not_found", _shown(names))
    if len(candidates) == 1:
        return AccountChoice(candidates[0].id, candidates[0].brand_id, ())
    listed = tuple((c.id, c.label) for c in (named or candidates))
    return AccountChoice(None, _one_brand(named or candidates, brand_id), listed)


def _shown(names: dict[str, str]) -> str:
    """The name the file gives, as written (the first found; handles with their "@")."""
    name = next(iter(names.values()))
    return name if " " in name or not name.isascii() else "@" + name.lstrip("@")


def _chosen(s: Session, platforms: tuple[str, ...], brand_id: int | None,
            account_id: int) -> AccountChoice:
    """The account the person chose, refused when it cannot be the file's: on another
    platform, or of another brand than the one given."""
    row = s.get(SocialAccount, account_id)
    if row is None or row.deleted_at is not None:
        return AccountChoice(None, brand_id, ())
    if platforms and row.platform not in platforms:
        return AccountChoice(None, brand_id, (), "account_platform_mismatch")
    if brand_id is not None and row.brand_id != brand_id:
        return AccountChoice(None, brand_id, (), "account_other_brand")
    return AccountChoice(row.id, row.brand_id, ())


def _named(candidates: list[_Candidate], names: set[str]) -> list[_Candidate]:
    """The candidates whose handle, or whose brand's name, the export gives."""
    by_handle = [c for c in candidates if c.handle_key in names]
    if by_handle:
        return by_handle
    return [c for c in candidates if _key(c.brand_name) in names]


def _one_brand(candidates: list[_Candidate], brand_id: int | None) -> int | None:
    brands = {c.brand_id for c in candidates}
    return brand_id if brand_id is not None else (brands.pop() if len(brands) == 1 else None)


def _candidates(s: Session, platforms: tuple[str, ...], brand_id: int | None
                ) -> list[_Candidate]:
    """The live, unarchived accounts on those platforms (of the brand, when given)."""
    query = (select(SocialAccount.id, SocialAccount.brand_id, Brand.name, SocialAccount.handle,
                    SocialAccount.handle_key)
             .join(Brand, Brand.id == SocialAccount.brand_id)
             .where(SocialAccount.platform.in_(platforms), SocialAccount.deleted_at.is_(None),
                    SocialAccount.archived.is_(False), Brand.deleted_at.is_(None))
             .order_by(SocialAccount.id))
    if brand_id is not None:
        query = query.where(SocialAccount.brand_id == brand_id)
    return [_Candidate(*row) for row in s.execute(query)]


def only_brand(s: Session) -> int | None:
    """The workspace's brand when it has exactly one live brand."""
    ids = list(s.scalars(select(Brand.id).where(Brand.deleted_at.is_(None)).limit(2)))
    return ids[0] if len(ids) == 1 else None
