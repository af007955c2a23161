"""How goals read on screen: numbers in the person's digits, a goal's name and its scope."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from smm_desktop.domain.digits import with_digits
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.metrics import Metric, is_rate
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.goals import SocialGoalInput
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.i18n import Formatter


def decimal(fmt: Formatter, value: float, places: int = 2) -> str:
    """A number as the locale writes it: whole numbers bare, others with up to `places` decimals."""
    if not math.isfinite(value):
        return "—"
    if places == 0 or abs(value - round(value)) < 0.5 * 10 ** -places:
        return fmt.number(round(value))
    shown = next(p for p in range(1, places + 1) if round(value, p) == round(value, places))
    return with_digits(QLocale().toString(float(value), "f", shown), fmt.digits)


def quantity(fmt: Formatter, value: float | None, metric: Metric | None) -> str:
    """A reading of `metric`: a count whole, a rate with its percent sign; empty for none."""
    if value is None:
        return ""
    if metric is not None and is_rate(metric):
        return QCoreApplication.translate("GoalText", "%1%").replace("%1", decimal(fmt, value))
    return decimal(fmt, value, 0)


def percent(fmt: Formatter, value: float | None) -> str:
    return "" if value is None else QCoreApplication.translate("GoalText", "%1%").replace("%1", decimal(fmt, value, 0))


def day(fmt: Formatter, value: date | None) -> str:
    return "" if value is None else fmt.date(QDate(value.year, value.month, value.day))


_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")


def parse_number(text: str) -> float | None:
    """The number typed, in Latin or Arabic digits, with or without group separators.

    None for an empty field; ValueError for text that is not a number.
    """
    cleaned = with_digits(text, "latin").strip().replace("\u066c", ",").replace("\u066b", ".")
    cleaned = cleaned.replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    if "," in cleaned:  # 12,500 groups thousands; 12,5 (or 3,5%) is a decimal comma
        if _GROUPED.fullmatch(cleaned):
            cleaned = cleaned.replace(",", "")
        elif _DECIMAL_COMMA.fullmatch(cleaned):
            cleaned = cleaned.replace(",", ".")
        else:
            raise ValueError(text)
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def account_name(account: AccountData) -> str:
    """"@handle (Platform)", the handle kept left to right."""
    return QCoreApplication.translate("GoalText", "%1 (%2)").replace("%1", ltr("@" + account.handle)).replace(
        "%2", labels.platform_name(account.platform))


def platform_scope(platform: Platform) -> str:
    return QCoreApplication.translate("GoalText", "All accounts on %1").replace("%1", labels.platform_name(platform))


def scope_text(goal: SocialGoalInput, accounts: Sequence[AccountData]) -> str:
    """Where the goal is measured: its account, or every account of its platform."""
    if goal.account_id is not None:
        found = next((a for a in accounts if a.id == goal.account_id), None)
        return account_name(found) if found else QCoreApplication.translate("GoalText", "An account no longer listed")
    return platform_scope(goal.platform) if goal.platform else QCoreApplication.translate("GoalText", "No account chosen")


def goal_name(goal: SocialGoalInput) -> str:
    """The goal's own title, or its KPI when it has none."""
    if goal.title.strip():
        return goal.title.strip()
    if goal.metric is not None:
        return labels.metric_name(goal.metric)
    return QCoreApplication.translate("GoalText", "Untitled goal")
