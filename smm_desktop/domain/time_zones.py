"""The time zone of a brand's country, where the country has only one (IANA names).

A country with several zones (US, CA, AU, BR, RU, MX…) has none here: its plan's times stay
local wall times ("floating" in iCalendar), which a calendar shows as they were typed.
"""

from __future__ import annotations

SINGLE_ZONE_COUNTRIES = {
    "SA": "Asia/Riyadh", "AE": "Asia/Dubai", "KW": "Asia/Kuwait", "QA": "Asia/Qatar",
    "BH": "Asia/Bahrain", "OM": "Asia/Muscat", "YE": "Asia/Aden", "IQ": "Asia/Baghdad",
    "JO": "Asia/Amman", "LB": "Asia/Beirut", "SY": "Asia/Damascus", "PS": "Asia/Hebron",
    "EG": "Africa/Cairo", "LY": "Africa/Tripoli", "TN": "Africa/Tunis", "DZ": "Africa/Algiers",
    "MA": "Africa/Casablanca", "SD": "Africa/Khartoum", "TR": "Europe/Istanbul",
    "GB": "Europe/London", "IE": "Europe/Dublin", "FR": "Europe/Paris", "DE": "Europe/Berlin",
    "IT": "Europe/Rome", "ES": "Europe/Madrid", "NL": "Europe/Amsterdam",
    "BE": "Europe/Brussels", "CH": "Europe/Zurich", "AT": "Europe/Vienna",
    "SE": "Europe/Stockholm", "NO": "Europe/Oslo", "DK": "Europe/Copenhagen",
    "FI": "Europe/Helsinki", "PL": "Europe/Warsaw", "GR": "Europe/Athens",
    "IN": "Asia/Kolkata", "PK": "Asia/Karachi", "BD": "Asia/Dhaka", "MY": "Asia/Kuala_Lumpur",
    "SG": "Asia/Singapore", "JP": "Asia/Tokyo", "KR": "Asia/Seoul", "CN": "Asia/Shanghai",
    "NG": "Africa/Lagos", "KE": "Africa/Nairobi", "ZA": "Africa/Johannesburg",
    "NZ": "Pacific/Auckland",
}


def country_zone(country: str) -> str | None:
    """The IANA zone of a single-zone country (two-letter code); None when not known."""
    return SINGLE_ZONE_COUNTRIES.get(country.strip().upper())
