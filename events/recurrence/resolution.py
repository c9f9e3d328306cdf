"""Resolving occurrences: per-date changes (cancelled, moved, notes), public holidays
and closure periods give every occurrence its status."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta

from events.recurrence.expansion import (
    _absolute,
    expand,
)
from events.recurrence.series import (
    CANCELLED,
    MOVED,
    REASON_CHANGE,
    REASON_CLOSURE,
    REASON_HOLIDAY,
    Change,
    Closure,
    Occurrence,
    localize,
)

# Changes, public holidays and closures


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
