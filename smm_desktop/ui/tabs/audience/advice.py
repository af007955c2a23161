"""The recommendation in words: where to put the effort, and how the brand's accounts fit it."""

from __future__ import annotations

from collections.abc import Iterable, Set

from PySide6.QtCore import QCoreApplication, QLocale

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.platform_reach import Choice, Recommendation, in_short, whole_percent
from smm_desktop.ui import labels
from smm_desktop.ui.i18n import Formatter


def advice(rec: Recommendation, accounts: Set[Platform], fmt: Formatter,
           chosen: Set[Platform] = frozenset()) -> list[str]:
    """Complete sentences, the most important first, ending with a one-line verdict; empty
    when there are no personas. `chosen` are the platforms the brand chose."""
    if not rec.personas and not rec.unset:
        return []
    if not rec.chosen:
        return [QCoreApplication.translate(
            "AudienceAdvice", "Set how much of each segment is on each platform in the table "
            "above: the advice on where to put your effort appears here.")]
    lines = [_first(rec, fmt), *[_next(choice) for choice in rec.chosen[1:]]]
    if rec.unreached and rec.personas > 1:
        lines.append(_unreached(rec.unreached))
    if rec.unset:
        lines.append(QCoreApplication.translate(
            "AudienceAdvice", "Segments with no platform share set yet: %1. The advice leaves "
            "them out until you set their shares.").replace("%1", fmt.number(rec.unset)))
    return lines + _accounts(rec, accounts) + [verdict_line(rec, accounts | chosen)]


def _names(platforms: Iterable[Platform]) -> str:
    return QLocale().createSeparatedList([labels.platform_name(p) for p in platforms])


def verdict_line(rec: Recommendation, also: Set[Platform]) -> str:
    """"In short: focus on A and B; C can wait." The focus is the recommendation; what can
    wait is where the brand is (accounts, choices) but the focus is not."""
    focus, wait = in_short(rec, also)
    if not wait:
        return QCoreApplication.translate("AudienceAdvice", "In short: focus on %1.").replace(
            "%1", _names(focus))
    return QCoreApplication.translate("AudienceAdvice", "In short: focus on %1; %2 can wait."
                                      ).replace("%1", _names(focus)).replace("%2", _names(wait))


def _first(rec: Recommendation, fmt: Formatter) -> str:
    reach = rec.chosen[0].reach
    if rec.personas == 1:
        text = QCoreApplication.translate(
            "AudienceAdvice", "Your segment spends %1% of its time on %2: put most of your "
            "effort there.")
    elif reach.strong == rec.personas:
        text = QCoreApplication.translate(
            "AudienceAdvice", "All %n of your segments spend at least half their time on %2, and "
            "about %1% of your whole audience is there: put most of your effort on %2.", None,
            reach.strong)
    elif reach.strong == 1:
        text = QCoreApplication.translate(
            "AudienceAdvice", "One of your %3 segments spends at least half its time on %2, and "
            "about %1% of your whole audience is there: put most of your effort on %2.")
    elif reach.strong:
        text = QCoreApplication.translate(
            "AudienceAdvice", "%n of your %3 segments spend at least half their time on %2, and "
            "about %1% of your whole audience is there: put most of your effort on %2.", None,
            reach.strong)
    else:
        text = QCoreApplication.translate(
            "AudienceAdvice", "No segment spends half its time on one platform. The largest part "
            "of your audience, about %1%, is on %2: start there.")
    return text.replace("%3", fmt.number(rec.personas)).replace(
        "%1", fmt.number(whole_percent(reach.average))).replace("%2", labels.platform_name(reach.platform))


def _next(choice: Choice) -> str:
    if choice.newly_reached == 1:
        text = QCoreApplication.translate(
            "AudienceAdvice", "Then %1: it reaches one more segment that spends at least half its "
            "time there.")
    else:
        text = QCoreApplication.translate(
            "AudienceAdvice", "Then %1: it reaches %n more segments that spend at least half "
            "their time there.", None, choice.newly_reached)
    return text.replace("%1", labels.platform_name(choice.reach.platform))


def _unreached(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "AudienceAdvice", "One segment spends less than half its time on any of these "
            "platforms: check its shares, or plan another way to reach it.")
    return QCoreApplication.translate(
        "AudienceAdvice", "%n segments spend less than half their time on any of these "
        "platforms: check their shares, or plan another way to reach them.", None, count)


def _accounts(rec: Recommendation, accounts: Set[Platform]) -> list[str]:
    """The brand's accounts against where the audience is: only what calls for action (the
    chosen platforms panel lists every account)."""
    if not accounts:
        return [QCoreApplication.translate(
            "AudienceAdvice", "The brand has no social accounts yet: open them on the platforms above.")]
    missing = QCoreApplication.translate(
        "AudienceAdvice", "The brand has no account on %1 yet, where much of your audience is.")
    lines = [missing.replace("%1", labels.platform_name(c.reach.platform))
             for c in rec.chosen if c.reach.platform not in accounts]
    idle = QCoreApplication.translate(
        "AudienceAdvice", "None of your segments is on %1, where the brand has an account: keep "
        "the effort there light, or check the segments' shares.")
    present = {r.platform for r in rec.ranked}
    return lines + [idle.replace("%1", labels.platform_name(p))
                    for p in Platform if p in accounts and p not in present]
