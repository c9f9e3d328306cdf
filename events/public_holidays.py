"""Public holidays for skipping occurrences, from the ``holidays`` package (no ORM).

Country and subdivision come from ``EVENTS_HOLIDAY_COUNTRY`` (default
``"DE"``) and ``EVENTS_HOLIDAY_SUBDIVISION`` (default ``"SN"``, Saxony).
Holiday names are given in the requested language when the package knows
it, otherwise in English.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import holidays as holidays_lib

from events import conf


def _package_language(country, language):
    """The ``holidays`` language code closest to a Django code such as ``"en"``."""
    supported = holidays_lib.country_holidays(country).supported_languages or ()
    if not language:
        return None
    language = language.replace("-", "_")
    for candidate in (language, language.split("_")[0]):
        for code in supported:
            if code.lower() == candidate.lower() or code.split("_")[0] == candidate:
                return code
    return "en_US" if "en_US" in supported else None


@lru_cache(maxsize=256)
def _holidays_for_year(year, country, subdivision, language):
    region = holidays_lib.country_holidays(
        country, subdiv=subdivision or None, years=[year], language=language
    )
    return dict(region.items())


def public_holidays(start, end, *, country=None, subdivision=None, language=None):
    """``{date: name}`` of the public holidays from ``start`` to ``end`` (both included)."""
    default_country, default_subdivision = conf.holiday_region()
    country = country or default_country
    subdivision = default_subdivision if subdivision is None else subdivision
    package_language = _package_language(country, language)
    result = {}
    for year in range(start.year, end.year + 1):
        for day, name in _holidays_for_year(year, country, subdivision, package_language).items():
            if start <= day <= end:
                result[day] = name
    return result


def is_public_holiday(day: date, **kwargs):
    return day in public_holidays(day, day, **kwargs)
