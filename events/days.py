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
    return rows.filter(start_utc__lt=end, end_utc__gt=start).order_by("start_utc", "page_id")


def items_by_day(items, first: date, last: date):
    """``{day: [item, …]}`` for the template items (``occurrence_item``) between the days."""
    by_day = {}
    for item in items:
        day = max(local_day(item["start"]), first)
        end_day = min(local_day(item["end"]), last)
        while day <= end_day:
            by_day.setdefault(day, []).append(item)
            day += timedelta(days=1)
    return by_day


def day_list(items, first: date, last: date, today: date):
    """One dict per day from ``first`` to ``last``: ``date``, ``is_today``, ``items``."""
    by_day = items_by_day(items, first, last)
    days = []
    day = first
    while day <= last:
        days.append({"date": day, "is_today": day == today, "items": by_day.get(day, [])})
        day += timedelta(days=1)
    return days
