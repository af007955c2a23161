"""The report's words in the report's own language (which may differ from the app's): the
PDF's ReportTexts, which the on-screen preview prints too, translated through a translator
loaded for that language. Works from the command line as well: no QApplication is needed."""

from __future__ import annotations

from dataclasses import fields
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QTranslator

from smm_desktop import paths
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from smm_desktop.reports.report_texts import ReportTexts

C = "ReportTexts"
_NOT_WORDS = ("digits", "decimal_point", "thousands", "list_separator")

# Every English word of reports.report_texts, marked for lupdate (a test checks none is missing).
SOURCES = (
    QT_TRANSLATE_NOOP("ReportTexts", "Weekly report"),
    QT_TRANSLATE_NOOP("ReportTexts", "Monthly report"),
    QT_TRANSLATE_NOOP("ReportTexts", "Quarterly report"),
    QT_TRANSLATE_NOOP("ReportTexts", "Report"),
    QT_TRANSLATE_NOOP("ReportTexts", "Summary"),
    QT_TRANSLATE_NOOP("ReportTexts", "Goal review"),
    QT_TRANSLATE_NOOP("ReportTexts", "Followers and growth"),
    QT_TRANSLATE_NOOP("ReportTexts", "Content"),
    QT_TRANSLATE_NOOP("ReportTexts", "Campaigns"),
    QT_TRANSLATE_NOOP("ReportTexts", "Competitors"),
    QT_TRANSLATE_NOOP("ReportTexts", "Engagement"),
    QT_TRANSLATE_NOOP("ReportTexts", "Next period"),
    QT_TRANSLATE_NOOP("ReportTexts", "Manager's notes"),
    QT_TRANSLATE_NOOP("ReportTexts", "No numbers recorded for this period."),
    QT_TRANSLATE_NOOP("ReportTexts", "No goals are set for this period."),
    QT_TRANSLATE_NOOP("ReportTexts", "No posts were published in this period."),
    QT_TRANSLATE_NOOP("ReportTexts", "No campaigns ran in this period."),
    QT_TRANSLATE_NOOP("ReportTexts", "No competitors are tracked."),
    QT_TRANSLATE_NOOP("ReportTexts", "No engagement was logged in this period."),
    QT_TRANSLATE_NOOP("ReportTexts", "No accounts are chosen for this report."),
    QT_TRANSLATE_NOOP("ReportTexts", "Nothing is planned yet for the next period."),
    QT_TRANSLATE_NOOP("ReportTexts", "No notes were written for this period."),
    QT_TRANSLATE_NOOP("ReportTexts", "Incomplete"),
    QT_TRANSLATE_NOOP("ReportTexts", "Not started"),
    QT_TRANSLATE_NOOP("ReportTexts", "No data"),
    QT_TRANSLATE_NOOP("ReportTexts", "On track"),
    QT_TRANSLATE_NOOP("ReportTexts", "At risk"),
    QT_TRANSLATE_NOOP("ReportTexts", "Off track"),
    QT_TRANSLATE_NOOP("ReportTexts", "Achieved"),
    QT_TRANSLATE_NOOP("ReportTexts", "Missed"),
    QT_TRANSLATE_NOOP("ReportTexts", "Planned"),
    QT_TRANSLATE_NOOP("ReportTexts", "Running"),
    QT_TRANSLATE_NOOP("ReportTexts", "Done"),
    QT_TRANSLATE_NOOP("ReportTexts", "Dropped"),
    QT_TRANSLATE_NOOP("ReportTexts", "Goal"),
    QT_TRANSLATE_NOOP("ReportTexts", "Metric"),
    QT_TRANSLATE_NOOP("ReportTexts", "Account"),
    QT_TRANSLATE_NOOP("ReportTexts", "Target"),
    QT_TRANSLATE_NOOP("ReportTexts", "Actual"),
    QT_TRANSLATE_NOOP("ReportTexts", "Change"),
    QT_TRANSLATE_NOOP("ReportTexts", "% of target"),
    QT_TRANSLATE_NOOP("ReportTexts", "Status"),
    QT_TRANSLATE_NOOP("ReportTexts", "Baseline"),
    QT_TRANSLATE_NOOP("ReportTexts", "Final"),
    QT_TRANSLATE_NOOP("ReportTexts", "Outcome"),
    QT_TRANSLATE_NOOP("ReportTexts", "Notes"),
    QT_TRANSLATE_NOOP("ReportTexts", "Deadline"),
    QT_TRANSLATE_NOOP("ReportTexts", "Followers at start"),
    QT_TRANSLATE_NOOP("ReportTexts", "Followers at end"),
    QT_TRANSLATE_NOOP("ReportTexts", "Growth"),
    QT_TRANSLATE_NOOP("ReportTexts", "Growth rate"),
    QT_TRANSLATE_NOOP("ReportTexts", "Reach"),
    QT_TRANSLATE_NOOP("ReportTexts", "Impressions"),
    QT_TRANSLATE_NOOP("ReportTexts", "Engagements"),
    QT_TRANSLATE_NOOP("ReportTexts", "Engagement rate (reach)"),
    QT_TRANSLATE_NOOP("ReportTexts", "Engagement rate (followers)"),
    QT_TRANSLATE_NOOP("ReportTexts", "Video views"),
    QT_TRANSLATE_NOOP("ReportTexts", "View rate"),
    QT_TRANSLATE_NOOP("ReportTexts", "Date"),
    QT_TRANSLATE_NOOP("ReportTexts", "Topic"),
    QT_TRANSLATE_NOOP("ReportTexts", "Type"),
    QT_TRANSLATE_NOOP("ReportTexts", "Purpose"),
    QT_TRANSLATE_NOOP("ReportTexts", "Pillar"),
    QT_TRANSLATE_NOOP("ReportTexts", "Persona"),
    QT_TRANSLATE_NOOP("ReportTexts", "Engagement rate"),
    QT_TRANSLATE_NOOP("ReportTexts", "Lessons"),
    QT_TRANSLATE_NOOP("ReportTexts", "Posts"),
    QT_TRANSLATE_NOOP("ReportTexts", "Mean engagement rate"),
    QT_TRANSLATE_NOOP("ReportTexts", "Campaign"),
    QT_TRANSLATE_NOOP("ReportTexts", "Platform"),
    QT_TRANSLATE_NOOP("ReportTexts", "Spend"),
    QT_TRANSLATE_NOOP("ReportTexts", "Budget"),
    QT_TRANSLATE_NOOP("ReportTexts", "Results"),
    QT_TRANSLATE_NOOP("ReportTexts", "CTR"),
    QT_TRANSLATE_NOOP("ReportTexts", "CPC"),
    QT_TRANSLATE_NOOP("ReportTexts", "CPA"),
    QT_TRANSLATE_NOOP("ReportTexts", "ROAS"),
    QT_TRANSLATE_NOOP("ReportTexts", "Pacing"),
    QT_TRANSLATE_NOOP("ReportTexts", "Competitor"),
    QT_TRANSLATE_NOOP("ReportTexts", "Observation"),
    QT_TRANSLATE_NOOP("ReportTexts", "Posts per week"),
    QT_TRANSLATE_NOOP("ReportTexts", "Week of"),
    QT_TRANSLATE_NOOP("ReportTexts", "Occasion"),
    QT_TRANSLATE_NOOP("ReportTexts", "Experiment"),
    QT_TRANSLATE_NOOP("ReportTexts", "Start"),
    QT_TRANSLATE_NOOP("ReportTexts", "End"),
    QT_TRANSLATE_NOOP("ReportTexts", "Published"),
    QT_TRANSLATE_NOOP("ReportTexts", "Posting consistency"),
    QT_TRANSLATE_NOOP("ReportTexts", "Published in the period before"),
    QT_TRANSLATE_NOOP("ReportTexts", "Top posts"),
    QT_TRANSLATE_NOOP("ReportTexts", "Posts to learn from"),
    QT_TRANSLATE_NOOP("ReportTexts", "By content type"),
    QT_TRANSLATE_NOOP("ReportTexts", "By purpose"),
    QT_TRANSLATE_NOOP("ReportTexts", "By pillar"),
    QT_TRANSLATE_NOOP("ReportTexts", "By persona"),
    QT_TRANSLATE_NOOP("ReportTexts", "Audience"),
    QT_TRANSLATE_NOOP("ReportTexts", "Reach and engagement"),
    QT_TRANSLATE_NOOP("ReportTexts", "Goals this quarter"),
    QT_TRANSLATE_NOOP("ReportTexts", "Goals for next quarter"),
    QT_TRANSLATE_NOOP("ReportTexts", "Notable observations"),
    QT_TRANSLATE_NOOP("ReportTexts", "Mentions"),
    QT_TRANSLATE_NOOP("ReportTexts", "Comments"),
    QT_TRANSLATE_NOOP("ReportTexts", "Messages"),
    QT_TRANSLATE_NOOP("ReportTexts", "Interactions"),
    QT_TRANSLATE_NOOP("ReportTexts", "Median response time"),
    QT_TRANSLATE_NOOP("ReportTexts", "Days logged"),
    QT_TRANSLATE_NOOP("ReportTexts", "Posts planned"),
    QT_TRANSLATE_NOOP("ReportTexts", "Posts planned by week"),
    QT_TRANSLATE_NOOP("ReportTexts", "Occasions coming"),
    QT_TRANSLATE_NOOP("ReportTexts", "Experiments"),
    QT_TRANSLATE_NOOP("ReportTexts", "What worked"),
    QT_TRANSLATE_NOOP("ReportTexts", "What did not work"),
    QT_TRANSLATE_NOOP("ReportTexts", "Next actions"),
    QT_TRANSLATE_NOOP("ReportTexts", "{name} (us)"),
    QT_TRANSLATE_NOOP("ReportTexts", "Followers"),
    QT_TRANSLATE_NOOP("ReportTexts", "Engagement rate (%)"),
    QT_TRANSLATE_NOOP("ReportTexts", "Spend against budget"),
    QT_TRANSLATE_NOOP("ReportTexts", "Followers against competitors"),
    QT_TRANSLATE_NOOP("ReportTexts", "Contents"),
    QT_TRANSLATE_NOOP("ReportTexts", "Page %1 of %2"),
    QT_TRANSLATE_NOOP("ReportTexts", "Week %1, %2"),
    QT_TRANSLATE_NOOP("ReportTexts", "Q%1 %2"),
    QT_TRANSLATE_NOOP("ReportTexts", "%1 – %2"),
    QT_TRANSLATE_NOOP("ReportTexts", "%1 %2 %3"),
    QT_TRANSLATE_NOOP("ReportTexts", "Prepared on %1"),
    QT_TRANSLATE_NOOP("ReportTexts", "%1%"),
    QT_TRANSLATE_NOOP("ReportTexts", "%1 min"),
    QT_TRANSLATE_NOOP("ReportTexts", "—"),
    QT_TRANSLATE_NOOP("ReportTexts", "Made with SMM Desktop"),
    QT_TRANSLATE_NOOP("ReportTexts", "Section"),
    QT_TRANSLATE_NOOP("ReportTexts", "Page"),
    QT_TRANSLATE_NOOP("ReportTexts", "Period"),
    QT_TRANSLATE_NOOP("ReportTexts", "Week"),
    QT_TRANSLATE_NOOP("ReportTexts", "Last week"),
    QT_TRANSLATE_NOOP("ReportTexts", "Period before"),
    QT_TRANSLATE_NOOP("ReportTexts", "Interactions with others' posts"),
    QT_TRANSLATE_NOOP("ReportTexts", "This week against last week"),
    QT_TRANSLATE_NOOP("ReportTexts", "This period against the period before"),
    QT_TRANSLATE_NOOP("ReportTexts", "Published last week"),
    QT_TRANSLATE_NOOP("ReportTexts", "ROAS: return on ad spend (revenue divided by spend)."),
)
# Words only the preview's cover block prints.
EXTRA = {
    "accounts": QT_TRANSLATE_NOOP("ReportTexts", "Accounts: %1"),
    "against": QT_TRANSLATE_NOOP("ReportTexts", "Compared with %1"),
}


