import datetime

import pytest
from django.utils import translation

from networks import partial_dates


@pytest.mark.parametrize(
    ("language", "year", "season", "month", "expected"),
    [
        ("en", 2014, "spring", None, "spring 2014"),
        ("de", 2014, "spring", None, "Frühjahr 2014"),
        ("ar", 2014, "spring", None, "ربيع 2014"),
        ("en", 2014, "autumn", None, "autumn 2014"),
        ("de", 2010, None, 4, "April 2010"),
        ("en", 2010, None, 4, "April 2010"),
        ("ar", 2010, None, 4, "إبريل 2010"),
        ("uk", 2010, None, 4, "Квітень 2010"),
        ("de", 2014, None, None, "2014"),
        ("ar", 2014, None, None, "2014"),
    ],
)
def test_partial_dates_read_naturally_in_each_language(language, year, season, month, expected):
    with translation.override(language):
        assert partial_dates.format_partial_date(year, season, month) == expected


def test_season_text_goes_through_the_catalogue(monkeypatch):
    """The season wording comes from gettext, so each catalogue can reorder it."""
    calls = []

    def fake_gettext(message):
        calls.append(message)
        return "Frühjahr %(year)s" if message == "spring %(year)s" else message

    monkeypatch.setattr(partial_dates, "gettext", fake_gettext)
    assert partial_dates.format_partial_date(2014, "spring") == "Frühjahr 2014"
    assert calls == ["spring %(year)s"]


def test_unknown_year_gives_empty_text_and_null_api_values():
    assert partial_dates.format_partial_date(None) == ""
    with translation.override("en"):
        as_dict = partial_dates.as_dict(2014, "spring", None)
    assert as_dict == {
        "year": 2014,
        "season": "spring",
        "month": None,
        "display": "spring 2014",
    }
    assert partial_dates.as_dict(2014, "spring", None)["display"] == "Frühjahr 2014"


@pytest.mark.parametrize(
    ("year", "season", "month", "fields"),
    [
        (2014, "spring", None, set()),
        (2010, None, 4, set()),
        (None, None, None, set()),
        (1899, None, None, {"year"}),
        (2031, None, None, {"year"}),
        (2014, "spring", 4, {"month"}),
        (None, "spring", None, {"year"}),
        (2014, "monsoon", None, {"season"}),
        (2014, None, 13, {"month"}),
    ],
)
def test_validation_names_the_field_to_fix(year, season, month, fields):
    today = datetime.date(2030, 6, 1)
    errors = partial_dates.validate(year, season, month, today=today)
    assert set(errors) == fields
    assert all(str(message) for message in errors.values())


def test_the_current_year_is_allowed_and_next_year_is_not():
    this_year = datetime.date.today().year
    assert partial_dates.validate(this_year) == {}
    assert "year" in partial_dates.validate(this_year + 1)
