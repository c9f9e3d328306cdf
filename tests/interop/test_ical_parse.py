"""Reading .ics files: RFC 5545 series of every kind, and one clear line per problem."""

from datetime import date

import pytest
from django.utils import translation
from django.utils.formats import date_format

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


def test_a_bad_file_gives_one_line_per_problem_naming_the_event():
    result = parse_calendar(read("bad_events.ics"))
    lines = [str(problem) for problem in result.problems]
    assert len(lines) == 4, lines
    by_uid = {problem.uid: problem.message for problem in result.problems}
    assert "DTSTART" in by_uid["ohne-start@example.org"]
    assert "more often than daily" in by_uid["stuendlich@example.org"]
    assert "Mars/Olympus_Mons" in by_uid["mars@example.org"]
    assert "XY" in by_uid["kaputte-regel@example.org"]
    assert "gut@example.org" not in by_uid
    # Each line names the event by its title and says what to fix.
    assert lines[0].startswith("“Kein Beginn”: The event has no start (DTSTART); ")
    assert any(line.startswith("“Jede Stunde”: ") for line in lines)
    assert all(line.count("; ") >= 1 and "\n" not in line for line in lines)


def one_sentence(result):
    """The only problem of ``result``: for the whole file, one line, no parser words."""
    (problem,) = result.problems
    line = str(problem)
    assert line.startswith("File: ")
    assert "\n" not in line and line.endswith(".")
    for internal in ("Content line", "parsed into parts", "Traceback", "Error", "b'"):
        assert internal not in line
    return problem.message


@pytest.mark.parametrize(
    ("data", "start"),
    [
        (b"", "The file is empty"),
        (b"   \r\n", "The file is empty"),
        (b"Das ist keine Kalenderdatei.\nNur Text.\n", "This is not a calendar file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00\x01", "This is not a calendar file"),
        (bytes(range(256)) * 4, "This is not a calendar file"),
        (b"PK\x03\x04\x14\x00\x06\x00", "This is not a calendar file"),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Café\r\n".encode("latin-1"),
            "The file is not saved in the UTF-8 encoding",
        ),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "The file contains no events"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\n",
            "The file is incomplete",
        ),
    ],
    ids=["empty", "blank", "text", "png", "bytes", "zip", "latin-1", "no-events", "cut-off"],
)
def test_a_file_that_is_no_calendar_gives_one_sentence(data, start):
    assert one_sentence(parse_calendar(data)).startswith(start)


def test_not_a_calendar_file_on_disk():
    message = one_sentence(parse_calendar(read("not_a_calendar.ics")))
    assert message.startswith("This is not a calendar file (iCalendar, .ics); export")


def test_a_line_the_parser_cannot_split_is_named_by_its_number_not_the_parsers_words():
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        "this line is not iCalendar\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20240101T100000Z\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    message = one_sentence(parse_calendar(data.encode()))
    assert message.startswith("Line 4 of the file cannot be read; ")


def test_utf16_files_are_read():
    data = read("sync_series.ics").decode()
    for encoded in (data.encode("utf-16"), data.encode("utf-16-le")):
        result = parse_calendar(encoded)
        assert result.problems == []
        assert {event.summary for event in result.events} == {"Kaffeeklatsch", "Hoffest"}


def test_control_and_bidi_characters_from_the_file_never_reach_a_message():
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        "BEGIN:VEVENT\r\nUID:a\u202e\x07b\r\n"
        "SUMMARY:\u202eFest\u2066 im \x1b[31mHof\u200f\r\n"
        "DTSTART;TZID=Mars/\u202eOlymp:20240101T100000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:\u202e\x07\r\nSUMMARY:" + "Lang " * 200 + "\r\n"
        "DTSTART;VALUE=DATE:00010101\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    lines = [str(problem) for problem in parse_calendar(data.encode()).problems]
    assert len(lines) == 2, lines
    for line in lines:
        assert all(char.isprintable() for char in line), repr(line)
        assert not set(line) & {"\u202e", "\u2066", "\u200f", "\x1b", "\x07", "\x08"}
    assert lines[0].startswith("“Fest im [31mHof”: The time zone Mars/Olymp is unknown; ")
    title, _sep, _message = lines[1].partition("”: ")
    assert title.startswith("“Lang Lang") and title.endswith("…") and len(title) <= 81


def test_events_without_uid_are_a_problem_unless_the_file_needs_none():
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        "BEGIN:VEVENT\r\nSUMMARY:Winterferien\r\nDTSTART;VALUE=DATE:20270208\r\n"
        "DTEND;VALUE=DATE:20270220\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nSUMMARY:Osterferien\r\nDTSTART;VALUE=DATE:20270326\r\n"
        "DTEND;VALUE=DATE:20270403\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    lines = [str(problem) for problem in parse_calendar(data).problems]
    assert lines == [
        f"“{title}”: The event has no UID (its unique identifier); export the calendar again "
        "from your calendar program, which gives every event one."
        for title in ("Winterferien", "Osterferien")
    ]
    result = parse_calendar(data, require_uid=False)
    assert result.problems == []
    assert [(event.uid, event.summary) for event in result.events] == [
        ("", "Winterferien"),
        ("", "Osterferien"),
    ]


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
    assert result.problems[0].message.startswith(
        f"A changed date (RECURRENCE-ID {date_format(date(2024, 1, 2), 'DATE_FORMAT')}) is not "
        "a date of the series; "
    )
    assert [problem.uid for problem in result.skipped] == ["lonely"]


@pytest.mark.parametrize(
    "rule, message",
    [
        ("FREQ=WEEKLY;COUNT=\u00b2", "COUNT must be a whole number"),  # "²".isdigit() is true
        ("FREQ=MONTHLY;BYDAY=\u0662TU", "BYDAY value"),  # Arabic-Indic two
        ("FREQ=WEEKLY;UNTIL=2024-06-30", "is not a date (YYYYMMDD)"),
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
    # The rule as the file has it; the core's own (English-only) words stay out.
    shown_rule = problem.message.removeprefix("The repetition rule (RRULE ").partition(")")[0]
    assert set(shown_rule.split(";")) == set(rule.split(";"))
    assert problem.message.endswith(
        ") cannot be read; set the repetition again in your calendar program and export the "
        "file again."
    )
    assert message not in problem.message
