"""The recurrence core: expand a series into occurrences (no ORM, no Django needed).

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

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rruleset

from events.rules import (
    WEEKDAY_CODES,
    InvalidRule,
    NeverOccurs,
    RecurrenceError,
    Rule,
    UnsupportedFrequency,
)

DEFAULT_MAX_OCCURRENCES = 5000

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


def max_occurrences_setting():
    """``EVENTS_MAX_OCCURRENCES`` when Django is configured, else the default."""
    try:
        from django.conf import settings

        return int(getattr(settings, "EVENTS_MAX_OCCURRENCES", DEFAULT_MAX_OCCURRENCES))
    except Exception:  # Django missing or not configured: the core stays usable
        return DEFAULT_MAX_OCCURRENCES


# ---------------------------------------------------------------------------
# Rules (parsed by events.rules)
# ---------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _explicit_defaults(rule, dtstart):
    """Write out what dateutil would derive from DTSTART, so DTSTART can move.

    Without any BYxxx part, WEEKLY repeats on DTSTART's weekday, MONTHLY on
    its day of the month and YEARLY on its month and day. Made explicit, the
    rule means the same for every DTSTART we shift it to. Raises
    :class:`NeverOccurs` when DTSTART's day is in none of the rule's months.
    Cached: both arguments are immutable and a series expands many times.
    """
    if rule.by_day or rule.by_month_day or rule.by_year_day or rule.by_week_no:
        return rule
    if rule.freq == "WEEKLY":
        return rule.replace(by_day=((0, WEEKDAY_CODES[dtstart.weekday()]),))
    if rule.freq == "MONTHLY":
        return rule.replace(by_month_day=(dtstart.day,))
    if rule.freq == "YEARLY":
        return rule.replace(by_month=rule.by_month or (dtstart.month,), by_month_day=(dtstart.day,))
    return rule


# ---------------------------------------------------------------------------
# Series and occurrences
# ---------------------------------------------------------------------------


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
    tz: str = "Europe/Berlin"
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
        """The parsed :class:`~events.rules.Rule`, or None for a one-off event."""
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


# ---------------------------------------------------------------------------
# Expansion
# ---------------------------------------------------------------------------


def localize(naive, zone):
    """Attach ``zone`` to a wall-clock time, moving times in a DST gap forward."""
    aware = naive.replace(tzinfo=zone, fold=0)
    # A time in the gap does not survive the round trip through UTC; the
    # result is the same instant expressed in valid local time.
    return aware.astimezone(UTC).astimezone(zone)


def _to_local_naive(value, zone, all_day):
    """A window bound (aware/naive date-time or date) as a naive local date-time."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(zone).replace(tzinfo=None)
        return value
    return datetime.combine(value, time.min)


def _fast_forward(rule, dtstart, lookback):
    """A DTSTART on the rule's grid close to (not after) ``lookback``.

    Moves by whole multiples of INTERVAL periods and to the start of the
    period (Monday-based weeks keep their WKST parity because we move by
    whole weeks), so the rule yields exactly the same occurrences from there
    on. Returns ``dtstart`` unchanged when there is nothing to skip.
    """
    if lookback <= dtstart:
        return dtstart
    interval = rule.interval
    freq = rule.freq
    if freq in {"DAILY", "WEEKLY"}:
        step_days = interval * (7 if freq == "WEEKLY" else 1)
        steps = (lookback - dtstart).days // step_days
        return dtstart + timedelta(days=steps * step_days)
    if freq == "MONTHLY":
        months = (lookback.year - dtstart.year) * 12 + lookback.month - dtstart.month
        steps = months // interval
        if steps <= 0:
            return dtstart
        moved = dtstart.replace(day=1) + relativedelta(months=steps * interval)
        return moved
    years = lookback.year - dtstart.year
    steps = years // interval
    if steps <= 0:
        return dtstart
    return dtstart.replace(month=1, day=1) + relativedelta(years=steps * interval)


