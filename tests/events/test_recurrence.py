"""The recurrence core against python-dateutil and recurring-ical-events."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from events.recurrence import (
    CANCELLED,
    MOVED,
    SCHEDULED,
    Change,
    Closure,
    InvalidRule,
    InvalidSeries,
    Series,
    UnsupportedFrequency,
    expand,
    first_occurrence,
    iter_after,
    localize,
    occurrences,
    occurs_on,
    resolve,
)
from events.recurrence.rules import Rule
from tests.ical_files import client_starts, instant

BERLIN = ZoneInfo("Europe/Berlin")


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def starts(series, start, end):
    return sorted(instant(occ.start) for occ in expand(series, start, end))


# A broad set of series, each expanded by our core and by recurring-ical-events
# from an equivalent iCalendar file. DTSTART is always an occurrence of the rule
# (RFC 5545 leaves unsynchronised DTSTARTs undefined).
SERIES_CASES = {
    "weekly Monday across both DST switches": Series(
        date(2024, 1, 1), time(15), time(17, 30), rrule="FREQ=WEEKLY;BYDAY=MO"
    ),
    "last Thursday of the month": Series(
        date(2024, 1, 25), time(19), time(21), rrule="FREQ=MONTHLY;BYDAY=-1TH"
    ),
    "2nd and 4th Tuesday": Series(
        date(2024, 1, 9), time(10), time(12), rrule="FREQ=MONTHLY;BYDAY=2TU,4TU"
    ),
    "5th Monday (only some months)": Series(
        date(2024, 1, 29), time(18), time(19), rrule="FREQ=MONTHLY;BYDAY=5MO"
    ),
    "last working day via BYSETPOS": Series(
        date(2024, 1, 31), time(9), time(10), rrule="FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"
    ),
    "second BYSETPOS of weekend days": Series(
        date(2024, 1, 7), time(11), time(12), rrule="FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=2"
    ),
    "29 February": Series(date(2024, 2, 29), time(12), time(13), rrule="FREQ=YEARLY"),
    "the 31st (skips short months)": Series(
        date(2024, 1, 31), time(17), time(18), rrule="FREQ=MONTHLY"
    ),
    "daily COUNT": Series(date(2024, 3, 28), time(8), time(9), rrule="FREQ=DAILY;COUNT=10"),
    "weekly UNTIL in UTC": Series(
        date(2024, 1, 3), time(18), time(20), rrule="FREQ=WEEKLY;BYDAY=WE;UNTIL=20240626T160000Z"
    ),
    "RDATE and EXDATE": Series(
        date(2024, 1, 2),
        time(16),
        time(17),
        rrule="FREQ=WEEKLY;BYDAY=TU",
        rdates=(datetime(2024, 3, 14, 16), datetime(2024, 5, 2, 10)),
        exdates=(datetime(2024, 3, 12, 16), datetime(2024, 4, 2, 16)),
    ),
    "every 2 weeks on Monday and Thursday, WKST=SU": Series(
        date(2024, 1, 1), time(14), time(15), rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=SU"
    ),
    "quarterly 2nd Wednesday": Series(
        date(2024, 1, 10), time(18), time(20), rrule="FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE"
    ),
    "summer Saturdays": Series(
        date(2024, 6, 1), time(10), time(13), rrule="FREQ=WEEKLY;BYDAY=SA;BYMONTH=6,7,8"
    ),
    "4th Thursday of November": Series(
        date(2024, 11, 28), time(12), time(15), rrule="FREQ=YEARLY;BYMONTH=11;BYDAY=4TH"
    ),
    "daily at 02:30 through the spring gap": Series(
        date(2024, 3, 28), time(2, 30), time(3), rrule="FREQ=DAILY"
    ),
    "daily at 02:30 through the autumn fold": Series(
        date(2024, 10, 25), time(2, 30), time(3), rrule="FREQ=DAILY"
    ),
    "weekend, Friday evening to Sunday afternoon": Series(
        date(2024, 1, 5), time(18), time(14), duration_days=2, rrule="FREQ=WEEKLY;INTERVAL=4"
    ),
    "all-day yearly": Series(date(2024, 10, 3), all_day=True, rrule="FREQ=YEARLY"),
    "all-day three days monthly": Series(
        date(2024, 1, 12), all_day=True, duration_days=2, rrule="FREQ=MONTHLY;BYDAY=2FR"
    ),
    "New York, Tuesday 9:00 (US DST dates)": Series(
        date(2024, 1, 2), time(9), time(10), tz="America/New_York", rrule="FREQ=WEEKLY;BYDAY=TU"
    ),
    "Sydney, southern hemisphere DST": Series(
        date(2024, 1, 6), time(9), time(10), tz="Australia/Sydney", rrule="FREQ=WEEKLY;BYDAY=SA"
    ),
    "Tehran, half-hour offset": Series(
        date(2024, 1, 5), time(17), time(18), tz="Asia/Tehran", rrule="FREQ=WEEKLY;BYDAY=FR"
    ),
    "one-off": Series(date(2024, 7, 6), time(14), time(22)),
    "old series, every 2 weeks since 2005": Series(
        date(2005, 1, 3), time(15), time(17), rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"
    ),
    "old series, every 3 months since 2001": Series(
        date(2001, 5, 31), time(15), time(17), rrule="FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=31"
    ),
}


@pytest.mark.parametrize("name", SERIES_CASES)
def test_same_occurrences_as_recurring_ical_events(name):
    series = SERIES_CASES[name]
    if series.all_day:
        window = (date(2024, 1, 1), date(2026, 1, 1))
    else:
        window = (utc(2024, 1, 1), utc(2026, 1, 1))
    ours = starts(series, *window)
    assert ours, "the window should hold occurrences"
    assert ours == client_starts(series, *window)


@pytest.mark.parametrize("name", SERIES_CASES)
def test_fast_forward_gives_what_dateutil_gives_from_dtstart(name):
    """Expanding late windows equals dateutil walking all the way from DTSTART."""
    series = SERIES_CASES[name]
    if not series.rrule or series.rdates or series.exdates:
        return
    if Rule.parse(series.rrule).until is not None:
        return
    first = series.local_start(series.dtstart)
    rule = rrulestr("RRULE:" + series.rrule, dtstart=first)
    for year in (2025, 2031):
        start, end = datetime(year, 3, 1), datetime(year, 9, 1)
        expected = [
            localize(naive, series.zone)
            for naive in rule.between(start - series.duration, end, inc=True)
            if naive < end
            and localize(naive + series.duration, series.zone) > localize(start, series.zone)
        ]
        got = [
            datetime.combine(o.start, time.min, series.zone) if series.all_day else o.start
            for o in expand(series, localize(start, series.zone), localize(end, series.zone))
        ]
        assert [instant(v) for v in got] == [instant(v) for v in expected], year


def test_wall_clock_time_is_kept_in_winter_and_summer():
    cafe = SERIES_CASES["weekly Monday across both DST switches"]
    found = expand(cafe, utc(2024, 3, 18), utc(2024, 4, 2))
    assert [o.start.isoformat() for o in found] == [
        "2024-03-18T15:00:00+01:00",
        "2024-03-25T15:00:00+01:00",
        "2024-04-01T15:00:00+02:00",
    ]
    assert all(o.end.time() == time(17, 30) for o in found)


def test_times_in_the_spring_gap_move_forward_and_the_fold_takes_the_first():
    series = SERIES_CASES["daily at 02:30 through the spring gap"]
    gap_day = expand(series, date(2024, 3, 31), date(2024, 4, 1))
    assert [o.start.isoformat() for o in gap_day] == ["2024-03-31T03:30:00+02:00"]
    series = SERIES_CASES["daily at 02:30 through the autumn fold"]
    fold_day = expand(series, date(2024, 10, 27), date(2024, 10, 28))
    assert [o.start.isoformat() for o in fold_day] == ["2024-10-27T02:30:00+02:00"]


def test_the_31st_and_29_february():
    assert [
        o.start.month
        for o in expand(
            SERIES_CASES["the 31st (skips short months)"], date(2025, 1, 1), date(2026, 1, 1)
        )
    ] == [1, 3, 5, 7, 8, 10, 12]
    leap = expand(SERIES_CASES["29 February"], date(2024, 1, 1), date(2033, 1, 1))
    assert [o.start.year for o in leap] == [2024, 2028, 2032]


def test_all_day_occurrences_are_dates_with_exclusive_end():
    series = SERIES_CASES["all-day three days monthly"]
    first = expand(series, date(2025, 1, 1), date(2025, 2, 1))[0]
    assert first.all_day
    assert (first.start, first.end) == (date(2025, 1, 10), date(2025, 1, 13))


def test_window_catches_occurrences_already_running():
    series = SERIES_CASES["weekend, Friday evening to Sunday afternoon"]
    found = expand(series, utc(2024, 1, 6, 12), utc(2024, 1, 6, 13))
    assert [o.start.date() for o in found] == [date(2024, 1, 5)]


def test_count_is_counted_from_dtstart_even_for_late_windows():
    series = SERIES_CASES["daily COUNT"]
    assert len(expand(series, date(2024, 1, 1), date(2025, 1, 1))) == 10
    assert expand(series, date(2024, 4, 6), date(2024, 4, 30))[-1].start.date() == date(2024, 4, 6)


def test_extra_dates_are_marked():
    series = SERIES_CASES["RDATE and EXDATE"]
    found = expand(series, date(2024, 3, 10), date(2024, 3, 20))
    assert [(o.start.day, o.is_extra) for o in found] == [(14, True), (19, False)]


def test_exdate_as_a_whole_day():
    series = Series(
        date(2025, 1, 6), time(15), time(17), rrule="FREQ=WEEKLY", exdates=(date(2025, 1, 13),)
    )
    assert [o.start.day for o in expand(series, date(2025, 1, 1), date(2025, 1, 31))] == [6, 20, 27]


def test_until_as_date_includes_that_day():
    series = Series(date(2025, 1, 6), time(15), time(17), rrule="FREQ=WEEKLY;UNTIL=20250127")
    assert [o.start.day for o in expand(series, date(2025, 1, 1), date(2025, 3, 1))] == [
        6,
        13,
        20,
        27,
    ]


def test_far_future_until_and_window():
    series = Series(date(2025, 1, 6), time(15), time(17), rrule="FREQ=WEEKLY;UNTIL=99991231")
    found = expand(series, date(2400, 1, 1), date(2400, 2, 1))
    assert len(found) in (4, 5)
    assert all(o.start.weekday() == 0 for o in found)


def test_occurrence_cap():
    series = Series(date(2000, 1, 1), time(9), time(10), rrule="FREQ=DAILY")
    assert len(expand(series, date(2000, 1, 1), date(2100, 1, 1))) == 5000
    assert len(expand(series, date(2000, 1, 1), date(2100, 1, 1), max_occurrences=7)) == 7


def test_cap_setting(settings):
    settings.EVENTS_MAX_OCCURRENCES = 12
    series = Series(date(2000, 1, 1), time(9), time(10), rrule="FREQ=DAILY")
    assert len(expand(series, date(2000, 1, 1), date(2001, 1, 1))) == 12


@pytest.mark.parametrize("freq", ["HOURLY", "MINUTELY", "SECONDLY"])
def test_sub_daily_frequencies_are_rejected(freq):
    with pytest.raises(UnsupportedFrequency, match="more often than daily"):
        Series(date(2025, 1, 1), time(9), rrule=f"FREQ={freq}")
    with pytest.raises(ValueError):
        Rule.parse(f"FREQ={freq};INTERVAL=1")


def test_byhour_is_rejected_too():
    with pytest.raises(UnsupportedFrequency):
        Rule.parse("FREQ=DAILY;BYHOUR=9,10")


@pytest.mark.parametrize(
    "rule, message",
    [
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30,31", "No chosen month"),
        ("FREQ=MONTHLY;BYMONTH=4,6;BYMONTHDAY=31", "No chosen month"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6", "BYSETPOS"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20250101", "not both"),
        ("FREQ=MONTHLY;BYDAY=6MO", "out of range"),
        ("FREQ=FORTNIGHTLY", "FREQ must be"),
        ("FREQ=WEEKLY;BYDAY=XX", "BYDAY"),
        ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL"),
        ("FREQ=WEEKLY;FOO=1", "Unknown rule part"),
        ("BYDAY=MO", "FREQ must be"),
    ],
)
def test_rules_that_never_occur_or_are_broken(rule, message):
    with pytest.raises(InvalidRule, match=message):
        Rule.parse(rule)


def test_until_before_start_is_rejected():
    series = Series(date(2025, 6, 1), time(9), rrule="FREQ=DAILY;UNTIL=20250501")
    with pytest.raises(InvalidRule, match="UNTIL"):
        expand(series, date(2025, 1, 1), date(2026, 1, 1))


def test_invalid_series():
    with pytest.raises(InvalidSeries, match="time zone"):
        Series(date(2025, 1, 1), time(9), tz="Mars/Olympus")
    with pytest.raises(InvalidSeries, match="end time"):
        Series(date(2025, 1, 1), time(9), time(8))
    with pytest.raises(InvalidSeries, match="start time"):
        Series(date(2025, 1, 1))


def test_iter_after_and_first_occurrence():
    cafe = SERIES_CASES["weekly Monday across both DST switches"]
    nxt = iter_after(cafe, utc(2025, 12, 20), limit=3)
    assert [o.start.date() for o in nxt] == [
        date(2025, 12, 22),
        date(2025, 12, 29),
        date(2026, 1, 5),
    ]
    unsynced = Series(date(2025, 1, 1), time(9), rrule="FREQ=WEEKLY;BYDAY=MO")
    assert first_occurrence(unsynced).start.date() == date(2025, 1, 6)
    assert occurs_on(unsynced, date(2025, 1, 13))
    assert not occurs_on(unsynced, date(2025, 1, 14))


# ---------------------------------------------------------------------------
# Resolution: changes, holidays, closures
# ---------------------------------------------------------------------------

CAFE = Series(date(2025, 1, 6), time(15), time(17, 30), rrule="FREQ=WEEKLY;BYDAY=MO")


def test_holiday_and_closure_cancel_but_keep_the_occurrence():
    found = occurrences(
        CAFE,
        date(2025, 4, 14),
        date(2025, 8, 12),
        holidays={date(2025, 4, 21): "Ostermontag"},
        closures=[Closure(date(2025, 7, 28), date(2025, 8, 8), "Sommerpause")],
    )
    by_day = {o.original_date: o for o in found}
    assert by_day[date(2025, 4, 21)].status == CANCELLED
    assert by_day[date(2025, 4, 21)].reason == "holiday"
    assert by_day[date(2025, 4, 21)].note == "Ostermontag"
    assert by_day[date(2025, 7, 28)].reason == "closure"
    assert by_day[date(2025, 8, 4)].note == "Sommerpause"
    assert by_day[date(2025, 8, 11)].status == SCHEDULED
    assert by_day[date(2025, 4, 14)].status == SCHEDULED


def test_changes_win_over_holidays_and_moves_keep_their_original():
    changes = [
        Change(
            date(2025, 4, 21),
            MOVED,
            note="Ausnahmsweise dienstags",
            new_date=date(2025, 4, 22),
            location=7,
        ),
        Change(date(2025, 4, 28), CANCELLED, note="Krankheit"),
        Change(date(2025, 5, 5), "note", note="Mit Kuchenbuffet"),
        Change(date(2025, 5, 12), MOVED, new_start_time=time(16), new_end_time=time(18)),
    ]
    found = occurrences(
        CAFE,
        date(2025, 4, 20),
        date(2025, 5, 13),
        changes=changes,
        holidays={date(2025, 4, 21): "Ostermontag"},
    )
    assert [(o.start.isoformat(), o.status) for o in found] == [
        ("2025-04-22T15:00:00+02:00", MOVED),
        ("2025-04-28T15:00:00+02:00", CANCELLED),
        ("2025-05-05T15:00:00+02:00", SCHEDULED),
        ("2025-05-12T16:00:00+02:00", MOVED),
    ]
    assert found[0].original_start.isoformat() == "2025-04-21T15:00:00+02:00"
    assert found[0].location == 7
    assert found[1].note == "Krankheit"
    assert found[2].note == "Mit Kuchenbuffet"
    assert found[3].end.time() == time(18)


def test_moves_across_the_window_edge():
    change = Change(date(2025, 6, 2), MOVED, new_date=date(2025, 5, 30))
    found = occurrences(CAFE, date(2025, 5, 29), date(2025, 6, 1), changes=[change])
    assert [o.start.date() for o in found] == [date(2025, 5, 30)]
    found = occurrences(CAFE, date(2025, 6, 1), date(2025, 6, 8), changes=[change])
    assert found == []


def test_resolve_all_day_move():
    series = Series(date(2025, 1, 1), all_day=True, rrule="FREQ=MONTHLY")
    raw = expand(series, date(2025, 3, 1), date(2025, 3, 2))
    moved = resolve(
        series, raw, changes=[Change(date(2025, 3, 1), MOVED, new_date=date(2025, 3, 3))]
    )
    assert (moved[0].start, moved[0].end, moved[0].status) == (
        date(2025, 3, 3),
        date(2025, 3, 4),
        MOVED,
    )


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

RULES = st.one_of(
    st.builds(lambda i: f"FREQ=DAILY;INTERVAL={i}", st.integers(1, 10)),
    st.builds(
        lambda i, days: f"FREQ=WEEKLY;INTERVAL={i};BYDAY={','.join(days)}",
        st.integers(1, 4),
        st.lists(
            st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
            min_size=1,
            max_size=3,
            unique=True,
        ),
    ),
    st.builds(
        lambda i, d: f"FREQ=MONTHLY;INTERVAL={i};BYMONTHDAY={d}",
        st.integers(1, 6),
        st.sampled_from([1, 15, 28, 29, 30, 31, -1]),
    ),
    st.builds(
        lambda i, n, day: f"FREQ=MONTHLY;INTERVAL={i};BYDAY={n}{day}",
        st.integers(1, 6),
        st.sampled_from([1, 2, 3, 4, 5, -1, -2]),
        st.sampled_from(["MO", "WE", "SA"]),
    ),
    st.builds(
        lambda p: f"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS={p}", st.sampled_from([1, 2, -1, -2])
    ),
    st.builds(lambda i: f"FREQ=YEARLY;INTERVAL={i}", st.integers(1, 4)),
)


@settings(max_examples=150, deadline=None)
@given(
    rule=RULES,
    dtstart=st.dates(date(1995, 1, 1), date(2024, 12, 31)),
    hour=st.integers(0, 23),
    tz=st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC"]),
    offset_days=st.integers(0, 4000),
    length=st.integers(1, 120),
)
def test_property_expand_equals_dateutil_from_dtstart(rule, dtstart, hour, tz, offset_days, length):
    series = Series(dtstart, time(hour, 30), time(hour, 45), tz=tz, rrule=rule)
    start = datetime.combine(dtstart, time.min) + timedelta(days=offset_days)
    end = start + timedelta(days=length)
    dateutil_rule = rrulestr("RRULE:" + rule, dtstart=series.local_start(dtstart))
    expected = [
        localize(naive, series.zone).astimezone(UTC)
        for naive in dateutil_rule.between(
            start - timedelta(days=2), end + timedelta(days=2), inc=True
        )
    ]
    window_start, window_end = localize(start, series.zone), localize(end, series.zone)
    expected = [v for v in expected if window_start - timedelta(minutes=15) < v < window_end]
    expected = [v for v in expected if v + timedelta(minutes=15) > window_start]
    got = [o.start.astimezone(UTC) for o in expand(series, window_start, window_end)]
    assert got == expected


def test_old_series_expand_like_new_ones():
    old = Series(date(2015, 1, 5), time(15), time(17), rrule="FREQ=WEEKLY;BYDAY=MO")
    new = Series(date(2024, 12, 30), time(15), time(17), rrule="FREQ=WEEKLY;BYDAY=MO")
    window = (date(2025, 3, 1), date(2025, 6, 1))
    assert [o.start for o in expand(old, *window)] == [o.start for o in expand(new, *window)]
