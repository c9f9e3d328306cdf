"""Our wrapper around the ``holidays`` package: region from the settings (Saxony by
default), the dates from ``start`` to ``end`` (both included, across years), names in
the visitor's language or in English. What the package counts as a holiday is its
business; these tests compare our answers with each other, not with a calendar."""

from datetime import date, timedelta

from events.public_holidays import is_public_holiday, public_holidays

YEAR = (date(2025, 1, 1), date(2025, 12, 31))


def test_saxony_unless_the_settings_say_otherwise(settings):
    del settings.EVENTS_HOLIDAY_COUNTRY, settings.EVENTS_HOLIDAY_SUBDIVISION
    saxony = public_holidays(*YEAR, country="DE", subdivision="SN")
    assert public_holidays(*YEAR) == saxony
    assert public_holidays(*YEAR, country="DE", subdivision="BE") != saxony


def test_the_region_comes_from_the_settings(settings):
    settings.EVENTS_HOLIDAY_COUNTRY = "DE"
    settings.EVENTS_HOLIDAY_SUBDIVISION = "BE"
    assert public_holidays(*YEAR) == public_holidays(*YEAR, country="DE", subdivision="BE")
    assert public_holidays(*YEAR) != public_holidays(*YEAR, subdivision="SN")


def test_both_ends_are_included_and_the_range_may_cross_years():
    days = sorted(public_holidays(date(2024, 1, 1), date(2026, 12, 31)))
    first, last = days[0], days[-1]
    assert first in public_holidays(first, first)
    assert last in public_holidays(last, last)
    assert public_holidays(first + timedelta(days=1), last - timedelta(days=1)).keys() == (
        set(days) - {first, last}
    )
    assert {day.year for day in days} == {2024, 2025, 2026}


def test_names_in_the_visitors_language_or_english():
    german = public_holidays(*YEAR, language="de")
    english = public_holidays(*YEAR, language="en")
    assert german.keys() == english.keys()
    assert german != english
    # The package has no Arabic names: English, not German.
    assert public_holidays(*YEAR, language="ar") == english
    assert public_holidays(*YEAR, language="en-gb") == english


def test_is_public_holiday_agrees_with_the_list():
    days = public_holidays(*YEAR)
    for offset in range(365):
        day = YEAR[0] + timedelta(days=offset)
        assert is_public_holiday(day) == (day in days), day
