"""Import a document into a workspace: everything is checked first, then written in one transaction.

Modes, for a brand whose name (ignoring case) is already in the workspace:

- "merge" (the default): the import adds the document's accounts that the brand does not have
  yet. The brand's own fields in the workspace are kept as they are: an import only adds, it
  never changes or removes what is there.
- "add": such brands are refused, all named in one message, and nothing is imported.

In both modes a handle already used on the same platform by *another* brand of the workspace
(or by one in the trash) is refused, with the place in the document.

A brand's strategy and content plan follow the same rule: a new brand gets all of it; a merged
brand gets the rows it does not hold yet (strategy_plan.py and content_plan.py say how rows are
compared) and keeps its own. Importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.models import Brand, SocialAccount
from smm_desktop.services._base import load_live
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.accounts import _apply as apply_account
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.brands import _apply as apply_brand
from smm_desktop.services.transfer.checks import account_key, brand_key, check_document
from smm_desktop.services.transfer.content_plan import (
    CONTENT_COUNTS,
    ContentAdds,
    ExistingContent,
    load_existing_content,
    plan_content,
)
from smm_desktop.services.transfer.content_write import write_content
from smm_desktop.services.transfer.document import (
    AccountRecord,
    BrandRecord,
    Document,
    TransferError,
    pointer,
)
from smm_desktop.services.transfer.strategy_plan import (
    Existing,
    StrategyAdds,
    load_existing,
    plan_strategy,
)
from smm_desktop.services.transfer.strategy_write import write_strategy

ImportMode = Literal["merge", "add"]
IMPORT_MODES: tuple[ImportMode, ...] = get_args(ImportMode)


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, from `preview_import`, would do): rows added of each kind."""

    brands_added: int = 0
    brands_merged: int = 0
    accounts_added: int = 0
    accounts_present: int = 0  # already on the same brand in the workspace: left alone
    snapshots_added: int = 0
    business_goals_added: int = 0
    social_goals_added: int = 0
    personas_added: int = 0
    chosen_platforms_added: int = 0
    audits_added: int = 0
    guides_added: int = 0
    platform_bios_added: int = 0
    hashtag_sets_added: int = 0
    consistency_checks_added: int = 0
    reviews_added: int = 0
    experiments_added: int = 0
    strategy_present: int = 0  # strategy rows a merged brand already holds: left alone
    pillars_added: int = 0
    posting_slots_added: int = 0
    occasions_added: int = 0
    posts_added: int = 0
    engagement_days_added: int = 0
    content_present: int = 0  # content rows a merged brand already holds: left alone

    @property
    def strategy_added(self) -> int:
        """Every strategy row added (snapshots included)."""
        return sum(getattr(self, f"{name}_added") for name in STRATEGY_COUNTS)

    @property
    def content_added(self) -> int:
        """Every content-plan row added (pillars, posting slots, occasions, posts, days of the
        engagement log)."""
        return sum(getattr(self, f"{name}_added") for name in CONTENT_COUNTS)

    @property
    def adds_anything(self) -> bool:
        return bool(self.brands_added or self.accounts_added or self.strategy_added
                    or self.content_added)


# The kinds of strategy rows an ImportSummary counts: `<kind>_added`.
STRATEGY_COUNTS = tuple(StrategyAdds().counts())


@dataclass(frozen=True)
class _Owner:
    brand_id: int
    brand_name: str
    in_trash: bool


@dataclass(frozen=True)
class BrandAdds:
    """The rows an import adds to one brand (new or merged)."""

    accounts: list[AccountRecord]
    strategy: StrategyAdds
    content: ContentAdds


@dataclass
class ImportPlan:
    """The rows an import adds: new brands with their accounts, strategy and content plan; the
    same kinds of rows for existing brands."""

    new: list[tuple[BrandRecord, BrandAdds]] = field(default_factory=list)
    merges: list[tuple[int, BrandAdds]] = field(default_factory=list)
    present: int = 0

    @property
    def summary(self) -> ImportSummary:
        parts = [adds for _, adds in self.new] + [adds for _, adds in self.merges]
        kinds = {f"{k}_added": sum(p.strategy.counts()[k] for p in parts)
                 for k in STRATEGY_COUNTS}
        kinds |= {f"{k}_added": sum(p.content.counts()[k] for p in parts)
                  for k in CONTENT_COUNTS}
        return ImportSummary(
            len(self.new), len(self.merges), sum(len(p.accounts) for p in parts), self.present,
            strategy_present=sum(p.strategy.present for p in parts),
            content_present=sum(p.content.present for p in parts), **kinds)


def import_document(
    session_factory: sessionmaker[Session], document: Document, mode: ImportMode = "merge"
) -> ImportSummary:
    """Check the whole document against the rules and the workspace, then write it, all or nothing."""
    check_document(document)
    try:
        with session_factory.begin() as s:
            plan = plan_import(s, document, mode)
            write_plan(s, plan)
    except IntegrityError as err:
        raise TransferError("the workspace changed while importing; nothing was imported",
                            code="conflict") from err
    return plan.summary