@cache
def _translator(language: str) -> QTranslator | None:
    """The app's translations into `language`, loaded once; None for English or when absent."""
    if language == "en":
        return None
    translator = QTranslator()
    if not translator.load(f"smm_desktop_{language}", str(paths.resource("i18n"))):
        return None
    return translator


def translate(language: str, context: str, text: str) -> str:
    """`text` of `context` in `language` (the source text when no translation exists)."""
    translator = _translator(language)
    if translator is None:
        return text
    return translator.translate(context, text) or text


def extra(language: str, key: str) -> str:
    return translate(language, C, EXTRA[key])


@cache
def _vocabularies() -> dict[str, tuple[str, dict[str, str]]]:
    """kind -> (context, value -> English name): the app's own labels of the domain's words."""
    from smm_desktop.ui import labels, occasion_labels, post_labels

    def by_value(table: dict[Any, str]) -> dict[str, str]:
        return {str(getattr(key, "value", key)): text for key, text in table.items()}

    return {
        "metrics": ("Labels", by_value(labels.METRICS)),
        "platforms": ("Labels", by_value(labels._PLATFORMS)),
        "content_types": ("PostLabels", by_value(post_labels._CONTENT_TYPES)),
        "purposes": ("PostLabels", by_value(post_labels._PURPOSES)),
        "occasions": ("OccasionLabels", dict(occasion_labels.NAMES)),
    }


