"""The month's posts as a spreadsheet: one row per post, the list's columns, UTF-8 with a BOM
(Excel then reads Arabic) and every cell safe from formula injection (domain.csv_safety)."""

from __future__ import annotations

from smm_desktop.domain.csv_safety import csv_bytes
from smm_desktop.reports.plan_data import CSV_COLUMNS, PlanMonth, PlanPost, PlanTexts


def _cell(post: PlanPost, key: str) -> str:
    """One column of a post; dates and times stay ISO so a spreadsheet reads them."""
    if key == "date":
        return post.when.date().isoformat()
    if key == "time":
        return post.when.strftime("%H:%M")
    if key == "status":
        return post.status_text
    if key == "accounts":
        return "; ".join(post.accounts)
    if key == "hashtags":
        return " ".join(post.hashtags)
    if key == "approval" and post.approval_note:
        return f"{post.approval}: {post.approval_note}"
    return str(getattr(post, key))


def render(plan: PlanMonth, texts: PlanTexts | None = None) -> bytes:
    """The CSV file's bytes; an empty month has the header row and no post rows."""
    texts = texts or PlanTexts()
    headers = [texts.headers[key] for key in CSV_COLUMNS]
    return csv_bytes(headers, ([_cell(post, key) for key in CSV_COLUMNS] for post in plan.posts))
