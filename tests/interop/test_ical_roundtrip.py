"""Our iCalendar export, expanded by recurring-ical-events, equals our core; and back."""

from datetime import UTC, date, datetime, time

import icalendar
import pytest

from events.ical.export import CalendarEntry, to_ics
from events.ical.parse import parse_calendar
from events.recurrence import CANCELLED, MOVED, Change, Series, occurrences
from tests.events.test_recurrence import SERIES_CASES
from tests.ical_files import client_occurrences, core_rows

WINDOW = (date(2023, 12, 1), date(2026, 3, 1))
EASTER_MONDAYS = {date(2024, 4, 1): "Ostermontag", date(2025, 4, 21): "Ostermontag"}

# Series with editors' changes and holiday skips on top of the core cases.
CHANGED_CASES = {
    "café: cancelled, moved to Tuesday elsewhere, Easter Monday skipped": (
        Series(date(2024, 1, 1), time(15), time(17, 30), rrule="FREQ=WEEKLY;BYDAY=MO"),
        [
            Change(date(2024, 1, 15), CANCELLED, note="Krank; leider, sorry"),
            Change(date(2024, 1, 22), MOVED, new_date=date(2024, 1, 23), location="Gemeindesaal"),
            Change(date(2024, 7, 1), MOVED, new_start_time=time(16), new_end_time=time(18)),
        ],
        EASTER_MONDAYS,
    ),
    "last Thursday moved across a DST switch": (
        Series(date(2024, 1, 25), time(19), time(21), rrule="FREQ=MONTHLY;BYDAY=-1TH"),
        [Change(date(2024, 3, 28), MOVED, new_date=date(2024, 4, 4), new_start_time=time(18))],
        {},
    ),
    "all-day, one cancelled and one moved": (
        Series(date(2024, 1, 12), all_day=True, duration_days=1, rrule="FREQ=MONTHLY;BYDAY=2FR"),
        [
            Change(date(2024, 2, 9), CANCELLED, note="Winterpause"),
            Change(date(2024, 3, 8), MOVED, new_date=date(2024, 3, 15)),
        ],
        {},
    ),
    "weekly with extra dates, an excluded date and a cancelled extra date": (
        Series(
            date(2024, 1, 2),
            time(16),
            time(17),
            tz="America/New_York",
            rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20250630",
            rdates=(date(2024, 3, 14),),
            exdates=(date(2024, 3, 12),),
        ),
        [Change(date(2024, 3, 14), CANCELLED, note="Snow")],
        {},
    ),
    "one-off cancelled": (
        Series(date(2024, 7, 6), time(14), time(22)),
        [Change(date(2024, 7, 6), CANCELLED, note="Regen")],
        {},
    ),
    "one-off moved": (
        Series(date(2024, 7, 6), time(14), time(22)),
        [Change(date(2024, 7, 6), MOVED, new_date=date(2024, 7, 13))],
        {},
    ),
}


def resolved(series, changes=(), holidays=None):
    return occurrences(series, *WINDOW, changes=changes, holidays=holidays)


def client_view(series, rows):
    """What a client can know: a moved one-off event is just an event at its new time."""
    if series.rrule or series.rdates:
        return rows
    return [(s, e, "scheduled" if status == MOVED else status) for s, e, status in rows]


def entry_for(uid, series, changes=(), holidays=None):
    overrides = tuple(o for o in resolved(series, changes, holidays) if o.status != "scheduled")
    return CalendarEntry(
        uid=uid,
        series=series,
        summary="Café, Kuchen; Gespräche",
        description="Zeile 1\nZeile 2",
        location="Stadtteilladen",
        sequence=3,
        last_modified=datetime(2024, 5, 1, 12, tzinfo=UTC),
        overrides=overrides,
    )


ALL_CASES = {name: (series, [], {}) for name, series in SERIES_CASES.items()} | CHANGED_CASES


@pytest.mark.parametrize("name", ALL_CASES)
def test_client_expansion_equals_core(name):
    series, changes, holidays = ALL_CASES[name]
    ics = to_ics([entry_for("uid-1@example.org", series, changes, holidays)])
    expected = client_view(series, core_rows(resolved(series, changes, holidays)))
    assert expected, "each case must have occurrences in the window"
    assert client_occurrences(ics, *WINDOW) == expected


