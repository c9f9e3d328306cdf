from datetime import date

from events.public_holidays import is_public_holiday, public_holidays


def test_saxon_holidays_by_default():
    days = public_holidays(date(2025, 1, 1), date(2025, 12, 31), language="de")
    assert days[date(2025, 4, 21)] == "Ostermontag"
    assert date(2025, 11, 19) in days  # Buß- und Bettag: only in Saxony
    assert date(2025, 10, 31) in days  # Reformationstag


def test_subdivision_from_settings(settings):
    settings.EVENTS_HOLIDAY_SUBDIVISION = "BE"
    days = public_holidays(date(2025, 1, 1), date(2025, 12, 31))
    assert date(2025, 11, 19) not in days
    assert date(2025, 3, 8) in days  # Frauentag in Berlin


def test_names_in_the_visitors_language_or_english():
    assert (
        public_holidays(date(2025, 4, 21), date(2025, 4, 21), language="en")[date(2025, 4, 21)]
        == "Easter Monday"
    )
    assert (
        public_holidays(date(2025, 4, 21), date(2025, 4, 21), language="ar")[date(2025, 4, 21)]
        == "Easter Monday"
    )
    assert is_public_holiday(date(2025, 12, 25))
    assert not is_public_holiday(date(2025, 12, 23))
