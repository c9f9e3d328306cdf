"""One RRULE value, parsed once: :class:`Rule` (no ORM, no Django needed).

``Rule.parse("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270630")`` reads an RFC 5545
RRULE value into an immutable, hashable value object with typed parts
(``by_day == ((0, "MO"),)``, ``until == date(2027, 6, 30)``), refusing
everything the recurrence core cannot expand with one clear message.
``str(rule)`` writes the canonical value back; :meth:`Rule.to_vrecur` and
:meth:`Rule.to_dateutil` hand it to ``icalendar`` and ``dateutil``. Schedule
texts, JSON-LD, iCalendar export and import all read the parts from here
instead of slicing strings.

UNTIL keeps the form it was given in: a date, a UTC date-time (aware) or a
floating date-time (naive). :meth:`Rule.until_local` and
:meth:`Rule.until_local_date` turn it into wall-clock time in the series'
zone: ``UNTIL=20270630T223000Z`` is already 1 July in Europe/Berlin.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache

from dateutil import rrule as du_rrule
from icalendar import vRecur

from events.recurrence.rule_parts import (
    DATEUTIL_FREQUENCIES,
    FREQUENCIES,
    NUMBER_LISTS,
    WEEKDAY_CODES,
    InvalidRule,
    NeverOccurs,
    RecurrenceError,
    UnsupportedFrequency,
    check_rule,
    dateutil_weekday,
    day_pair,
    normal_until,
    parse_parts,
    until_text,
    weekday_text,
)


@dataclass(frozen=True, slots=True)
class Rule:
    """An RRULE value with typed parts; constructing one validates it.

    ``by_day`` holds ``(ordinal, weekday code)`` pairs, ordinal 0 for "every
    such weekday"; the other ``by_*`` parts hold integers. ``interval`` is 1
    unless the rule says otherwise (``INTERVAL=1`` and no INTERVAL are the
    same rule). Lists and BYDAY strings such as ``"2TU"`` are accepted and
    stored as tuples of pairs.
    """

    freq: str
    interval: int = 1
    count: int | None = None
    until: date | datetime | None = None
    by_day: tuple[tuple[int, str], ...] = ()
    by_month_day: tuple[int, ...] = ()
    by_month: tuple[int, ...] = ()
    by_year_day: tuple[int, ...] = ()
    by_week_no: tuple[int, ...] = ()
    by_set_pos: tuple[int, ...] = ()
    wkst: str | None = None

    def __post_init__(self):
        for name in ("by_month_day", "by_month", "by_year_day", "by_week_no", "by_set_pos"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(self, "by_day", tuple(day_pair(item) for item in self.by_day))
        object.__setattr__(self, "until", normal_until(self.until))
        check_rule(self)

    # -- reading and writing -------------------------------------------------

    @classmethod
    def parse(cls, value):
        """The Rule for an RRULE value, or None for an empty one (a one-off event).

        Accepts an optional ``RRULE:`` prefix and any case, or an icalendar
        ``vRecur``. Raises :class:`InvalidRule` (or :class:`NeverOccurs`) for
        malformed or impossible rules and :class:`UnsupportedFrequency` for
        anything repeating more often than daily. Results are cached: a Rule
        is immutable.
        """
        if value is None or isinstance(value, Rule):
            return value
        if isinstance(value, vRecur):
            value = value.to_ical().decode()
        return _parse(str(value))

    def to_text(self):
        """The canonical RRULE value (without ``RRULE:``), e.g. ``"FREQ=WEEKLY;BYDAY=MO"``."""
        return ";".join(f"{name}={text}" for name, text in self._items())

    __str__ = to_text

    def to_vrecur(self):
        """The rule as ``icalendar``'s ``vRecur`` (for an RRULE property)."""
        return vRecur.from_ical(self.to_text())

    def to_dateutil(self, dtstart, zone):
        """A ``dateutil.rrule.rrule`` from the naive local ``dtstart``.

        UNTIL becomes naive wall-clock time in ``zone`` (see :meth:`until_local`).
        """
        until = self.until_local(zone)
        return du_rrule.rrule(
            DATEUTIL_FREQUENCIES[self.freq],
            dtstart=dtstart,
            interval=self.interval,
            wkst=WEEKDAY_CODES.index(self.wkst) if self.wkst else None,
            count=self.count,
            until=until.replace(microsecond=0) if until is not None else None,
            bysetpos=self.by_set_pos or None,
            bymonth=self.by_month or None,
            bymonthday=self.by_month_day or None,
            byyearday=self.by_year_day or None,
            byweekno=self.by_week_no or None,
            byweekday=[dateutil_weekday(n, code) for n, code in self.by_day] or None,
            cache=False,
        )

    def replace(self, **changes):
        """A copy with some attributes changed (validated like a new rule)."""
        return dataclasses.replace(self, **changes)

    # -- questions -----------------------------------------------------------

    @property
    def parts(self):
        """The names of the parts the canonical value holds (``{"FREQ", "BYDAY"}``)."""
        return frozenset(name for name, _text in self._items())

    @property
    def weekday_codes(self):
        """The BYDAY weekday codes without ordinals, in the rule's order."""
        return tuple(code for _n, code in self.by_day)

    @property
    def ordinals(self):
        """The BYDAY ordinals (0 for a plain weekday), in the rule's order."""
        return tuple(n for n, _code in self.by_day)

    def until_local(self, zone):
        """UNTIL as naive wall-clock time in ``zone``, or None without UNTIL.

        A DATE means up to the end of that day; a UTC date-time is converted
        to ``zone``; a floating date-time already is wall-clock time.
        """
        until = self.until
        if until is None:
            return None
        if not isinstance(until, datetime):
            return datetime.combine(until, time.max)
        if until.tzinfo is not None:
            return until.astimezone(zone).replace(tzinfo=None)
        return until

    def until_local_date(self, zone):
        """The last local day in ``zone`` on which the rule may produce a date, or None."""
        until = self.until_local(zone)
        return until.date() if until is not None else None

    def _items(self):
        yield "FREQ", self.freq
        if self.interval != 1:
            yield "INTERVAL", str(self.interval)
        if self.by_day:
            yield "BYDAY", ",".join(weekday_text(n, code) for n, code in self.by_day)
        for name in ("BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS"):
            values = getattr(self, NUMBER_LISTS[name][0])
            if values:
                yield name, ",".join(str(v) for v in values)
        if self.wkst:
            yield "WKST", self.wkst
        if self.count is not None:
            yield "COUNT", str(self.count)
        if self.until is not None:
            yield "UNTIL", until_text(self.until)


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _parse(value):
    values = parse_parts(value)
    return None if values is None else Rule(**values)


__all__ = [
    "FREQUENCIES",
    "WEEKDAY_CODES",
    "InvalidRule",
    "NeverOccurs",
    "RecurrenceError",
    "Rule",
    "UnsupportedFrequency",
    "weekday_text",
]