def preview_import(
    session_factory: sessionmaker[Session], document: Document, mode: ImportMode = "merge"
) -> ImportSummary:
    """What `import_document` would do, or the TransferError it would raise; writes nothing."""
    check_document(document)
    with session_factory() as s:
        return plan_import(s, document, mode).summary


def plan_import(s: Session, document: Document, mode: ImportMode) -> ImportPlan:
    """Decide every row to add, refusing the first conflict with the workspace."""
    if mode not in IMPORT_MODES:
        raise ValueError(f"unknown import mode {mode!r}; expected one of {IMPORT_MODES}")
    brands, owners = _live_brands(s), _handle_owners(s)
    if mode == "add":
        _refuse_existing(document, brands)
    plan = ImportPlan()
    for i, record in enumerate(document.brands):
        target = brands.get(brand_key(record.name))
        accounts = [a for j, a in enumerate(record.accounts)
                    if _is_new(a, pointer("brands", i, "accounts", j), target, owners)]
        plan.present += len(record.accounts) - len(accounts)
        if target is None:
            plan.new.append((record, BrandAdds(accounts, plan_strategy(record, Existing()),
                                               plan_content(record, ExistingContent()))))
        else:
            plan.merges.append((target[0], BrandAdds(
                accounts, plan_strategy(record, load_existing(s, target[0])),
                plan_content(record, load_existing_content(s, target[0])))))
    return plan


def _live_brands(s: Session) -> dict[str, tuple[int, str]]:
    rows = s.execute(select(Brand.id, Brand.name).where(Brand.deleted_at.is_(None)))
    return {brand_key(name): (ident, name) for ident, name in rows}


def _handle_owners(s: Session) -> dict[tuple[str, str], _Owner]:
    """Who holds each live handle: accounts of a brand in the trash still hold theirs."""
    rows = s.execute(
        select(SocialAccount.platform, SocialAccount.handle_key, Brand.id, Brand.name,
               Brand.deleted_at)
        .join(Brand, SocialAccount.brand_id == Brand.id)
        .where(SocialAccount.deleted_at.is_(None))
    )
    return {(p, key): _Owner(b, name, gone is not None) for p, key, b, name, gone in rows}


def _refuse_existing(document: Document, brands: dict[str, tuple[int, str]]) -> None:
    clashes = [i for i, b in enumerate(document.brands) if brand_key(b.name) in brands]
    if clashes:
        names = ", ".join(repr(brands[brand_key(document.brands[i].name)][1]) for i in clashes)
        raise TransferError(f"the workspace already has these brands: {names}",
                            code="brand_exists", pointer=pointer("brands", clashes[0], "name"))


def _is_new(
    account: AccountRecord, at: str, target: tuple[int, str] | None,
    owners: dict[tuple[str, str], _Owner],
) -> bool:
    """True to add the account, False when the merged brand has it; refused on another brand."""
    owner = owners.get(account_key(account.platform.value, account.handle))
    if owner is None:
        return True
    if target is not None and owner.brand_id == target[0]:
        return False
    trash = " (in the trash until the app closes)" if owner.in_trash else ""
    raise TransferError(
        f"the handle {account.handle!r} on {account.platform.value} already belongs to the "
        f"brand {owner.brand_name!r}{trash} in this workspace",
        code="handle_taken", pointer=f"{at}/handle",
    )


def write_plan(s: Session, plan: ImportPlan) -> None:
    for record, adds in plan.new:
        _write_brand_rows(s, add_brand(s, record), adds)
    for brand_id, adds in plan.merges:
        _write_brand_rows(s, load_live(s, Brand, brand_id), adds)
    s.flush()


def _write_brand_rows(s: Session, brand: Brand, adds: BrandAdds) -> None:
    for account in adds.accounts:
        add_account(s, brand, account)
    s.flush()
    write_strategy(s, brand.id, adds.strategy)
    write_content(s, brand.id, adds.content, adds.strategy)


def add_brand(s: Session, record: BrandRecord) -> Brand:
    """A new brand row, tidied by the brand service's own rules."""
    row = Brand(archived=record.archived)
    apply_brand(row, BrandInput(
        record.name, record.industry, record.country, record.languages, record.colours,
        record.notes, record.report_recipients, record.logo_png,
    ))
    if record.created_at is not None:
        row.created_at = record.created_at
    s.add(row)
    return row


def add_account(s: Session, brand: Brand, record: AccountRecord) -> SocialAccount:
    """A new account row on `brand`, tidied by the account service's own rules."""
    row = SocialAccount(brand=brand, archived=record.archived)
    apply_account(row, AccountInput(record.platform, record.handle, record.profile_url,
                                    record.notes))
    if record.created_at is not None:
        row.created_at = record.created_at
    s.add(row)
    return row
