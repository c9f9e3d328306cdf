"""School holidays from an iCalendar file: named periods of whole days (no ORM).

German states (and sites such as the school ministries') publish school
holidays as all-day events: ``SUMMARY`` "Winterferien Sachsen 2027",
``DTSTART;VALUE=DATE:20270208``, ``DTEND;VALUE=DATE:20270220`` – the end is
the day *after* the last one. Their UIDs are missing or new on every
download, so they identify nothing: :func:`read_closures` reads the file
with :func:`events.ical.parse.parse_calendar` (``require_uid=False``) and
gives each entry as a :class:`Period` with its first and last day (both
inclusive, as :class:`events.models.ClosurePeriod` keeps them).

An entry with a time of day or a repetition is a problem (a period is one
stretch of whole days); an entry without a title too. A cancelled entry, or
one with the same days as an entry before it, is left out and listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from events.ical import text
from events.ical.parse import parse_calendar
from events.ical.problems import Problem, shown
from events.recurrence import CANCELLED

#: ``ClosurePeriod.name`` holds at most this many characters.
NAME_LENGTH = 120


@dataclass(frozen=True)
class Period:
    """A closure period read from a file: its name, first and last day (inclusive)."""

    name: str
    first: date
    last: date


@dataclass
class ClosureReading:
    """The periods of a file, sorted by their days; the problems that stop the import;
    the entries left out on purpose (a :class:`Problem` each)."""

    periods: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    skipped: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.problems


def days_text(first, last):
    """ "8 February 2027 – 19 February 2027" in the active language (one day: that day)."""
    if first == last:
        return date_format(first, "DATE_FORMAT")
    return f"{date_format(first, 'DATE_FORMAT')} – {date_format(last, 'DATE_FORMAT')}"


def _cancelled(event):
    """Whether the whole entry is cancelled (the parser keeps a cancelled one-off entry as
    its one date, cancelled)."""
    if event.cancelled:
        return True
    series = event.series
    return (
        not series.rrule
        and not series.rdates
        and [(change.original_date, change.action) for change in event.changes]
        == [(series.dtstart, CANCELLED)]
    )


def _entry_problem(event):
    """Why ``event`` cannot be a closure period, or ""."""
    series = event.series
    if not series.all_day:
        return _(
            "The entry has a time of day, but a closure period consists of whole days; make "
            "it an all-day event in your calendar program."
        )
    if series.rrule or series.rdates or series.exdates or (event.changes and not _cancelled(event)):
        return _(
            "The entry repeats (RRULE, RDATE, EXDATE or changed dates); enter each holiday "
            "once, as an all-day event from its first to its last day."
        )
    return ""


def read_closures(data, *, max_events=None):
    """The closure periods in iCalendar ``data`` (bytes or str), as a :class:`ClosureReading`."""
    result = parse_calendar(data, max_events=max_events, require_uid=False)
    reading = ClosureReading(problems=list(result.problems), skipped=list(result.skipped))
    if result.problems and not result.events:
        return reading
    seen = {}
    for event in result.events:
        message = _entry_problem(event)
        if message:
            reading.problems.append(Problem(event.uid, message, event.summary))
            continue
        first = event.series.dtstart
        last = first + timedelta(days=event.series.duration_days)
        name = text.one_line(event.summary, NAME_LENGTH)
        if not name:
            reading.problems.append(
                Problem(
                    event.uid,
                    _(
                        "The entry for %(days)s has no title (SUMMARY); give it a name such as "
                        "“Winterferien 2027” in your calendar program."
                    )
                    % {"days": days_text(first, last)},
                )
            )
            continue
        if _cancelled(event):
            reading.skipped.append(
                Problem(
                    event.uid,
                    _("The entry is cancelled (STATUS:CANCELLED) and is left out."),
                    event.summary,
                )
            )
            continue
        if (first, last) in seen:
            reading.skipped.append(
                Problem(
                    event.uid,
                    _("The file has these days twice; only “%(name)s” is used.")
                    % {"name": shown(seen[first, last])},
                    event.summary,
                )
            )
            continue
        seen[first, last] = name
        reading.periods.append(Period(name, first, last))
    reading.periods.sort(key=lambda period: (period.first, period.last, period.name))
    return reading
