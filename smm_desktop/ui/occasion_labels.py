"""How occasions read on screen: the translated name of each computed occasion by its key, the
Hijri month names, and the Hijri date of a day tile in the person's language and digits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from smm_desktop.domain.occasions import Occasion, OccasionKind, hijri_parts
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_CONTEXT = "OccasionLabels"

_ISLAMIC = {
    "islamic_new_year": QT_TRANSLATE_NOOP("OccasionLabels", "Islamic New Year"),
    "prophets_birthday": QT_TRANSLATE_NOOP("OccasionLabels", "Prophet's Birthday"),
    "ramadan_start": QT_TRANSLATE_NOOP("OccasionLabels", "First day of Ramadan"),
    "eid_al_fitr": QT_TRANSLATE_NOOP("OccasionLabels", "Eid al-Fitr"),
    "day_of_arafah": QT_TRANSLATE_NOOP("OccasionLabels", "Day of Arafah"),
    "eid_al_adha": QT_TRANSLATE_NOOP("OccasionLabels", "Eid al-Adha"),
}
_NATIONAL = {
    "saudi_founding_day": QT_TRANSLATE_NOOP("OccasionLabels", "Saudi Founding Day"),
    "saudi_national_day": QT_TRANSLATE_NOOP("OccasionLabels", "Saudi National Day"),
    "uae_flag_day": QT_TRANSLATE_NOOP("OccasionLabels", "UAE Flag Day"),
    "uae_national_day": QT_TRANSLATE_NOOP("OccasionLabels", "UAE National Day"),
    "egypt_revolution_day": QT_TRANSLATE_NOOP("OccasionLabels", "July 23 Revolution Day"),
    "kuwait_national_day": QT_TRANSLATE_NOOP("OccasionLabels", "Kuwait National Day"),
    "kuwait_liberation_day": QT_TRANSLATE_NOOP("OccasionLabels", "Kuwait Liberation Day"),
    "qatar_national_day": QT_TRANSLATE_NOOP("OccasionLabels", "Qatar National Day"),
    "bahrain_national_day": QT_TRANSLATE_NOOP("OccasionLabels", "Bahrain National Day"),
    "jordan_independence_day": QT_TRANSLATE_NOOP("OccasionLabels", "Jordan Independence Day"),
}
_MARKETING = {
    "new_year": QT_TRANSLATE_NOOP("OccasionLabels", "New Year's Day"),
    "valentines_day": QT_TRANSLATE_NOOP("OccasionLabels", "Valentine's Day"),
    "mothers_day": QT_TRANSLATE_NOOP("OccasionLabels", "Mother's Day"),
    "mothering_sunday": QT_TRANSLATE_NOOP("OccasionLabels", "Mothering Sunday"),
    "back_to_school": QT_TRANSLATE_NOOP("OccasionLabels", "Back to school"),
    "singles_day": QT_TRANSLATE_NOOP("OccasionLabels", "Singles' Day (11.11)"),
    "white_friday": QT_TRANSLATE_NOOP("OccasionLabels", "White Friday"),
    "black_friday": QT_TRANSLATE_NOOP("OccasionLabels", "Black Friday"),
    "cyber_monday": QT_TRANSLATE_NOOP("OccasionLabels", "Cyber Monday"),
    "year_end": QT_TRANSLATE_NOOP("OccasionLabels", "End of year"),
}
# Public holidays (holidays package) of the Gulf, Egypt, Jordan, the UK and the US; any other
# country's holidays show their English name.
_HOLIDAYS = {
    "holiday_armed_forces_day": QT_TRANSLATE_NOOP("OccasionLabels", "Armed Forces Day"),
    "holiday_ashura": QT_TRANSLATE_NOOP("OccasionLabels", "Ashura"),
    "holiday_boxing_day": QT_TRANSLATE_NOOP("OccasionLabels", "Boxing Day"),
    "holiday_christmas_day": QT_TRANSLATE_NOOP("OccasionLabels", "Christmas Day"),
    "holiday_columbus_day": QT_TRANSLATE_NOOP("OccasionLabels", "Columbus Day"),
    "holiday_commemoration_day": QT_TRANSLATE_NOOP("OccasionLabels", "Commemoration Day"),
    "holiday_coptic_christmas_day": QT_TRANSLATE_NOOP("OccasionLabels", "Coptic Christmas Day"),
    "holiday_coronation_of_charles_iii": QT_TRANSLATE_NOOP(
        "OccasionLabels", "Coronation of Charles III"),
    "holiday_death_of_sheikh_khalifa_bin_zayed_al_nahyan": QT_TRANSLATE_NOOP(
        "OccasionLabels", "Death of Sheikh Khalifa bin Zayed Al Nahyan"),
    "holiday_good_friday": QT_TRANSLATE_NOOP("OccasionLabels", "Good Friday"),
    "holiday_holiday_for_the_national_team_s_victory_in_the_world_cup": QT_TRANSLATE_NOOP(
        "OccasionLabels", "Holiday for the National Team's Victory in the World Cup"),
    "holiday_independence_day": QT_TRANSLATE_NOOP("OccasionLabels", "Independence Day"),
    "holiday_isra_and_mi_raj": QT_TRANSLATE_NOOP("OccasionLabels", "Isra' and Mi'raj"),
    "holiday_january_25th_revolution_and_national_police_day": QT_TRANSLATE_NOOP(
        "OccasionLabels", "January 25th Revolution and National Police Day"),
    "holiday_june_30_revolution_day": QT_TRANSLATE_NOOP("OccasionLabels", "June 30 Revolution Day"),
    "holiday_juneteenth_national_independence_day": QT_TRANSLATE_NOOP(
        "OccasionLabels", "Juneteenth National Independence Day"),
    "holiday_labor_day": QT_TRANSLATE_NOOP("OccasionLabels", "Labor Day"),
    "holiday_martin_luther_king_jr_day": QT_TRANSLATE_NOOP(
        "OccasionLabels", "Martin Luther King Jr. Day"),
    "holiday_may_day": QT_TRANSLATE_NOOP("OccasionLabels", "May Day"),
    "holiday_memorial_day": QT_TRANSLATE_NOOP("OccasionLabels", "Memorial Day"),
    "holiday_national_day": QT_TRANSLATE_NOOP("OccasionLabels", "National Day"),
    "holiday_national_sports_day": QT_TRANSLATE_NOOP("OccasionLabels", "National Sports Day"),
    "holiday_platinum_jubilee_of_elizabeth_ii": QT_TRANSLATE_NOOP(
        "OccasionLabels", "Platinum Jubilee of Elizabeth II"),
    "holiday_sinai_liberation_day": QT_TRANSLATE_NOOP("OccasionLabels", "Sinai Liberation Day"),
    "holiday_spring_bank_holiday": QT_TRANSLATE_NOOP("OccasionLabels", "Spring Bank Holiday"),
    "holiday_spring_festival": QT_TRANSLATE_NOOP("OccasionLabels", "Spring Festival"),
    "holiday_state_funeral_of_queen_elizabeth_ii": QT_TRANSLATE_NOOP(
        "OccasionLabels", "State Funeral of Queen Elizabeth II"),
    "holiday_sultan_s_accession_day": QT_TRANSLATE_NOOP("OccasionLabels", "Sultan's Accession Day"),
    "holiday_thanksgiving_day": QT_TRANSLATE_NOOP("OccasionLabels", "Thanksgiving Day"),
    "holiday_veterans_day": QT_TRANSLATE_NOOP("OccasionLabels", "Veterans Day"),
    "holiday_washington_s_birthday": QT_TRANSLATE_NOOP("OccasionLabels", "Washington's Birthday"),
}
NAMES: dict[str, str] = {**_ISLAMIC, **_NATIONAL, **_MARKETING, **_HOLIDAYS}

KINDS = {
    OccasionKind.ISLAMIC: QT_TRANSLATE_NOOP("OccasionLabels", "Islamic occasion"),
    OccasionKind.PUBLIC_HOLIDAY: QT_TRANSLATE_NOOP("OccasionLabels", "Public holiday"),
    OccasionKind.NATIONAL: QT_TRANSLATE_NOOP("OccasionLabels", "National day"),
    OccasionKind.MARKETING: QT_TRANSLATE_NOOP("OccasionLabels", "Marketing day"),
    OccasionKind.BRAND: QT_TRANSLATE_NOOP("OccasionLabels", "Brand occasion"),
}

HIJRI_MONTHS = (
    QT_TRANSLATE_NOOP("OccasionLabels", "Muharram"),
    QT_TRANSLATE_NOOP("OccasionLabels", "Safar"),
    QT_TRANSLATE_NOOP("OccasionLabels", "Rabi' al-Awwal"),
    QT_TRANSLATE_NOOP("OccasionLabels", "Rabi' al-Thani"),
    QT_TRANSLATE_NOOP("OccasionLabels", "Jumada al-Ula"),
    QT_TRANSLATE_NOOP("OccasionLabels", "Jumada al-Akhirah"),
    QT_TRANSLATE_NOOP("OccasionLabels", "Rajab"),
    QT_TRANSLATE_NOOP("OccasionLabels", "Sha'ban"),
    QT_TRANSLATE_NOOP("OccasionLabels", "Ramadan"),
    QT_TRANSLATE_NOOP("OccasionLabels", "Shawwal"),
    QT_TRANSLATE_NOOP("OccasionLabels", "Dhu al-Qi'dah"),
    QT_TRANSLATE_NOOP("OccasionLabels", "Dhu al-Hijjah"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def occasion_name(occasion: Occasion) -> str:
    """The translated name of a computed occasion; a brand's own one as the person typed it,
    and a holiday of a country not in the table in English."""
    if occasion.kind is OccasionKind.BRAND or occasion.key not in NAMES:
        return occasion.name
    return _tr(NAMES[occasion.key])


def occasion_tooltip(occasion: Occasion) -> str:
    """The name with its kind, and a note when an Islamic date may still move by a day."""
    text = f"{occasion_name(occasion)} · {kind_name(occasion.kind)}"
    if occasion.expected:
        text += "\n" + QCoreApplication.translate(
            "OccasionLabels", "Expected date: it may move by a day with the moon sighting.")
    return text


def kind_name(kind: OccasionKind) -> str:
    return _tr(KINDS[kind])


def hijri_month_name(month: int) -> str:
    """The name of Hijri month 1-12."""
    return _tr(HIJRI_MONTHS[month - 1])


def hijri_text(day: date) -> str:
    """ "9 Ramadan 1448" in the person's language and digits ("" outside the calendar)."""
    parts = hijri_parts(day)
    if parts is None:
        return ""
    # %1 day, %2 month name, %3 year.
    template = QCoreApplication.translate("OccasionLabels", "%1 %2 %3")
    return (template.replace("%1", digits_in(str(parts[0])))
            .replace("%2", hijri_month_name(parts[1]))
            .replace("%3", digits_in(str(parts[2]))))