def _naive_starts(series, lookback, window_end):
    """Original naive local starts in ``[lookback, window_end)`` and the extra ones."""
    zone = series.zone
    first = series.local_start(series.dtstart)
    extra = set()
    for value in series.rdates:
        extra.add(value if isinstance(value, datetime) else series.local_start(value))
    excluded_days = {v for v in series.exdates if not isinstance(v, datetime)}
    excluded_times = {v for v in series.exdates if isinstance(v, datetime)}

    rset = rruleset()
    rule = series.rule
    if rule is None:
        rset.rdate(first)
    else:
        until = rule.until_local(zone)
        if until is not None and until < first:
            raise InvalidRule("The rule ends (UNTIL) before the first date.")
        try:
            rule = _explicit_defaults(rule, first)
        except NeverOccurs:
            rule = None  # DTSTART's day is in none of the rule's months: no dates
    if rule is not None:
        start = first if rule.count is not None else _fast_forward(rule, first, lookback)
        try:
            rset.rrule(rule.to_dateutil(start, zone))
        except (ValueError, TypeError) as error:
            raise InvalidRule(f"The rule {series.rrule!r} cannot be read: {error}") from None
    for value in extra:
        rset.rdate(value)
    for value in excluded_times:
        rset.exdate(value)

    for naive in rset:
        if naive >= window_end:
            break
        if naive < lookback or naive.date() in excluded_days:
            continue
        yield naive, naive in extra


def expand(series, start, end, *, max_occurrences=None):
    """The occurrences of ``series`` overlapping the window ``[start, end)``.

    ``start``/``end`` may be aware date-times or dates (local midnight in the
    series' zone). The result is sorted and holds at most ``max_occurrences``
    entries (default: ``EVENTS_MAX_OCCURRENCES``, 5,000).
    """
    if max_occurrences is None:
        max_occurrences = max_occurrences_setting()
    zone = series.zone
    window_start = _to_local_naive(start, zone, series.all_day)
    window_end = _to_local_naive(end, zone, series.all_day)
    if window_end <= window_start:
        return []
    duration = series.duration
    # Occurrences that started before the window may still run into it;
    # one extra day absorbs DST shifts between local and absolute time.
    lookback = window_start - duration - timedelta(days=1)
    window_start_utc = localize(window_start, zone)
    window_end_utc = localize(window_end, zone)

    result = []
    for naive, is_extra in _naive_starts(series, lookback, window_end):
        naive_end = naive + duration
        if series.all_day:
            occ_start, occ_end = naive.date(), naive_end.date()
            abs_start, abs_end = localize(naive, zone), localize(naive_end, zone)
        else:
            occ_start, occ_end = localize(naive, zone), localize(naive_end, zone)
            abs_start, abs_end = occ_start, occ_end
        overlaps = abs_end > window_start_utc or (
            abs_end == abs_start and abs_start >= window_start_utc
        )
        if not overlaps or abs_start >= window_end_utc:
            continue
        result.append(Occurrence(occ_start, occ_end, occ_start, is_extra=is_extra))
        if len(result) >= max_occurrences:
            break
    return result


def iter_after(series, after, *, limit=10, horizon_days=3660):
    """The next ``limit`` occurrences starting at or after ``after`` (within ~10 years)."""
    zone = series.zone
    begin = after.astimezone(zone) if isinstance(after, datetime) else after
    found = []
    window = timedelta(days=400)
    stop = (begin.date() if isinstance(begin, datetime) else begin) + timedelta(days=horizon_days)
    cursor = begin
    while len(found) < limit:
        cursor_day = cursor.date() if isinstance(cursor, datetime) else cursor
        if cursor_day >= stop:
            break
        chunk_end = cursor_day + window
        for occ in expand(series, cursor, chunk_end, max_occurrences=limit * 4 + 10):
            if _absolute(occ.start, zone) >= _absolute(begin, zone) and occ not in found:
                found.append(occ)
        cursor = chunk_end
    return found[:limit]


def _absolute(value, zone):
    if isinstance(value, datetime):
        return value if value.tzinfo else localize(value, zone)
    return localize(datetime.combine(value, time.min), zone)


def occurs_on(series, day):
    """True when the rule (with RDATE/EXDATE) has an occurrence starting on ``day``."""
    return any(
        occ.original_date == day
        for occ in expand(series, day, day + timedelta(days=1), max_occurrences=50)
    )


def first_occurrence(series):
    """The first occurrence, or None when the rule never produces one."""
    zone = series.zone
    first = series.local_start(series.dtstart)
    found = iter_after(series, localize(first, zone), limit=1, horizon_days=366 * 30)
    return found[0] if found else None


