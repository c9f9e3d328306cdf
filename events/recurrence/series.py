"""A series and its dates as values: what the editor entered, one occurrence, a change
to one date, a closure period; wall-clock times attached to a zone."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from events import conf
from events.recurrence.rules import (
    RecurrenceError,
    Rule,
)

SCHEDULED = "scheduled"
CANCELLED = "cancelled"
MOVED = "moved"
#: An editor's or an import's EXDATE: the date is dropped from the series.
EXCLUDED = "excluded"
STATUSES = (SCHEDULED, CANCELLED, MOVED)

#: Why an occurrence is not plainly scheduled.
REASON_HOLIDAY = "holiday"
REASON_CLOSURE = "closure"
REASON_CHANGE = "change"


class InvalidSeries(RecurrenceError):
    """Dates, times or time zone of a series do not fit together."""


@dataclass(frozen=True)
class Series:
    """One event's schedule, as plain values.

    ``rdates`` and ``exdates`` hold dates (at the series' start time) or naive
    local date-times. ``duration_days`` is how many days later than it starts
    an occurrence ends (0 for a single day).
    """

    dtstart: date
    start_time: time | None = None
    end_time: time | None = None
    all_day: bool = False
    duration_days: int = 0
    tz: str = field(default_factory=conf.time_zone)
    rrule: str = ""
    rdates: tuple = ()
    exdates: tuple = ()

    def __post_init__(self):
        try:
            ZoneInfo(self.tz)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            raise InvalidSeries(f"Unknown time zone {self.tz!r}.") from None
        if self.duration_days < 0:
            raise InvalidSeries("An occurrence cannot end before it starts.")
        if not self.all_day:
            if self.start_time is None:
                raise InvalidSeries("A start time is needed unless the event lasts all day.")
            if (
                self.end_time is not None
                and self.duration_days == 0
                and self.end_time < self.start_time
            ):
                raise InvalidSeries("The end time is before the start time.")
        Rule.parse(self.rrule)  # raises for bad rules

    @property
    def zone(self):
        return ZoneInfo(self.tz)

    @property
    def rule(self):
        """The parsed :class:`~events.recurrence.rules.Rule`, or None for a one-off event."""
        return Rule.parse(self.rrule)

    @property
    def is_recurring(self):
        return self.rule is not None

    def local_start(self, day):
        """The naive local start of an occurrence on ``day``."""
        return datetime.combine(day, time.min if self.all_day else self.start_time)

    @property
    def duration(self):
        """Wall-clock length of an occurrence (all-day: whole days)."""
        if self.all_day:
            return timedelta(days=self.duration_days + 1)
        end_time = self.end_time or self.start_time
        start = datetime.combine(self.dtstart, self.start_time)
        end = datetime.combine(self.dtstart + timedelta(days=self.duration_days), end_time)
        return end - start

    @property
    def first_end(self):
        """The end of the first occurrence: the day after for all-day series (ends are
        exclusive), the naive local end for timed ones, ``None`` without an end time."""
        if self.all_day:
            return self.dtstart + self.duration
        if self.end_time is None and not self.duration_days:
            return None
        return self.local_start(self.dtstart) + self.duration


@dataclass(frozen=True)
class Occurrence:
    """One date of a series.

    ``start``/``end`` are aware date-times in the series' zone, or dates for
    all-day events (``end`` exclusive). ``original_start`` is where the rule
    put it (differs from ``start`` only when moved). ``location`` is whatever
    the caller passes with a move (e.g. a Location id).
    """

    start: datetime | date
    end: datetime | date
    original_start: datetime | date
    is_extra: bool = False
    status: str = SCHEDULED
    reason: str = ""
    note: str = ""
    location: object = None

    @property
    def all_day(self):
        return not isinstance(self.start, datetime)

    @property
    def original_date(self):
        value = self.original_start
        return value.date() if isinstance(value, datetime) else value


@dataclass(frozen=True)
class Change:
    """What an editor changed for the occurrence originally on ``original_date``.

    ``action`` is ``"cancelled"``, ``"moved"`` or ``"note"``. A move may
    change the date, the times and the location; unset values stay as they were.
    """

    original_date: date
    action: str
    note: str = ""
    new_date: date | None = None
    new_start_time: time | None = None
    new_end_time: time | None = None
    location: object = None


@dataclass(frozen=True)
class Closure:
    """A period (both days included) in which the event does not take place."""

    start: date
    end: date
    name: str = ""


def localize(naive, zone):
    """Attach ``zone`` to a wall-clock time, moving times in a DST gap forward."""
    aware = naive.replace(tzinfo=zone, fold=0)
    # A time in the gap does not survive the round trip through UTC; the
    # result is the same instant expressed in valid local time.
    return aware.astimezone(UTC).astimezone(zone)
