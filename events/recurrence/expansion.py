"""Expanding a series into its occurrences inside a window, without reading from an
ancient first date (see the package's docstring for the rules)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rruleset

from events import conf
from events.recurrence.rules import (
    WEEKDAY_CODES,
    InvalidRule,
    NeverOccurs,
)
from events.recurrence.series import (
    Occurrence,
    localize,
)


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
        max_occurrences = conf.max_occurrences()
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
