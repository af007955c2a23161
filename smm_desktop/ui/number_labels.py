"""Translated names for the numbers screens: campaign status and objective, the fields of a
post's results and a campaign's day, and the messages of their validation codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smm_desktop.domain.campaigns import CampaignObjective, CampaignStatus
from smm_desktop.domain.errors import FieldError
from smm_desktop.ui import labels
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

STATUSES = {
    CampaignStatus.PLANNED: QT_TRANSLATE_NOOP("NumberLabels", "Planned"),
    CampaignStatus.ACTIVE: QT_TRANSLATE_NOOP("NumberLabels", "Active"),
    CampaignStatus.PAUSED: QT_TRANSLATE_NOOP("NumberLabels", "Paused"),
    CampaignStatus.ENDED: QT_TRANSLATE_NOOP("NumberLabels", "Ended"),
}
OBJECTIVES = {
    CampaignObjective.AWARENESS: QT_TRANSLATE_NOOP("NumberLabels", "Awareness"),
    CampaignObjective.TRAFFIC: QT_TRANSLATE_NOOP("NumberLabels", "Traffic"),
    CampaignObjective.ENGAGEMENT: QT_TRANSLATE_NOOP("NumberLabels", "Engagement"),
    CampaignObjective.LEADS: QT_TRANSLATE_NOOP("NumberLabels", "Leads"),
    CampaignObjective.SALES: QT_TRANSLATE_NOOP("NumberLabels", "Sales"),
    CampaignObjective.APP: QT_TRANSLATE_NOOP("NumberLabels", "App promotion"),
    CampaignObjective.VIDEO_VIEWS: QT_TRANSLATE_NOOP("NumberLabels", "Video views"),
    CampaignObjective.OTHER: QT_TRANSLATE_NOOP("NumberLabels", "Other"),
}
# A post's results and a campaign's day, by field name.
FIELDS = {
    "impressions": QT_TRANSLATE_NOOP("NumberLabels", "Impressions"),
    "reach": QT_TRANSLATE_NOOP("NumberLabels", "Reach"),
    "likes": QT_TRANSLATE_NOOP("NumberLabels", "Likes"),
    "comments": QT_TRANSLATE_NOOP("NumberLabels", "Comments"),
    "shares": QT_TRANSLATE_NOOP("NumberLabels", "Shares"),
    "saves": QT_TRANSLATE_NOOP("NumberLabels", "Saves"),
    "clicks": QT_TRANSLATE_NOOP("NumberLabels", "Clicks"),
    "video_views": QT_TRANSLATE_NOOP("NumberLabels", "Video views"),
    "follows": QT_TRANSLATE_NOOP("NumberLabels", "Follows"),
    "spend": QT_TRANSLATE_NOOP("NumberLabels", "Spend"),
    "conversions": QT_TRANSLATE_NOOP("NumberLabels", "Results"),
    "revenue": QT_TRANSLATE_NOOP("NumberLabels", "Revenue"),
    "day": QT_TRANSLATE_NOOP("NumberLabels", "Day"),
}
_MESSAGES = {
    "end_before_start": QT_TRANSLATE_NOOP("NumberLabels", "The end is before the start."),
    "taken": QT_TRANSLATE_NOOP("NumberLabels", "This day already has results: edit its row."),
    "bad_currency": QT_TRANSLATE_NOOP(
        "NumberLabels", "A currency is a three-letter code, such as SAR or USD."),
    "not_of_brand": QT_TRANSLATE_NOOP(
        "NumberLabels", "This choice belongs to another brand. Choose another."),
    "not_whole": QT_TRANSLATE_NOOP("NumberLabels", "Enter a whole number, such as 1500."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("NumberLabels", text)


def status_name(status: CampaignStatus) -> str:
    return _tr(STATUSES[status])


def objective_name(objective: CampaignObjective | None) -> str:
    return _tr(OBJECTIVES[objective]) if objective else ""


def field_name(field: str) -> str:
    return _tr(FIELDS[field])


def message(error: FieldError) -> str:
    """The sentence for a validation code of the numbers screens (labels.py for the rest)."""
    text = _MESSAGES.get(error.code)
    return _tr(text) if text else labels.field_message(error)
