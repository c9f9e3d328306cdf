"""The recurrence core: expand a series into occurrences (no ORM, no Django needed).

One module per step: ``rules`` reads and checks RRULE values, ``series`` holds
the values (series, occurrence, change, closure), ``expansion`` turns a series
into occurrences, ``resolution`` gives each one its status. This package
exports what the rest of the app uses.

A :class:`Series` describes what an editor entered (or what an iCalendar file
holds): the first date, wall-clock times in an IANA time zone, an RFC 5545
RRULE value, extra dates (RDATE) and excluded dates (EXDATE). :func:`expand`
turns it into :class:`Occurrence` objects inside a window; :func:`resolve`
then applies per-date changes, public holidays and closure periods so that
every occurrence carries a status. Listings, the occurrence table, feeds and
the API all use these two functions, so they all show the same dates.

Semantics:

- Rules are expanded with naive local date-times and the zone is attached
  afterwards, so "Monday 15:00 in Europe/Berlin" is 15:00 in winter and in
  summer. A wall-clock time that does not exist (the spring DST gap) moves
  forward by the length of the gap, as RFC 5545 asks; an ambiguous time (the
  autumn fold) means its first instance.
- All-day occurrences have ``datetime.date`` values; their ``end`` is
  exclusive (the day after the last day), as in iCalendar.
- An occurrence belongs to a window ``[start, end)`` when it overlaps it.
- Expansion never walks from an ancient DTSTART: rules without COUNT start
  from a period-aligned date just before the window (see
  :func:`_fast_forward`), so old series cost as much as new ones.
"""

from events.recurrence.expansion import expand, first_occurrence, iter_after, occurs_on
from events.recurrence.resolution import max_move_days, occurrences, resolve
from events.recurrence.rules import (
    WEEKDAY_CODES,
    InvalidRule,
    NeverOccurs,
    RecurrenceError,
    Rule,
    UnsupportedFrequency,
)
from events.recurrence.series import (
    CANCELLED,
    EXCLUDED,
    MOVED,
    REASON_CHANGE,
    REASON_CLOSURE,
    REASON_HOLIDAY,
    SCHEDULED,
    STATUSES,
    Change,
    Closure,
    InvalidSeries,
    Occurrence,
    Series,
    localize,
)

__all__ = [
    "CANCELLED",
    "EXCLUDED",
    "MOVED",
    "REASON_CHANGE",
    "REASON_CLOSURE",
    "REASON_HOLIDAY",
    "SCHEDULED",
    "STATUSES",
    "WEEKDAY_CODES",
    "Change",
    "Closure",
    "InvalidRule",
    "InvalidSeries",
    "NeverOccurs",
    "Occurrence",
    "RecurrenceError",
    "Rule",
    "Series",
    "UnsupportedFrequency",
    "expand",
    "first_occurrence",
    "iter_after",
    "localize",
    "max_move_days",
    "occurrences",
    "occurs_on",
    "resolve",
]
