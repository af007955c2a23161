"""Between the competitor tables and their dataclasses: rows to data (snapshots with what is
derived from them), inputs to rows, and the checks an input must pass before it is saved."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from smm_desktop.db.models import (
    Competitor,
    CompetitorAccount,
    CompetitorGuess,
    CompetitorObservation,
    CompetitorSnapshot,
)
from smm_desktop.domain import competitors as rules
from smm_desktop.domain import validation as v
from smm_desktop.domain.enums import ContentType, Platform
from smm_desktop.domain.errors import FieldError
from smm_desktop.services.competitor_data import (
    CompetitorAccountData,
    CompetitorAccountInput,
    CompetitorData,
    CompetitorInput,
    GuessData,
    GuessInput,
    ObservationData,
    ObservationInput,
    SnapshotData,
    SnapshotInput,
)

TEXT_FIELDS = ("positioning", "strengths", "weaknesses", "to_learn", "to_avoid", "notes")
NOTE_FIELDS = ("focus", "frequency", "formats", "note")


def platform_of(value: str) -> Platform:
    return Platform(value) if value in set(Platform) else Platform.OTHER


# Names people (and older files) use for a content type.
_ALIASES = {"reel": ContentType.SHORT_VIDEO, "reels": ContentType.SHORT_VIDEO,
            "short": ContentType.SHORT_VIDEO, "shorts": ContentType.SHORT_VIDEO}


def content_types_of(text: str) -> tuple[ContentType, ...]:
    """The stored comma-separated values ("reel" read as a short video); an unknown one is
    skipped, a repeat kept once."""
    known = {c.value: c for c in ContentType} | _ALIASES
    found = (known.get(p.strip().casefold()) for p in text.split(","))
    return tuple(dict.fromkeys(c for c in found if c is not None))


# Rows to data


def account_data(row: CompetitorAccount) -> CompetitorAccountData:
    return CompetitorAccountData(
        platform=platform_of(row.platform), handle=row.handle, profile_url=row.profile_url,
        id=row.id, competitor_id=row.competitor_id, version=row.version)


def competitor_data(row: Competitor, accounts: Iterable[CompetitorAccount]) -> CompetitorData:
    ordered = sorted(accounts, key=lambda a: (a.platform, a.handle_key, a.id))
    texts = {name: getattr(row, name) for name in TEXT_FIELDS}
    return CompetitorData(
        name=row.name, website=row.website, logo_png=row.logo_png, **texts, id=row.id,
        brand_id=row.brand_id, archived=row.archived, position=row.position,
        version=row.version, accounts=tuple(account_data(a) for a in ordered))


def snapshot_data(row: CompetitorSnapshot, previous_followers: int | None) -> SnapshotData:
    """The snapshot with its derived numbers; growth against `previous_followers` (the
    account's previous snapshot that has a follower count)."""
    growth = rules.follower_growth(previous_followers, row.followers)
    return SnapshotData(
        day=row.day, followers=row.followers, posts=row.posts, likes=row.likes,
        comments=row.comments, shares=row.shares, views=row.views, period_days=row.period_days,
        hashtags=tuple(row.hashtags.split()), content_types=content_types_of(row.content_types),
        notable_link=row.notable_link, notable_file=row.notable_file,
        notable_note=row.notable_note, id=row.id, account_id=row.account_id,
        version=row.version, frequency=rules.posting_frequency(row.posts, row.period_days),
        engagement_rate=rules.engagement_rate_per_post(
            row.likes, row.comments, row.shares, row.posts, row.followers),
        growth=growth[0] if growth else None, growth_rate=growth[1] if growth else None)


def snapshot_series(rows: Sequence[CompetitorSnapshot],
                    before: int | None = None) -> list[SnapshotData]:
    """Rows of one account by day to data, each growth against the one before it."""
    found: list[SnapshotData] = []
    previous = before
    for row in rows:
        found.append(snapshot_data(row, previous))
        previous = row.followers if row.followers is not None else previous
    return found


def observation_data(row: CompetitorObservation) -> ObservationData:
    return ObservationData(day=row.day, text=row.text, link=row.link, id=row.id,
                           competitor_id=row.competitor_id, version=row.version)


def evidence_of(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(",") if p.strip().isdigit())


def guess_data(row: CompetitorGuess, live_ids: set[int] | None = None) -> GuessData:
    """`live_ids`: the competitor's live log lines; evidence in the trash is left out."""
    evidence = tuple(i for i in evidence_of(row.evidence) if live_ids is None or i in live_ids)
    return GuessData(quarter=row.quarter, focus=row.focus, frequency=row.frequency,
                     formats=row.formats, note=row.note, evidence=evidence, id=row.id,
                     competitor_id=row.competitor_id, version=row.version)


# Inputs to rows


def apply_competitor(row: Competitor, data: CompetitorInput) -> None:
    row.name, row.website = data.name.strip(), v.normalise_url(data.website)
    row.logo_png = data.logo_png
    for name in TEXT_FIELDS:
        setattr(row, name, getattr(data, name).strip())


def apply_account(row: CompetitorAccount, data: CompetitorAccountInput) -> None:
    row.platform, row.handle = data.platform.value, v.normalise_handle(data.handle)
    row.handle_key, row.profile_url = v.handle_key(data.handle), v.normalise_url(data.profile_url)


def snapshot_values(data: SnapshotInput) -> dict[str, Any]:
    """The columns of a snapshot (hashtags normalised, content types in the stored form)."""
    return {
        "day": data.day, "period_days": data.period_days, "followers": data.followers,
        "posts": data.posts, "likes": data.likes, "comments": data.comments,
        "shares": data.shares, "views": data.views,
        "hashtags": " ".join(rules.split_hashtags(data.hashtags)),
        "content_types": ",".join(dict.fromkeys(c.value for c in data.content_types)),
        "notable_link": v.normalise_url(data.notable_link),
        "notable_file": data.notable_file.strip(), "notable_note": data.notable_note.strip()}


def apply_snapshot(row: CompetitorSnapshot, data: SnapshotInput) -> None:
    for name, value in snapshot_values(data).items():
        setattr(row, name, value)


def apply_observation(row: CompetitorObservation, data: ObservationInput) -> None:
    row.day, row.text, row.link = data.day, data.text.strip(), v.normalise_url(data.link)


def apply_guess(row: CompetitorGuess, data: GuessInput) -> None:
    quarter = rules.parse_quarter(data.quarter)
    row.quarter = f"{quarter.year}-Q{quarter.number}" if quarter else data.quarter.strip()
    for name in NOTE_FIELDS:
        setattr(row, name, getattr(data, name).strip())
    row.evidence = ",".join(str(i) for i in dict.fromkeys(data.evidence))


def is_blank(data: SnapshotInput) -> bool:
    """Nothing recorded at all (a row of the weekly form left empty)."""
    counts = (data.followers, data.posts, data.likes, data.comments, data.shares, data.views)
    return (all(c is None for c in counts) and not data.hashtags and not data.content_types
            and not (data.notable_link.strip() or data.notable_file.strip()
                     or data.notable_note.strip()))


# Checks


def competitor_errors(data: CompetitorInput) -> list[FieldError]:
    return rules.check_competitor_name(data.name) + rules.check_url(
        data.website, "website", rules.WEBSITE_MAX)


def account_errors(data: CompetitorAccountInput, prefix: str = "") -> list[FieldError]:
    errors = (v.check_handle(data.handle, "handle")
              + v.check_profile_url(data.profile_url, data.platform, "profile_url"))
    return [FieldError(prefix + e.field, e.code, e.params) for e in errors]


def snapshot_errors(data: SnapshotInput, today: date, prefix: str = "") -> list[FieldError]:
    """Negative counts, a day after today, a period outside 1..92 days, a bad link."""
    counts = {name: getattr(data, name) for name in rules.COUNT_FIELDS}
    errors = (rules.check_day(data.day, today) + rules.check_period(data.period_days)
              + rules.check_counts(counts) + rules.check_url(data.notable_link, "notable_link"))
    return [FieldError(prefix + e.field, e.code, e.params) for e in errors]


def observation_errors(data: ObservationInput, today: date) -> list[FieldError]:
    return (rules.check_day(data.day, today) + rules.check_required(data.text, "text")
            + rules.check_url(data.link, "link"))


def guess_errors(data: GuessInput, live_ids: set[int]) -> list[FieldError]:
    """The quarter in "YYYY-Qn" form; evidence only from the competitor's own live log."""
    errors = rules.check_quarter(data.quarter)
    stray = [i for i in data.evidence if i not in live_ids]
    if stray:
        errors.append(FieldError("evidence", "invalid", {"value": str(stray[0])}))
    return errors
