"""Every computed occasion has a translatable label; Hijri dates read in the person's language;
a brand's own occasion keeps its name."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from smm_desktop.domain import occasions as domain
from smm_desktop.domain.occasion_tables import NATIONAL_DAYS
from smm_desktop.domain.occasions import Occasion, OccasionKind, occasions_between
from smm_desktop.ui import i18n
from smm_desktop.ui.occasion_labels import (
    HIJRI_MONTHS,
    KINDS,
    NAMES,
    hijri_text,
    occasion_name,
    occasion_tooltip,
)

# The sample brands' countries, the Gulf, Egypt and Jordan, the UK and the US.
COUNTRIES = sorted({"SA", "AE", "EG", "GB", "US", "KW", "QA", "BH", "OM", "JO", "",
                    *NATIONAL_DAYS})


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_computed_key_has_a_translated_label(country: str) -> None:
    keys = {o.key for o in occasions_between(date(2020, 1, 1), date(2035, 12, 31), country)}
    assert keys - NAMES.keys() == set()


def test_every_kind_and_month_has_a_label() -> None:
    assert set(KINDS) == set(OccasionKind)
    assert len(HIJRI_MONTHS) == len(domain.HIJRI_MONTHS) == 12


def test_the_name_of_a_computed_occasion_comes_from_its_key(qapp: QApplication) -> None:
    eid = Occasion(date(2027, 3, 9), "eid_al_fitr", "whatever", OccasionKind.ISLAMIC, True)
    assert occasion_name(eid) == "Eid al-Fitr"
    assert "moon sighting" in occasion_tooltip(eid)
    assert "moon sighting" not in occasion_tooltip(
        Occasion(date(2027, 1, 1), "new_year", "New Year's Day", OccasionKind.MARKETING))


def test_a_brand_s_own_or_unknown_occasion_keeps_its_name(qapp: QApplication) -> None:
    own = Occasion(date(2027, 3, 14), "brand_1", "eid_al_fitr", OccasionKind.BRAND)
    assert occasion_name(own) == "eid_al_fitr"  # typed by the person, never looked up
    other = Occasion(date(2027, 7, 14), "holiday_fete_nationale", "National Day",
                     OccasionKind.PUBLIC_HOLIDAY)
    assert occasion_name(other) == "National Day"


def test_hijri_text_in_english(qapp: QApplication) -> None:
    assert hijri_text(date(2027, 2, 16)) == "9 Ramadan 1448"
    assert hijri_text(date(2100, 1, 1)) == ""


def test_hijri_text_uses_the_chosen_digits(qapp: QApplication,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_digit_style", "arabic")
    assert hijri_text(date(2027, 2, 16)) == "٩ Ramadan ١٤٤٨"
