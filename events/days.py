"""Occurrences grouped by local calendar day: the month view, the weekly programme, the home page.

A row belongs to every day it touches in the event's local time (a
three-day festival appears on each of its days), so every listing by day
shows the same dates for the same rows.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings

from events import recurrence


def local_start(row_start_utc, zone, all_day):
    """A table row's start as shown to visitors: local date-time, or date when all-day."""
    local = row_start_utc.astimezone(zone)
    return local.date() if all_day else local


def local_span(start_utc, end_utc, zone, all_day):
    """A table row's start and end as people read them: local date-times, or for all-day
    dates the first and the last day (the stored end is the day after)."""
    start, end = local_start(start_utc, zone, all_day), local_start(end_utc, zone, all_day)
    return (start, end - timedelta(days=1)) if all_day else (start, end)


def local_day(value):
    """The calendar day of a local date-time (or of a date, for all-day dates)."""
    return value.date() if isinstance(value, datetime) else value


def day_window(first: date, last: date):
    """``(start, end)`` in UTC-aware datetimes covering local days ``first`` … ``last``."""
    zone = ZoneInfo(settings.TIME_ZONE)
    start = recurrence.localize(datetime.combine(first, time.min), zone)
    end = recurrence.localize(datetime.combine(last + timedelta(days=1), time.min), zone)
    return start, end


def rows_between(rows, first: date, last: date):
    """The occurrence rows (a queryset) that touch local days ``first`` … ``last``."""
    start, end = day_window(first, last)
    return rows.filter(start_utc__lt=end, end_utc__gt=start).order_by("start_utc", "page_id", "pk")


def touched_days(start, end, first: date, last: date):
    """The local days from ``first`` to ``last`` that a date from ``start`` to ``end`` (local
    date-times, or dates with ``end`` the last day for all-day dates) touches."""
    day = max(local_day(start), first)
    end_day = min(local_day(end), last)
    while day <= end_day:
        yield day
        day += timedelta(days=1)


def items_by_day(items, first: date, last: date):
    """``{day: [item, …]}`` for the template items (``occurrence_item``) between the days."""
    by_day = {}
    for item in items:
        for day in touched_days(item["start"], item["end"], first, last):
            by_day.setdefault(day, []).append(item)
    return by_day


def first_per_day(rows, first: date, last: date, limit: int):
    """For light rows ``(pk, start_utc, end_utc, all_day, zone)`` in order: ``{day: [pk, …]}``
    with at most ``limit`` rows per day, and ``{day: number of rows}``."""
    shown, counts = {}, {}
    for pk, start_utc, end_utc, all_day, zone in rows:
        for day in touched_days(*local_span(start_utc, end_utc, zone, all_day), first, last):
            counts[day] = counts.get(day, 0) + 1
            if counts[day] <= limit:
                shown.setdefault(day, []).append(pk)
    return shown, counts


def day_list(items, first: date, last: date, today: date):
    """One dict per day from ``first`` to ``last``: ``date``, ``is_today``, ``items``."""
    by_day = items_by_day(items, first, last)
    days = []
    day = first
    while day <= last:
        days.append({"date": day, "is_today": day == today, "items": by_day.get(day, [])})
        day += timedelta(days=1)
    return days
