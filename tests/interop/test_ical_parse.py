"""Reading .ics files: RFC 5545 series of every kind, and one clear line per problem."""

from datetime import date

import pytest
from django.utils import translation

from events.ical.parse import parse_calendar
from events.recurrence import CANCELLED, MOVED, occurrences
from tests.ical_files import FILES, client_occurrences, core_rows


@pytest.fixture(autouse=True)
def english():
    """The messages are checked in English; editors see them in their language."""
    with translation.override("en"):
        yield


WINDOW = (date(2024, 1, 1), date(2025, 12, 31))


def read(name):
    return (FILES / name).read_bytes()


def test_every_series_expands_like_recurring_ical_events_does():
    data = read("rfc_series.ics")
    result = parse_calendar(data)
    assert result.problems == []
    assert len(result.events) == 8
    ours = []
    for event in result.events:
        ours.extend(core_rows(occurrences(event.series, *WINDOW, changes=event.changes)))
    expected = client_occurrences(data, *WINDOW)
    assert sorted(ours, key=lambda row: (row[0].isoformat(), row[2])) == expected
    assert {status for _s, _e, status in expected} == {"scheduled", CANCELLED, MOVED}


def test_fields_overrides_and_zones_are_read():
    events = {event.uid: event for event in parse_calendar(read("rfc_series.ics")).events}
    cafe = events["erzaehlcafe-2024@prohlis.example"]
    assert cafe.summary == "Erzählcafé, mit Kuchen"
    assert cafe.location == "Stadtteilladen, Prohliser Allee 10"
    assert cafe.description.endswith("\nAlle sind willkommen.")
    assert cafe.categories == ("Café", "Begegnung")
    assert cafe.sequence == 4
    assert cafe.series.tz == "Europe/Berlin"
    assert cafe.series.rrule == "FREQ=WEEKLY;BYDAY=MO"
    changes = {change.original_date: change for change in cafe.changes}
    assert changes[date(2024, 2, 5)].action == CANCELLED
    assert changes[date(2024, 2, 5)].note == "Der Raum wird renoviert."
    moved = changes[date(2024, 3, 11)]
    assert (moved.action, moved.new_date, moved.location) == (
        MOVED,
        date(2024, 3, 12),
        "Bibliothek Prohlis",
    )
    assert events["partnerstadt@prohlis.example"].series.tz == "America/New_York"
    assert events["sommerfest-2024@prohlis.example"].series.tz == "UTC"
    meeting = events["netzwerktreffen@prohlis.example"].series
    assert (meeting.start_time.hour, meeting.end_time.hour) == (18, 20)
    flea = events["flohmarkt@prohlis.example"].series
    assert flea.all_day and flea.duration_days == 1


def test_a_bad_file_gives_one_line_per_problem_with_the_uid():
    result = parse_calendar(read("bad_events.ics"))
    lines = [str(problem) for problem in result.problems]
    assert len(lines) == 4, lines
    by_uid = {problem.uid: problem.message for problem in result.problems}
    assert "DTSTART" in by_uid["ohne-start@example.org"]
    assert "more often than daily" in by_uid["stuendlich@example.org"]
    assert "Mars/Olympus_Mons" in by_uid["mars@example.org"]
    assert "XY" in by_uid["kaputte-regel@example.org"]
    assert "gut@example.org" not in by_uid
    assert lines[0].startswith("ohne-start@example.org: ")


@pytest.mark.parametrize(
    "data",
    [b"", b"Das ist keine Kalenderdatei.\nNur Text.\n", b"\x89PNG\r\n\x1a\n\x00\x00"],
)
def test_not_icalendar(data):
    result = parse_calendar(data)
    assert not result.ok
    assert len(result.problems) == 1
    assert "iCalendar" in result.problems[0].message or "VEVENT" in result.problems[0].message


def test_not_a_calendar_file_on_disk():
    (problem,) = parse_calendar(read("not_a_calendar.ics")).problems
    assert "not an iCalendar file" in problem.message


def test_override_for_a_date_that_is_not_in_the_series_is_a_problem():
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20240101T000000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20240101T100000\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20240101T000000Z\r\n"
        "RECURRENCE-ID;TZID=Europe/Berlin:20240102T100000\r\n"
        "DTSTART;TZID=Europe/Berlin:20240103T100000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:lonely\r\nDTSTAMP:20240101T000000Z\r\n"
        "RECURRENCE-ID;TZID=Europe/Berlin:20240102T100000\r\n"
        "DTSTART;TZID=Europe/Berlin:20240103T100000\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    result = parse_calendar(data)
    assert [problem.uid for problem in result.problems] == ["a"]
    assert "2024-01-02" in result.problems[0].message
    assert [problem.uid for problem in result.skipped] == ["lonely"]


@pytest.mark.parametrize(
    "rule, message",
    [
        ("FREQ=WEEKLY;COUNT=\u00b2", "COUNT must be a whole number"),  # "²".isdigit() is true
        ("FREQ=MONTHLY;BYDAY=\u0662TU", "BYDAY value"),  # Arabic-Indic two
        ("FREQ=WEEKLY;UNTIL=2024-06-30", "UNTIL"),
        ("FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30", "No chosen month"),
    ],
)
def test_a_rule_the_core_refuses_is_one_problem(rule, message):
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20240101T000000Z\r\n"
        f"DTSTART;TZID=Europe/Berlin:20240101T100000\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    (problem,) = parse_calendar(data.encode()).problems
    assert problem.uid == "a"
    assert "The repetition rule cannot be used" in problem.message
    assert message in problem.message