def _names(language: str, kind: str) -> dict[str, str]:
    context, table = _vocabularies()[kind]
    return {value: translate(language, context, text) for value, text in table.items()}


def _months(language: str) -> dict[str, tuple[str, ...]]:
    if language == "en":
        return {}
    locale = QLocale(language)
    long_names = tuple(locale.standaloneMonthName(m, QLocale.FormatType.LongFormat)
                       for m in range(1, 13))
    return {"months": long_names, "months_short": long_names}


def report_texts(language: str, digits: str = "latin") -> ReportTexts:
    """The PDF's words in `language`; `digits` "latin" or "arabic" (Arabic-Indic)."""
    from smm_desktop.reports import report_texts as rt

    def tr(table: dict[str, str]) -> dict[str, str]:
        return {key: translate(language, C, text) for key, text in table.items()}

    defaults = rt.ReportTexts()
    scalars = {f.name: translate(language, C, getattr(defaults, f.name))
               for f in fields(rt.ReportTexts)
               if isinstance(getattr(defaults, f.name), str) and f.name not in _NOT_WORDS}
    separators = {"decimal_point": "\u066b", "thousands": "\u066c"} if digits == "arabic" else {}
    return rt.ReportTexts(
        kinds=tr(rt.KIND_TITLES), sections=tr(rt.SECTION_TITLES), missing=tr(rt.MISSING),
        statuses=tr(rt.STATUSES), headers=tr(rt.HEADERS), labels=tr(rt.LABELS),
        metrics=_names(language, "metrics"), content_types=_names(language, "content_types"),
        purposes=_names(language, "purposes"), platforms=_names(language, "platforms"),
        occasions=_names(language, "occasions"), currencies=currency_signs(language),
        list_separator="، " if language == "ar" else ", ",
        digits=digits, **_months(language), **separators, **scalars)  # type: ignore[arg-type]


@cache
def currency_signs(language: str) -> dict[str, str]:
    """ISO currency code -> the sign a reader of `language` knows ("ر.س", "ج.م", "£"): the
    language's own locale for the currency when there is one, else the currency's home
    locale's sign. English reports keep the codes (unambiguous for a client abroad)."""
    if language == "en":
        return {}
    signs: dict[str, str] = {}
    everywhere = QLocale.matchingLocales(QLocale.Language.AnyLanguage,
                                         QLocale.Script.AnyScript, QLocale.Country.AnyCountry)
    wanted = QLocale(language).language()
    for locale in sorted(everywhere, key=lambda item: item.language() != wanted):
        code = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        sign = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        sign = sign.replace("\u200f", "").replace("\u200e", "").strip().rstrip(".")
        if code and sign and code not in signs and (locale.language() == wanted
                                                    or not sign.isalpha() or len(sign) == 1):
            signs[code] = sign
    return signs
