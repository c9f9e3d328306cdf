"""iCalendar files for the tests: the ones they import, text built from a ``Series``,
and the occurrences calendar clients (recurring-ical-events) read from them."""

from datetime import UTC, date, datetime, time
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from django.core.management import call_command
from django.utils import translation

from events.recurrence import CANCELLED, MOVED, SCHEDULED

#: The iCalendar files the import tests read.
FILES = Path(__file__).parent / "interop" / "files"

#: "Today" for the import tests: the test files' events lie around it, so the
#: table's window holds their overrides, EXDATE, RDATE and the COUNT and UNTIL ends.
FILE_TODAY = datetime(2024, 3, 1, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def instant(value):
    """UTC for date-times; dates (all-day) stay dates."""
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return value


# -- building iCalendar text from a Series --------------------------------------------


def _value(series, value):
    if series.all_day:
        return f";VALUE=DATE:{value:%Y%m%d}"
    if isinstance(value, date) and not isinstance(value, datetime):
        value = datetime.combine(value, series.start_time)
    return f";TZID={series.tz}:{value:%Y%m%dT%H%M%S}"


def vevent_lines(series, uid="event"):
    """The lines of one VEVENT for ``series`` (DTSTART, DTEND, RRULE, RDATE, EXDATE)."""
    start = series.dtstart
    lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z"]
    lines.append("DTSTART" + _value(series, datetime.combine(start, series.start_time or time())))
    if series.all_day:
        lines[-1] = "DTSTART" + _value(series, start)
    end = series.duration + datetime.combine(
        start, time.min if series.all_day else series.start_time
    )
    lines.append("DTEND" + _value(series, end.date() if series.all_day else end))
    if series.rrule:
        lines.append("RRULE:" + series.rrule)
    for value in series.rdates:
        lines.append("RDATE" + _value(series, value))
    for value in series.exdates:
        lines.append("EXDATE" + _value(series, value))
    lines.append("END:VEVENT")
    return lines


def calendar_text(series_list):
    """A VCALENDAR with one VEVENT per series."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Quartiersnetz tests//EN"]
    for index, series in enumerate(series_list):
        lines.extend(vevent_lines(series, uid=f"event-{index}"))
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


# -- reading iCalendar text the way calendar clients do -------------------------------


def client_occurrences(ics, start, end):
    """``(start, end, status)`` per occurrence, as recurring-ical-events expands ``ics``.

    ``status`` is "cancelled" for STATUS:CANCELLED, "moved" when an override
    changed the time or place, otherwise "scheduled".
    """
    calendar = icalendar.Calendar.from_ical(ics)
    places = {
        str(master["UID"]): str(master.get("LOCATION", ""))
        for master in calendar.walk("VEVENT")
        if "RECURRENCE-ID" not in master
    }
    found = []
    for event in recurring_ical_events.of(calendar).between(start, end):
        begin = event.decoded("DTSTART")
        finish = event.decoded("DTEND") if "DTEND" in event else begin
        if str(event.get("STATUS", "")).upper() == CANCELLED.upper():
            status = CANCELLED
        elif "RECURRENCE-ID" in event and (
            event.decoded("RECURRENCE-ID") != begin
            or str(event.get("LOCATION", "")) != places.get(str(event["UID"]), "")
        ):
            status = MOVED
        else:
            status = SCHEDULED
        found.append((instant(begin), instant(finish), status))
    return sorted(found, key=_sort_key)


def client_starts(series, start, end):
    """Start instants (UTC date-times, or dates for all-day) that recurring-ical-events
    finds in ``series`` written out as iCalendar."""
    return sorted(row[0] for row in client_occurrences(calendar_text([series]), start, end))


def core_rows(occurrences):
    """Our occurrences as ``(start, end, status)`` rows, sorted like ``client_occurrences``."""
    rows = [(instant(o.start), instant(o.end), o.status) for o in occurrences]
    return sorted(rows, key=_sort_key)


def _sort_key(row):
    return (row[0].isoformat(), row[2])


# -- importing files ------------------------------------------------------------------


def run_import(*args):
    """Run ``import_ics`` in English (the summary is translated for German admins): (out, err)."""
    out, err = StringIO(), StringIO()
    with translation.override("en"):
        call_command("import_ics", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()
