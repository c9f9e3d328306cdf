"""What an import accepts: dates within the schedule's years, SEQUENCE, counts (no ORM).

Each function returns the message for a value beyond its bound, or None.
The parser turns them into problems naming the event; nothing is written
then. Raw values are checked before any arithmetic (a time zone or a
DURATION cannot overflow a date then), the series' own dates exactly.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.utils.translation import gettext as _

from events.schedule import EARLIEST_DATE, LATEST_DATE

#: The largest SEQUENCE stored (a PostgreSQL integer).
MAX_SEQUENCE = 2**31 - 1


def day(value):
    return value.date() if isinstance(value, datetime) else value


def date_error(name, value, *, slack=0):
    """The message when ``value`` (a date or date-time) lies outside the supported years.

    ``slack`` days either side let a raw value through that a time zone or
    an exclusive end moves back into the range.
    """
    margin = timedelta(days=slack)
    if EARLIEST_DATE - margin <= day(value) <= LATEST_DATE + margin:
        return None
    return _(
        "%(name)s %(value)s is outside the years %(first)d to %(last)d that the calendar "
        "supports; correct the date in your calendar program."
    ) % {
        "name": name,
        "value": day(value).isoformat(),
        "first": EARLIEST_DATE.year,
        "last": LATEST_DATE.year,
    }


def series_error(series):
    """The message for the first date of ``series`` outside the supported years, or None."""
    checks = [("DTSTART", series.dtstart, 0)]
    if series.duration_days:
        checks.append(("DTEND", series.dtstart + timedelta(days=series.duration_days), 0))
    checks += [("RDATE", value, 0) for value in series.rdates]
    checks += [("EXDATE", value, 0) for value in series.exdates]
    rule = series.rule
    if rule is not None and rule.until is not None:
        checks.append(("UNTIL", rule.until, 1))  # raw, before converting it
        checks.append(("UNTIL", rule.until_local_date(series.zone), 0))
    for name, value, slack in checks:
        message = date_error(name, value, slack=slack)
        if message:
            return message
    return None


def sequence_message():
    return _(
        "The version number (SEQUENCE) must be a whole number from 0 to %(max)d; export the "
        "calendar again."
    ) % {"max": MAX_SEQUENCE}


def sequence_error(sequence):
    if 0 <= sequence <= MAX_SEQUENCE:
        return None
    return sequence_message()


def events_error(count, max_events):
    """The message for a file with more than ``max_events`` VEVENTs, or None."""
    if max_events is None or count <= max_events:
        return None
    return _(
        "The file contains %(count)d events (VEVENT, changed dates included), but at most "
        "%(max)d can be imported at once; split the file and import the parts one by one."
    ) % {"count": count, "max": max_events}


def dates_error(event, max_dates):
    """The message for a series with more RDATE, EXDATE and changed dates than allowed."""
    count = len(event.series.rdates) + len(event.series.exdates) + len(event.changes)
    if max_dates is None or count <= max_dates:
        return None
    return _(
        "The event has %(count)d additional, removed and changed dates, but at most %(max)d "
        "can be imported for one event; split the series into several events."
    ) % {"count": count, "max": max_dates}
