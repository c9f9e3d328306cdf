"""The parsed RRULE value object: reading, writing, refusing, and its local UNTIL day."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import vRecur

from events import recurrence
from events.jsonld import schedule_data
from events.recurrence import Series, expand
from events.recurrence.rules import (
    WEEKDAY_CODES,
    InvalidRule,
    NeverOccurs,
    RecurrenceError,
    Rule,
    UnsupportedFrequency,
)
from events.schedule_text import describe

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


# ---------------------------------------------------------------------------
# Reading and writing
# ---------------------------------------------------------------------------


def test_parts_are_typed():
    rule = Rule.parse("FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU,-1TH;BYMONTH=1,7;WKST=SU")
    assert rule.freq == "MONTHLY"
    assert rule.interval == 2
    assert rule.by_day == ((2, "TU"), (-1, "TH"))
    assert rule.weekday_codes == ("TU", "TH")
    assert rule.ordinals == (2, -1)
    assert rule.by_month == (1, 7)
    assert rule.wkst == "SU"
    assert (rule.count, rule.until, rule.by_month_day, rule.by_set_pos) == (None, None, (), ())
    assert rule.parts == {"FREQ", "INTERVAL", "BYDAY", "BYMONTH", "WKST"}


@pytest.mark.parametrize(
    "text, until",
    [
        ("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270630", date(2027, 6, 30)),
        ("FREQ=WEEKLY;UNTIL=20270630T215959Z", datetime(2027, 6, 30, 21, 59, 59, tzinfo=UTC)),
        ("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270630T235959", datetime(2027, 6, 30, 23, 59, 59)),
    ],
)
def test_until_keeps_its_form(text, until):
    rule = Rule.parse(text)
    assert rule.until == until
    assert type(rule.until) is type(until)
    assert getattr(rule.until, "tzinfo", None) == getattr(until, "tzinfo", None)
    assert str(rule) == text


@pytest.mark.parametrize(
    "text, canonical",
    [
        ("FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=MO"),
        ("RRULE:FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=MO"),
        ("rrule:freq=weekly;byday=mo", "FREQ=WEEKLY;BYDAY=MO"),
        ("  FREQ=WEEKLY; BYDAY=MO ;", "FREQ=WEEKLY;BYDAY=MO"),
        ("FREQ=DAILY;INTERVAL=1", "FREQ=DAILY"),
        ("FREQ=MONTHLY;BYDAY=+2TU,-1TH", "FREQ=MONTHLY;BYDAY=2TU,-1TH"),
        ("FREQ=MONTHLY;BYMONTHDAY=+05", "FREQ=MONTHLY;BYMONTHDAY=5"),
        ("FREQ=WEEKLY;COUNT=007", "FREQ=WEEKLY;COUNT=7"),
        (
            "UNTIL=20250630;BYMONTH=6,7;BYDAY=SA;INTERVAL=2;FREQ=WEEKLY",
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;BYMONTH=6,7;UNTIL=20250630",
        ),
        (
            "WKST=SU;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR;FREQ=MONTHLY",
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;WKST=SU",
        ),
        ("FREQ=YEARLY;BYWEEKNO=20,-1;BYYEARDAY=100", "FREQ=YEARLY;BYYEARDAY=100;BYWEEKNO=20,-1"),
    ],
)
def test_canonical_text(text, canonical):
    rule = Rule.parse(text)
    assert rule.to_text() == str(rule) == canonical
    assert Rule.parse(canonical) == rule


@pytest.mark.parametrize("empty", ["", "   ", "RRULE:", None])
def test_empty_value_is_no_rule(empty):
    assert Rule.parse(empty) is None


def test_equal_rules_are_equal_and_hashable():
    assert Rule.parse("FREQ=DAILY;INTERVAL=1") == Rule.parse("FREQ=DAILY") == Rule("DAILY")
    assert len({Rule.parse("FREQ=WEEKLY;BYDAY=MO"), Rule("WEEKLY", by_day=["MO"])}) == 1
    assert Rule.parse("FREQ=WEEKLY;BYDAY=MO") != Rule.parse("FREQ=WEEKLY;BYDAY=TU")
    with pytest.raises(AttributeError):
        Rule("DAILY").interval = 2


def test_constructor_and_replace_normalise_and_validate():
    rule = Rule("MONTHLY", by_day=["2TU", (4, "TU")], by_month_day=[])
    assert rule.by_day == ((2, "TU"), (4, "TU"))
    assert str(rule.replace(interval=3)) == "FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU,4TU"
    berlin = datetime(2027, 7, 1, 0, 30, 15, 999, tzinfo=BERLIN)
    assert Rule("DAILY", until=berlin).until == datetime(2027, 6, 30, 22, 30, 15, tzinfo=UTC)
    with pytest.raises(NeverOccurs):
        Rule("YEARLY").replace(by_month=(2,), by_month_day=(30,))
    with pytest.raises(UnsupportedFrequency):
        Rule("HOURLY")
    with pytest.raises(InvalidRule, match="not both"):
        Rule("DAILY", count=3, until=date(2027, 1, 1))
    with pytest.raises(InvalidRule, match="BYDAY value"):
        Rule("WEEKLY", by_day=[(1, "XX")])
    with pytest.raises(InvalidRule, match="INTERVAL"):
        Rule("WEEKLY", interval=0)


def test_to_vrecur_is_what_icalendar_reads():
    text = "FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU,-1TH;BYMONTH=1,7;UNTIL=20270630T215959Z"
    vrecur = Rule.parse(text).to_vrecur()
    assert isinstance(vrecur, vRecur)
    assert vrecur == vRecur.from_ical(text)
    assert Rule.parse(vrecur) == Rule.parse(vrecur.to_ical().decode()) == Rule.parse(text)


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=SU",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=MONTHLY;BYDAY=2TU,-1TH;BYMONTH=1,3,5",
        "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH",
        "FREQ=YEARLY;BYWEEKNO=1,-1;BYDAY=MO",
        "FREQ=DAILY;COUNT=12;INTERVAL=3",
        "FREQ=WEEKLY;BYDAY=WE;UNTIL=20250101T120000",
    ],
)
def test_to_dateutil_equals_dateutils_own_reading(text):
    start = datetime(2024, 1, 1, 9, 30)
    ours = Rule.parse(text).to_dateutil(start, BERLIN)
    theirs = rrulestr("RRULE:" + text, dtstart=start)
    assert list(ours.between(start, datetime(2026, 1, 1), inc=True)) == list(
        theirs.between(start, datetime(2026, 1, 1), inc=True)
    )


def test_parse_results_are_shared():
    assert Rule.parse("FREQ=WEEKLY;BYDAY=FR") is Rule.parse("FREQ=WEEKLY;BYDAY=FR")
    rule = Rule.parse("FREQ=WEEKLY;BYDAY=FR")
    assert Rule.parse(rule) is rule


def test_recurrence_keeps_the_same_exception_classes():
    assert recurrence.InvalidRule is InvalidRule
    assert recurrence.NeverOccurs is NeverOccurs
    assert recurrence.UnsupportedFrequency is UnsupportedFrequency
    assert recurrence.RecurrenceError is RecurrenceError
    assert issubclass(NeverOccurs, InvalidRule) and issubclass(InvalidRule, ValueError)
    assert recurrence.WEEKDAY_CODES == WEEKDAY_CODES


# ---------------------------------------------------------------------------
# Refusals (classes and messages as events.recurrence has always raised them)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, error, message",
    [
        ("FREQ=WEEKLY;BYDAY", InvalidRule, r"The rule part 'BYDAY' has no value\."),
        ("FREQ=WEEKLY;BYDAY= ", InvalidRule, "has no value"),
        ("FREQ=WEEKLY;BYDAY=MO;BYDAY=TU", InvalidRule, r"The rule part BYDAY appears twice\."),
        ("FREQ=WEEKLY;byday=MO;BYDAY=TU", InvalidRule, "appears twice"),
        ("FREQ=WEEKLY;FOO=1", InvalidRule, r"Unknown rule part FOO\."),
        ("FREQ=WEEKLY;RSCALE=GREGORIAN", InvalidRule, "Unknown rule part RSCALE"),
        ("FREQ=DAILY;BYHOUR=9,10", UnsupportedFrequency, "BYHOUR would repeat the event"),
        ("FREQ=DAILY;BYMINUTE=5", UnsupportedFrequency, "several times a day"),
        ("FREQ=HOURLY", UnsupportedFrequency, "FREQ=HOURLY repeats more often than daily"),
        ("FREQ=MINUTELY;INTERVAL=1", UnsupportedFrequency, "more often than daily"),
        ("FREQ=SECONDLY", UnsupportedFrequency, "the smallest step is DAILY"),
        ("FREQ=FORTNIGHTLY", InvalidRule, r"FREQ must be one of .* \(got 'FORTNIGHTLY'\)"),
        ("BYDAY=MO", InvalidRule, r"FREQ must be one of .* \(got None\)"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20250101", InvalidRule, "COUNT times or on UNTIL, not both"),
        ("FREQ=WEEKLY;INTERVAL=0", InvalidRule, r"INTERVAL must be a whole number of at least 1\."),
        ("FREQ=WEEKLY;INTERVAL=-2", InvalidRule, "INTERVAL must be a whole number"),
        ("FREQ=WEEKLY;INTERVAL=+2", InvalidRule, "INTERVAL must be a whole number"),
        ("FREQ=WEEKLY;INTERVAL=1.5", InvalidRule, "INTERVAL must be a whole number"),
        ("FREQ=WEEKLY;INTERVAL=1_0", InvalidRule, "INTERVAL must be a whole number"),
        ("FREQ=WEEKLY;COUNT=0", InvalidRule, r"COUNT must be a whole number of at least 1\."),
        ("FREQ=WEEKLY;COUNT=three", InvalidRule, "COUNT must be a whole number"),
        ("FREQ=MONTHLY;BYMONTHDAY=1,x", InvalidRule, r"BYMONTHDAY must list whole numbers\."),
        ("FREQ=MONTHLY;BYMONTHDAY=1,,2", InvalidRule, "BYMONTHDAY must list whole numbers"),
        ("FREQ=MONTHLY;BYMONTHDAY=32", InvalidRule, "BYMONTHDAY values must lie between 1 and 31"),
        ("FREQ=MONTHLY;BYMONTHDAY=0", InvalidRule, "BYMONTHDAY values must lie between"),
        ("FREQ=YEARLY;BYMONTH=13", InvalidRule, "BYMONTH values must lie between 1 and 12"),
        ("FREQ=YEARLY;BYMONTH=-3", InvalidRule, r"BYMONTH values must lie between 1 and 12\."),
        ("FREQ=YEARLY;BYMONTH=5L", InvalidRule, "BYMONTH must list whole numbers"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0", InvalidRule, "BYSETPOS values must lie between"),
        ("FREQ=YEARLY;BYYEARDAY=367", InvalidRule, "BYYEARDAY values must lie between 1 and 366"),
        ("FREQ=YEARLY;BYWEEKNO=54", InvalidRule, "BYWEEKNO values must lie between 1 and 53"),
        ("FREQ=WEEKLY;WKST=XX", InvalidRule, r"WKST must be a weekday code such as MO\."),
        ("FREQ=WEEKLY;WKST=1MO", InvalidRule, "WKST must be a weekday code"),
        ("FREQ=WEEKLY;BYDAY=XX", InvalidRule, r"BYDAY value 'XX' is not a weekday such as MO"),
        ("FREQ=WEEKLY;BYDAY=MON", InvalidRule, "BYDAY value 'MON' is not a weekday"),
        ("FREQ=MONTHLY;BYDAY=+MO", InvalidRule, r"BYDAY value '\+MO' is not a weekday"),
        ("FREQ=MONTHLY;BYDAY=100MO", InvalidRule, "BYDAY value '100MO' is not a weekday"),
        ("FREQ=WEEKLY;BYDAY=MO,", InvalidRule, "BYDAY value '' is not a weekday"),
        ("FREQ=MONTHLY;BYDAY=6MO", InvalidRule, "The ordinal in BYDAY value '6MO' is out of range"),
        ("FREQ=MONTHLY;BYDAY=-6MO", InvalidRule, "ordinal in BYDAY value '-6MO' is out of range"),
        ("FREQ=MONTHLY;BYDAY=0MO", InvalidRule, "ordinal in BYDAY value '0MO' is out of range"),
        ("FREQ=YEARLY;BYDAY=54MO", InvalidRule, "ordinal in BYDAY value '54MO' is out of range"),
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=6MO", InvalidRule, "'6MO' is out of range"),
        ("FREQ=WEEKLY;UNTIL=2027-06-30", InvalidRule, r"UNTIL '2027-06-30' is not a date \(YYYY"),
        ("FREQ=WEEKLY;UNTIL=20271330", InvalidRule, "UNTIL '20271330' is not a date"),
        ("FREQ=WEEKLY;UNTIL=20270230", InvalidRule, "UNTIL '20270230' is not a date"),
        ("FREQ=WEEKLY;UNTIL=20270630T250000Z", InvalidRule, "is not a date"),
        ("FREQ=WEEKLY;UNTIL=20270630T2200Z", InvalidRule, "is not a date"),
        ("FREQ=WEEKLY;UNTIL=P1D", InvalidRule, "UNTIL 'P1D' is not a date"),
    ],
)
def test_refusals(text, error, message):
    with pytest.raises(error, match=message):
        Rule.parse(text)


@pytest.mark.parametrize(
    "text, message",
    [
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30,31", "No chosen month has the chosen day"),
        ("FREQ=MONTHLY;BYMONTH=4,6,9,11;BYMONTHDAY=31", "No chosen month"),
        ("FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=-30", "No chosen month"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6", "BYSETPOS picks a position that no period has"),
        ("FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=3", "BYSETPOS picks a position"),
        ("FREQ=DAILY;BYSETPOS=2", "BYSETPOS picks a position"),
        ("FREQ=MONTHLY;BYMONTHDAY=1,15;BYSETPOS=-3", "BYSETPOS picks a position"),
    ],
)
def test_rules_that_never_occur(text, message):
    with pytest.raises(NeverOccurs, match=message):
        Rule.parse(text)


def test_a_fifth_wednesday_in_february_is_rare_but_real():
    """Only ordinals beyond any month are refused: 29 February 2040 is the 5th Wednesday."""
    with pytest.raises(InvalidRule, match="out of range"):
        Rule.parse("FREQ=YEARLY;BYMONTH=2;BYDAY=6WE")
    series = Series(date(2040, 2, 29), time(18), rrule="FREQ=YEARLY;BYMONTH=2;BYDAY=5WE")
    found = expand(series, date(2030, 1, 1), date(2070, 1, 1))
    assert [o.start.date() for o in found] == [date(2040, 2, 29), date(2068, 2, 29)]


@pytest.mark.parametrize(
    "text, part",
    [
        ("FREQ=WEEKLY;INTERVAL=\u00b2", "INTERVAL"),  # superscript two: isdigit() is true
        ("FREQ=WEEKLY;INTERVAL=\u0662", "INTERVAL"),  # Arabic-Indic two
        ("FREQ=WEEKLY;COUNT=\u06f3", "COUNT"),  # Extended Arabic-Indic three
        ("FREQ=WEEKLY;COUNT=\uff15", "COUNT"),  # fullwidth five
        ("FREQ=MONTHLY;BYMONTHDAY=\u0663", "BYMONTHDAY"),
        ("FREQ=YEARLY;BYMONTH=\u0661\u0662", "BYMONTH"),
        ("FREQ=MONTHLY;BYDAY=\u0662TU", "BYDAY"),
        ("FREQ=MONTHLY;BYDAY=-\u0661TH", "BYDAY"),
        ("FREQ=WEEKLY;UNTIL=\u0662\u0660\u0662\u0667\u0660\u0666\u0663\u0660", "UNTIL"),
    ],
)
def test_only_ascii_digits(text, part):
    with pytest.raises(InvalidRule, match=part):
        Rule.parse(text)


@pytest.mark.parametrize(
    "text, message",
    [
        ("FREQ=DAILY;INTERVAL=1000001", "INTERVAL must be a whole number of at most 1000000"),
        ("FREQ=DAILY;COUNT=" + "9" * 5000, "COUNT must be a whole number of at most"),
        ("FREQ=DAILY;INTERVAL=" + "9" * 5000, "INTERVAL must be a whole number of at most"),
        ("FREQ=MONTHLY;BYMONTHDAY=" + "1" * 5000, "BYMONTHDAY values must lie between"),
        ("FREQ=MONTHLY;BYMONTHDAY=-" + "1" * 5000, "BYMONTHDAY values must lie between"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=99999999999999999999", "BYSETPOS values must lie"),
    ],
)
def test_huge_numbers_are_refused(text, message):
    with pytest.raises(InvalidRule, match=message):
        Rule.parse(text)


def test_large_but_sane_numbers_and_leading_zeros():
    assert Rule.parse("FREQ=DAILY;COUNT=1000000").count == 1_000_000
    assert Rule.parse("FREQ=DAILY;INTERVAL=" + "0" * 5000 + "3").interval == 3
    series = Series(date(2025, 1, 6), time(9), rrule="FREQ=YEARLY;INTERVAL=1000000")
    assert [o.start.year for o in expand(series, date(2020, 1, 1), date(2100, 1, 1))] == [2025]


# ---------------------------------------------------------------------------
# UNTIL as a local day: schedule text and JSON-LD
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "until, zone, expected",
    [
        ("20270630", BERLIN, date(2027, 6, 30)),
        ("20270630T215959Z", BERLIN, date(2027, 6, 30)),  # 23:59:59 CEST
        ("20270630T223000Z", BERLIN, date(2027, 7, 1)),  # 00:30 CEST the next day
        ("20271231T230000Z", BERLIN, date(2028, 1, 1)),  # midnight CET, New Year
        ("20270701T035959Z", NEW_YORK, date(2027, 6, 30)),  # 23:59:59 EDT the day before
        ("20270630T223000", BERLIN, date(2027, 6, 30)),  # floating: already wall-clock time
    ],
)
def test_until_local_date(until, zone, expected):
    rule = Rule.parse(f"FREQ=WEEKLY;BYDAY=MO;UNTIL={until}")
    assert rule.until_local_date(zone) == expected


def test_until_local():
    rule = Rule.parse("FREQ=DAILY;UNTIL=20270630")
    assert rule.until_local(BERLIN) == datetime.combine(date(2027, 6, 30), time.max)
    rule = Rule.parse("FREQ=DAILY;UNTIL=20270630T223000Z")
    assert rule.until_local(BERLIN) == datetime(2027, 7, 1, 0, 30)
    assert Rule.parse("FREQ=DAILY").until_local(BERLIN) is None
    assert Rule.parse("FREQ=DAILY").until_local_date(BERLIN) is None


def late_series(until, tz="Europe/Berlin"):
    """A Thursday 00:15 series; its rule ends at ``until`` (UTC)."""
    return Series(
        date(2027, 1, 7), time(0, 15), time(1), tz=tz, rrule=f"FREQ=WEEKLY;BYDAY=TH;UNTIL={until}"
    )


@pytest.mark.parametrize(
    "series, day, iso",
    [
        (late_series("20270630T223000Z"), "July 1, 2027", "2027-07-01"),
        (late_series("20270630T215959Z"), "June 30, 2027", "2027-06-30"),
        (late_series("20270701T035959Z", tz="America/New_York"), "June 30, 2027", "2027-06-30"),
    ],
)
def test_text_and_jsonld_name_the_local_last_day(series, day, iso):
    with translation.override("en"):
        assert describe(series).endswith(f", until {day}")
    assert schedule_data(series)["endDate"] == iso


def test_the_last_local_day_is_the_last_occurrence_here():
    """A UTC UNTIL of 22:30 on 30 June still includes the Berlin occurrence on 1 July."""
    series = late_series("20270630T223000Z")
    found = expand(series, date(2027, 6, 20), date(2027, 7, 20))
    assert [o.start.date() for o in found] == [date(2027, 6, 24), date(2027, 7, 1)]
    assert schedule_data(series)["endDate"] == found[-1].start.date().isoformat()


# ---------------------------------------------------------------------------
# Property: writing and reading back gives the same rule
# ---------------------------------------------------------------------------

ORDINAL_DAYS = st.tuples(
    st.sampled_from([0, 1, 2, 3, 4, 5, -1, -2, -5]), st.sampled_from(WEEKDAY_CODES)
)
UNTILS = st.one_of(
    st.none(),
    st.dates(date(1990, 1, 1), date(2100, 12, 31)),
    st.datetimes(datetime(1990, 1, 1), datetime(2100, 12, 31)).map(
        lambda value: value.replace(microsecond=0)
    ),
    st.datetimes(datetime(1990, 1, 1), datetime(2100, 12, 31)).map(
        lambda value: value.replace(microsecond=0, tzinfo=UTC)
    ),
)


def signed(low, high):
    return st.integers(low, high) | st.integers(-high, -low)


@st.composite
def rules(draw):
    values = {
        "freq": draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"])),
        "interval": draw(st.integers(1, 1000)),
        "by_day": draw(st.lists(ORDINAL_DAYS, max_size=4).map(tuple)),
        "by_month_day": draw(st.lists(signed(1, 31), max_size=3).map(tuple)),
        "by_month": draw(st.lists(st.integers(1, 12), max_size=3).map(tuple)),
        "by_set_pos": draw(st.lists(signed(1, 5), max_size=2).map(tuple)),
        "wkst": draw(st.none() | st.sampled_from(WEEKDAY_CODES)),
    }
    if values["freq"] == "YEARLY":
        values["by_year_day"] = draw(st.lists(signed(1, 366), max_size=2).map(tuple))
        values["by_week_no"] = draw(st.lists(signed(1, 53), max_size=2).map(tuple))
    if draw(st.booleans()):
        values["count"] = draw(st.integers(1, 1_000_000))
    else:
        values["until"] = draw(UNTILS)
    try:
        return Rule(**values)
    except NeverOccurs:
        return Rule(values["freq"], interval=values["interval"])


@settings(max_examples=300, deadline=None)
@given(rule=rules())
def test_property_text_round_trip(rule):
    text = rule.to_text()
    again = Rule.parse(text)
    assert again == rule
    assert again.to_text() == text
    assert Rule.parse("RRULE:" + text.lower()) == rule
    assert Rule.parse(rule.to_vrecur().to_ical().decode()) == rule