@pytest.mark.parametrize("name", ALL_CASES)
def test_import_of_our_export_gives_the_same_occurrences(name):
    series, changes, holidays = ALL_CASES[name]
    ics = to_ics([entry_for("uid-1@example.org", series, changes, holidays)])
    result = parse_calendar(ics)
    assert result.problems == []
    (event,) = result.events
    assert event.uid == "uid-1@example.org"
    assert event.sequence == 3
    assert event.last_modified == datetime(2024, 5, 1, 12, tzinfo=UTC)
    again = core_rows(resolved(event.series, event.changes))
    assert again == client_view(series, core_rows(resolved(series, changes, holidays)))


def test_one_file_with_every_case_expands_like_the_core():
    entries, expected = [], []
    for index, (series, changes, holidays) in enumerate(ALL_CASES.values()):
        entries.append(entry_for(f"uid-{index}", series, changes, holidays))
        expected.extend(client_view(series, core_rows(resolved(series, changes, holidays))))
    ics = to_ics(entries)
    assert client_occurrences(ics, *WINDOW) == sorted(
        expected, key=lambda row: (row[0].isoformat(), row[2])
    )


def test_series_shape_timezones_and_escaping():
    series, changes, holidays = CHANGED_CASES[
        "café: cancelled, moved to Tuesday elsewhere, Easter Monday skipped"
    ]
    new_york = SERIES_CASES["New York, Tuesday 9:00 (US DST dates)"]
    ics = to_ics([entry_for("cafe", series, changes, holidays), entry_for("ny", new_york)])
    text = ics.decode()
    assert "SUMMARY:Café\\, Kuchen\\; Gespräche" in text
    assert "DESCRIPTION:Zeile 1\\nZeile 2" in text
    assert "DTSTART;TZID=Europe/Berlin:20240101T150000" in text
    assert "RRULE:FREQ=WEEKLY;BYDAY=MO" in text
    calendar = icalendar.Calendar.from_ical(ics)
    assert {tz.tz_name for tz in calendar.timezones} == {"Europe/Berlin", "America/New_York"}
    assert calendar.get_missing_tzids() == set()
    overrides = [e for e in calendar.walk("VEVENT") if "RECURRENCE-ID" in e and e["UID"] == "cafe"]
    by_day = {e.decoded("RECURRENCE-ID").date(): e for e in overrides}
    assert str(by_day[date(2024, 4, 1)]["STATUS"]) == "CANCELLED"
    assert str(by_day[date(2024, 4, 1)]["COMMENT"]) == "Ostermontag"
    assert str(by_day[date(2024, 1, 15)]["COMMENT"]) == "Krank; leider, sorry"
    assert str(by_day[date(2024, 1, 22)]["LOCATION"]) == "Gemeindesaal"
    assert by_day[date(2024, 1, 22)].decoded("DTSTART").date() == date(2024, 1, 23)
    assert all(int(e["SEQUENCE"]) == 3 for e in calendar.walk("VEVENT"))


def test_all_day_values_are_dates_and_until_matches_dtstart():
    all_day = Series(date(2024, 10, 3), all_day=True, rrule="FREQ=YEARLY;UNTIL=20300101")
    timed = Series(date(2024, 1, 1), time(15), time(16), rrule="FREQ=WEEKLY;UNTIL=20240601")
    text = to_ics([entry_for("a", all_day), entry_for("t", timed)]).decode()
    assert "DTSTART;VALUE=DATE:20241003" in text
    assert "DTEND;VALUE=DATE:20241004" in text
    assert "RRULE:FREQ=YEARLY;UNTIL=20300101" in text
    # The end of 1 June in Berlin (summer time), in UTC as RFC 5545 asks.
    assert "UNTIL=20240601T215959Z" in text


def test_a_utc_until_late_in_the_evening_ends_on_the_local_day():
    """22:30 UTC on 30 June is 1 July in Berlin: the all-day DATE says so, the instant stays."""
    rule = "FREQ=WEEKLY;UNTIL=20270630T223000Z"
    all_day = Series(date(2027, 1, 7), all_day=True, rrule=rule)
    timed = Series(date(2027, 1, 7), time(0, 15), time(1), rrule=rule)
    window = (date(2027, 6, 1), date(2027, 8, 1))
    for series, until in ((all_day, "20270701"), (timed, "20270630T223000Z")):
        ics = to_ics([entry_for("uid", series)])
        assert f"RRULE:FREQ=WEEKLY;UNTIL={until}\r\n" in ics.decode()
        found = occurrences(series, *window)
        assert found[-1].original_date == date(2027, 7, 1)
        assert client_occurrences(ics, *window) == core_rows(found)