# ---------------------------------------------------------------------------
# Changes, public holidays and closures
# ---------------------------------------------------------------------------


def _moved(series, occ, change):
    """``occ`` moved according to ``change`` (date, times and location)."""
    zone = series.zone
    new_day = change.new_date or occ.original_date
    if series.all_day:
        length = occ.end - occ.start
        return dataclasses.replace(
            occ, start=new_day, end=new_day + length, status=MOVED, reason=REASON_CHANGE
        )
    original_local = occ.original_start.astimezone(zone)
    start_time = change.new_start_time or original_local.time().replace(tzinfo=None)
    new_start = datetime.combine(new_day, start_time)
    if change.new_end_time is not None:
        end_day = new_day + timedelta(days=series.duration_days)
        new_end = datetime.combine(end_day, change.new_end_time)
        if new_end < new_start:
            new_end = new_start
    else:
        new_end = new_start + series.duration
    return dataclasses.replace(
        occ,
        start=localize(new_start, zone),
        end=localize(new_end, zone),
        status=MOVED,
        reason=REASON_CHANGE,
    )


def resolve(
    series,
    occurrences: Iterable[Occurrence],
    *,
    changes: Iterable[Change] = (),
    holidays: Mapping[date, str] | None = None,
    closures: Iterable[Closure] = (),
):
    """Give each occurrence its status, reason and note.

    Precedence for one original date: an editor's cancellation or move wins;
    otherwise a public holiday (from ``holidays``, date -> name) or a closure
    period cancels it, keeping it visible with the reason; a note-only change
    adds its note to a scheduled occurrence. Moved occurrences come back
    with their new start; the result is sorted by start.
    """
    by_day = {change.original_date: change for change in changes}
    closures = tuple(closures)
    holidays = holidays or {}
    result = []
    for occ in occurrences:
        day = occ.original_date
        change = by_day.get(day)
        if change is not None and change.action == CANCELLED:
            occ = dataclasses.replace(occ, status=CANCELLED, reason=REASON_CHANGE, note=change.note)
        elif change is not None and change.action == MOVED:
            occ = _moved(series, occ, change)
            occ = dataclasses.replace(occ, note=change.note, location=change.location)
        elif day in holidays:
            occ = dataclasses.replace(
                occ, status=CANCELLED, reason=REASON_HOLIDAY, note=holidays[day]
            )
        elif closure := next((c for c in closures if c.start <= day <= c.end), None):
            occ = dataclasses.replace(
                occ, status=CANCELLED, reason=REASON_CLOSURE, note=closure.name
            )
        elif change is not None and change.note:
            occ = dataclasses.replace(occ, reason=REASON_CHANGE, note=change.note)
        result.append(occ)
    zone = series.zone
    result.sort(key=lambda o: (_absolute(o.start, zone), _absolute(o.original_start, zone)))
    return result


def max_move_days(changes):
    """How far (in days) the furthest move shifts an occurrence, for window margins."""
    days = [
        abs((c.new_date - c.original_date).days)
        for c in changes
        if c.action == MOVED and c.new_date
    ]
    return max(days, default=0) + 1


def occurrences(
    series,
    start,
    end,
    *,
    changes=(),
    holidays=None,
    closures=(),
    max_occurrences=None,
):
    """Expanded and resolved occurrences whose (possibly moved) dates overlap the window.

    The one entry point every output should use.
    """
    changes = tuple(changes)
    margin = timedelta(days=max_move_days(changes)) if changes else timedelta(0)
    zone = series.zone
    raw = expand(
        series,
        _shift(start, -margin),
        _shift(end, margin),
        max_occurrences=max_occurrences,
    )
    resolved = resolve(series, raw, changes=changes, holidays=holidays, closures=closures)
    if not margin:
        return resolved
    window_start, window_end = _absolute(start, zone), _absolute(end, zone)
    return [
        occ
        for occ in resolved
        if _absolute(occ.start, zone) < window_end
        and (
            _absolute(occ.end, zone) > window_start
            or (occ.end == occ.start and _absolute(occ.start, zone) >= window_start)
        )
    ]


def _shift(value, delta):
    return value + delta


__all__ = [
    "CANCELLED",
    "MOVED",
    "SCHEDULED",
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
    "occurrences",
    "occurs_on",
    "resolve",
]
