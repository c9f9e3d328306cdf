"""Partial dates such as "spring 2014" or "April 2010": validation and display.

Plain Python without database access, shared by the network page's
"founded" fields and the timeline block's milestones. Text comes from
gettext (seasons) and Django's own date formats (months), so every
language the site speaks gets a natural rendering.
"""

import datetime

from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

MIN_YEAR = 1900

SPRING, SUMMER, AUTUMN, WINTER = "spring", "summer", "autumn", "winter"
SEASON_CHOICES = [
    (SPRING, _("Spring")),
    (SUMMER, _("Summer")),
    (AUTUMN, _("Autumn")),
    (WINTER, _("Winter")),
]
SEASONS = tuple(code for code, _label in SEASON_CHOICES)

#: The season with its year, worded so that translators can reorder them.
SEASON_WITH_YEAR = {
    SPRING: gettext_noop("spring %(year)s"),
    SUMMER: gettext_noop("summer %(year)s"),
    AUTUMN: gettext_noop("autumn %(year)s"),
    WINTER: gettext_noop("winter %(year)s"),
}


def month_choices():
    """``(number, name)`` pairs for the twelve months in the active language."""
    from django.utils.dates import MONTHS

    return list(MONTHS.items())


def current_year(today=None):
    return (today or datetime.date.today()).year


def validate(year, season=None, month=None, *, today=None):
    """Return ``{field name: message}`` for what is wrong; empty when all is fine.

    ``year`` may be ``None`` only when neither season nor month is given (an
    unknown date). Field names are ``year``, ``season`` and ``month``.
    """
    errors = {}
    if year is None:
        if season or month:
            errors["year"] = _("Enter the year as well, or clear the season and the month.")
        return errors
    latest = current_year(today)
    if not MIN_YEAR <= year <= latest:
        errors["year"] = _("Enter a year between %(min)s and %(max)s.") % {
            "min": MIN_YEAR,
            "max": latest,
        }
    if season and season not in SEASONS:
        errors["season"] = _("Choose one of the four seasons.")
    if month is not None and month != "" and not 1 <= int(month) <= 12:
        errors["month"] = _("Choose a month from the list.")
    if season and month:
        errors["month"] = _(
            "Give either a season or a month, not both. Clear one of the two fields."
        )
    return errors


def format_partial_date(year, season=None, month=None):
    """Display a partial date in the active language, e.g. "spring 2014".

    Returns an empty string when the year is unknown.
    """
    if not year:
        return ""
    if month:
        return date_format(datetime.date(int(year), int(month), 1), "YEAR_MONTH_FORMAT")
    if season in SEASON_WITH_YEAR:
        return gettext(SEASON_WITH_YEAR[season]) % {"year": year}
    return str(year)


def as_dict(year, season=None, month=None):
    """The structured form used by the API."""
    return {
        "year": year or None,
        "season": season or None,
        "month": int(month) if month else None,
        "display": format_partial_date(year, season, month),
    }
