"""Translated names for what the import of analytics exports reports: platforms and kinds of
files, the readers' problem codes, the plan's actions and reasons, and the mapping targets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.metrics import Metric
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_CONTEXT = "ImportLabels"

_SOURCES = {
    "meta_ads": QT_TRANSLATE_NOOP("ImportLabels", "Meta Ads Manager"),
    "mapped": QT_TRANSLATE_NOOP("ImportLabels", "Your column mapping"),
    "unknown": QT_TRANSLATE_NOOP("ImportLabels", "Not recognised"),
    "": QT_TRANSLATE_NOOP("ImportLabels", "Not recognised"),
}

KINDS = {
    "post_metrics": QT_TRANSLATE_NOOP("ImportLabels", "Post numbers"),
    "account_daily": QT_TRANSLATE_NOOP("ImportLabels", "Daily account numbers"),
    "post_daily": QT_TRANSLATE_NOOP("ImportLabels", "Daily numbers per post"),
    "follower_history": QT_TRANSLATE_NOOP("ImportLabels", "Follower history"),
    "campaign_daily": QT_TRANSLATE_NOOP("ImportLabels", "Ad campaign results"),
}

_PROBLEMS = {
    "bad_number": QT_TRANSLATE_NOOP("ImportLabels", "Not a number"),
    "negative": QT_TRANSLATE_NOOP("ImportLabels", "A count cannot be negative"),
    "bad_date": QT_TRANSLATE_NOOP("ImportLabels", "Not a date this app can read"),
    "bad_duration": QT_TRANSLATE_NOOP("ImportLabels", "Not a duration"),
    "missing_id": QT_TRANSLATE_NOOP("ImportLabels", "The row has no post ID or link"),
    "missing_date": QT_TRANSLATE_NOOP("ImportLabels", "The row has no date"),
    "missing_campaign": QT_TRANSLATE_NOOP("ImportLabels", "The row has no campaign name"),
    "extra_cells": QT_TRANSLATE_NOOP("ImportLabels", "More cells than the header has columns"),
    "broken_quote": QT_TRANSLATE_NOOP("ImportLabels", "A quotation mark is not closed"),
    "bad_zip": QT_TRANSLATE_NOOP("ImportLabels", "The zip file is damaged"),
    "bad_workbook": QT_TRANSLATE_NOOP("ImportLabels", "The Excel workbook could not be read"),
    "no_tables": QT_TRANSLATE_NOOP("ImportLabels", "The file holds no table"),
    "too_large": QT_TRANSLATE_NOOP("ImportLabels", "The file is too large (more than 200 MB)"),
    "unreadable": QT_TRANSLATE_NOOP("ImportLabels", "The file could not be read"),
    "missing": QT_TRANSLATE_NOOP("ImportLabels", "The file is not there"),
    "future_date": QT_TRANSLATE_NOOP("ImportLabels", "The date is after today"),
    "missing_column": QT_TRANSLATE_NOOP("ImportLabels", "This column is missing: the file cannot be read without it"),
}

_ACTIONS = {
    "add": QT_TRANSLATE_NOOP("ImportLabels", "Add"),
    "update": QT_TRANSLATE_NOOP("ImportLabels", "Update"),
    "skip": QT_TRANSLATE_NOOP("ImportLabels", "Skip"),
}

_REASONS = {
    "same": QT_TRANSLATE_NOOP("ImportLabels", "Already in the workspace with the same numbers"),
    "newer": QT_TRANSLATE_NOOP("ImportLabels", "Newer numbers for the same period"),
    "older": QT_TRANSLATE_NOOP("ImportLabels", "Older than the numbers in the workspace"),
    "new": QT_TRANSLATE_NOOP("ImportLabels", "New"),
    "unplanned": QT_TRANSLATE_NOOP("ImportLabels", "Not in the plan: kept as a published post"),
    "matched_permalink": QT_TRANSLATE_NOOP("ImportLabels", "Matched to a planned post by its link"),
    "matched_time_text": QT_TRANSLATE_NOOP("ImportLabels", "Matched to a planned post by time and text"),
    "unknown_metric": QT_TRANSLATE_NOOP("ImportLabels", "A number this app does not track"),
    "new_campaign": QT_TRANSLATE_NOOP("ImportLabels", "A new campaign"),
    "matched_campaign": QT_TRANSLATE_NOOP("ImportLabels", "Matched to a campaign by its name"),
    "total": QT_TRANSLATE_NOOP("ImportLabels", "A total row"),
    "no_account": QT_TRANSLATE_NOOP("ImportLabels", "Choose the account first"),
    "duplicate": QT_TRANSLATE_NOOP("ImportLabels", "The same row again in this file: the last one counts"),
    "no_value": QT_TRANSLATE_NOOP("ImportLabels", "No number in this row"),
    "not_stored": QT_TRANSLATE_NOOP("ImportLabels", "Daily numbers per post are not kept"),
    "missing_date": QT_TRANSLATE_NOOP("ImportLabels", "The row has no date"),
    "negative": QT_TRANSLATE_NOOP("ImportLabels", "A count cannot be negative"),
    "out_of_range": QT_TRANSLATE_NOOP("ImportLabels", "The number is out of range"),
    "older_export": QT_TRANSLATE_NOOP("ImportLabels", "An older export: the workspace has higher numbers, kept"),
    "period_total": QT_TRANSLATE_NOOP("ImportLabels", "Totals of the whole period in the row, kept as one day on its last day"),
    "overlaps_period": QT_TRANSLATE_NOOP("ImportLabels", "The campaign already has days in this period: left out so no spend is counted twice"),
}

_TARGETS = {
    "post_metric": QT_TRANSLATE_NOOP("ImportLabels", "Post numbers"),
    "post": QT_TRANSLATE_NOOP("ImportLabels", "Post"),
    "snapshot": QT_TRANSLATE_NOOP("ImportLabels", "Account numbers"),
    "campaign_day": QT_TRANSLATE_NOOP("ImportLabels", "Campaign day"),
    "campaign": QT_TRANSLATE_NOOP("ImportLabels", "Campaign"),
}

# The mapping dialog's targets (importers/fields.py KIND_FIELDS); "" = not imported.
FIELDS = {
    "": QT_TRANSLATE_NOOP("ImportLabels", "(not imported)"),
    "external_id": QT_TRANSLATE_NOOP("ImportLabels", "Post ID"),
    "permalink": QT_TRANSLATE_NOOP("ImportLabels", "Post link"),
    "published_at": QT_TRANSLATE_NOOP("ImportLabels", "Publish time"),
    "title": QT_TRANSLATE_NOOP("ImportLabels", "Title"),
    "text": QT_TRANSLATE_NOOP("ImportLabels", "Post text"),
    "post_type": QT_TRANSLATE_NOOP("ImportLabels", "Post type"),
    "account": QT_TRANSLATE_NOOP("ImportLabels", "Account"),
    "duration_s": QT_TRANSLATE_NOOP("ImportLabels", "Duration (seconds)"),
    "impressions": QT_TRANSLATE_NOOP("ImportLabels", "Impressions"),
    "views": QT_TRANSLATE_NOOP("ImportLabels", "Views"),
    "reach": QT_TRANSLATE_NOOP("ImportLabels", "Reach"),
    "likes": QT_TRANSLATE_NOOP("ImportLabels", "Likes"),
    "reactions": QT_TRANSLATE_NOOP("ImportLabels", "Reactions"),
    "comments": QT_TRANSLATE_NOOP("ImportLabels", "Comments"),
    "shares": QT_TRANSLATE_NOOP("ImportLabels", "Shares"),
    "saves": QT_TRANSLATE_NOOP("ImportLabels", "Saves"),
    "clicks": QT_TRANSLATE_NOOP("ImportLabels", "Clicks"),
    "link_clicks": QT_TRANSLATE_NOOP("ImportLabels", "Link clicks"),
    "profile_visits": QT_TRANSLATE_NOOP("ImportLabels", "Profile visits"),
    "engagements": QT_TRANSLATE_NOOP("ImportLabels", "Engagements"),
    "video_views": QT_TRANSLATE_NOOP("ImportLabels", "Video views"),
    "watch_time_s": QT_TRANSLATE_NOOP("ImportLabels", "Watch time (seconds)"),
    "watch_time_h": QT_TRANSLATE_NOOP("ImportLabels", "Watch time (hours)"),
    "follows": QT_TRANSLATE_NOOP("ImportLabels", "New follows"),
    "engagement_rate": QT_TRANSLATE_NOOP("ImportLabels", "Engagement rate"),
    "ctr": QT_TRANSLATE_NOOP("ImportLabels", "Click-through rate"),
    "day": QT_TRANSLATE_NOOP("ImportLabels", "Date"),
    "followers": QT_TRANSLATE_NOOP("ImportLabels", "Followers"),
    "change": QT_TRANSLATE_NOOP("ImportLabels", "Change in followers"),
    "campaign": QT_TRANSLATE_NOOP("ImportLabels", "Campaign name"),
    "objective": QT_TRANSLATE_NOOP("ImportLabels", "Objective"),
    "status": QT_TRANSLATE_NOOP("ImportLabels", "Status"),
    "start": QT_TRANSLATE_NOOP("ImportLabels", "Start date"),
    "end": QT_TRANSLATE_NOOP("ImportLabels", "End date"),
    "spend": QT_TRANSLATE_NOOP("ImportLabels", "Amount spent"),
    "currency": QT_TRANSLATE_NOOP("ImportLabels", "Currency"),
    "results": QT_TRANSLATE_NOOP("ImportLabels", "Results"),
    "result_type": QT_TRANSLATE_NOOP("ImportLabels", "Result type"),
    "cost_per_result": QT_TRANSLATE_NOOP("ImportLabels", "Cost per result"),
    "revenue": QT_TRANSLATE_NOOP("ImportLabels", "Revenue"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _named(table: dict[str, str], code: str) -> str:
    """The translated text of `code`, or the code itself when it is new to this table."""
    return _tr(table[code]) if code in table else code


def source_name(platform: str) -> str:
    """Facebook, Meta Ads Manager, "Your column mapping"…"""
    try:
        return labels.platform_name(Platform(platform))
    except ValueError:
        return _named(_SOURCES, platform)


def kind_name(kind: str | None) -> str:
    return _named(KINDS, kind or "")


def problem_text(code: str) -> str:
    return _named(_PROBLEMS, code)


def action_name(action: str) -> str:
    return _named(_ACTIONS, action)


def reason_text(code: str) -> str:
    return _named(_REASONS, code)


def target_name(target: str) -> str:
    return _named(_TARGETS, target)


def field_name(target: str) -> str:
    """A mapping target; in daily kinds a metric name (followers, reach…) is a target too."""
    if target in FIELDS:
        return _tr(FIELDS[target])
    try:
        return labels.metric_name(Metric(target))
    except ValueError:
        return target


_REFUSALS = {
    "not_recognised": QT_TRANSLATE_NOOP("ImportLabels", "SMM Desktop does not recognise this file; map its columns first."),
    "has_problems": QT_TRANSLATE_NOOP("ImportLabels", "The file has bad rows; tick “Import the good rows only” to leave them out."),
    "ambiguous_dates": QT_TRANSLATE_NOOP("ImportLabels", "Say first whether the dates are day first or month first."),
    "account_required": QT_TRANSLATE_NOOP("ImportLabels", "Choose the account the file is from."),
    "brand_required": QT_TRANSLATE_NOOP("ImportLabels", "Choose a brand first: campaigns belong to a brand."),
    "later_import": QT_TRANSLATE_NOOP("ImportLabels", "A later import changed some of the same rows. Undo the later import first (it is higher in the list), then this one."),
    "already_undone": QT_TRANSLATE_NOOP("ImportLabels", "This import was already undone."),
    "account_platform_mismatch": QT_TRANSLATE_NOOP("ImportLabels", "The account chosen is on another network than the file: choose one of its network."),
    "account_other_brand": QT_TRANSLATE_NOOP("ImportLabels", "The account chosen belongs to another brand."),
    "changed_since": QT_TRANSLATE_NOOP("ImportLabels", "Some rows this import wrote were edited after it."),
}

# Why the preview took no account (ImportPreview.account_reason); %1 = the name in the file.
_ACCOUNT_NOTES = {
    "named_account_not_found": QT_TRANSLATE_NOOP("ImportLabels", "The file is for %1; none of your accounts is. If it is one of them, choose it."),
    "account_platform_mismatch": QT_TRANSLATE_NOOP("ImportLabels", "The account chosen is on another network than the file: choose one of its network."),
    "account_other_brand": QT_TRANSLATE_NOOP("ImportLabels", "The account chosen belongs to another brand."),
}
# Rows edited since an import, by table (ChangedSince.counts); %1 = how many.
_CHANGED = {
    "post": QT_TRANSLATE_NOOP("ImportLabels", "posts: %1"),
    "post_metric": QT_TRANSLATE_NOOP("ImportLabels", "post numbers: %1"),
    "snapshot": QT_TRANSLATE_NOOP("ImportLabels", "account numbers: %1"),
    "campaign": QT_TRANSLATE_NOOP("ImportLabels", "campaigns: %1"),
    "campaign_day": QT_TRANSLATE_NOOP("ImportLabels", "campaign days: %1"),
}


def account_note(reason: str, named: str) -> str:
    """Why no account was taken for the file ("" when there is no such reason)."""
    if reason not in _ACCOUNT_NOTES:
        return ""
    return _tr(_ACCOUNT_NOTES[reason]).replace("%1", ltr(named))


def changed_counts(counts: dict[str, int], number: Callable[[int], str]) -> str:
    """“posts: 1 · campaigns: 2”: the rows edited since an import."""
    return labels.separator().join(
        _tr(_CHANGED[t]).replace("%1", number(n)) for t, n in counts.items() if t in _CHANGED)


def refusal_text(error: Exception) -> str:
    """Why the service refused an import or an undo, in the person's words."""
    codes = [e.code for e in getattr(error, "errors", [])] or [str(getattr(error, "kind", ""))]
    known = [_tr(_REFUSALS[c]) for c in codes if c in _REFUSALS]
    return "\n".join(known) if known else labels.error_message(error)
