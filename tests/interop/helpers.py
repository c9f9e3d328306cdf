"""Expand iCalendar text the way calendar clients do, for comparisons with our core."""

from datetime import UTC, datetime
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from django.core.management import call_command
from django.utils import translation

from events.recurrence import CANCELLED, MOVED, SCHEDULED

#: "Today" for the import tests: the test files' events lie around it, so the
#: table's window holds their overrides, EXDATE, RDATE and the COUNT and UNTIL ends.
#: The iCalendar files the tests import.
FILES = Path(__file__).parent / "files"

FILE_TODAY = datetime(2024, 3, 1, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def instant(value):
    """UTC for date-times; dates (all-day) stay dates."""
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return value


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


def core_rows(occurrences):
    rows = [(instant(o.start), instant(o.end), o.status) for o in occurrences]
    return sorted(rows, key=_sort_key)


def _sort_key(row):
    value = row[0]
    return (value.isoformat() if isinstance(value, datetime) else value.isoformat(), row[2])


def run_import(*args):
    """Run ``import_ics`` in English (the summary is translated for German admins): (out, err)."""
    out, err = StringIO(), StringIO()
    with translation.override("en"):
        call_command("import_ics", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()
