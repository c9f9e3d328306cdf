"""The occurrence table: every event page's resolved dates in a window, one row each.

Rows come from :func:`events.page_schedule.page_occurrences`; :func:`rebuild`
writes a page's rows when it is published or changed, :func:`refresh_all`
moves the window on (``refresh_occurrences``, daily).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from events import conf, recurrence
from events.page_schedule import page_occurrences


def table_window(today=None):
    """``(first, last)`` dates the table covers: a little past, the horizon ahead."""
    today = today or timezone.localdate()
    return today - timedelta(days=conf.past_days()), today + timedelta(days=conf.horizon_days())


def to_utc(value, zone):
    """An occurrence bound as a UTC date-time (all-day: local midnight)."""
    if not isinstance(value, datetime):
        value = recurrence.localize(datetime.combine(value, time.min), zone)
    return value.astimezone(UTC)


def _rows(page, found, zone):
    return [
        (
            to_utc(occ.start, zone),
            to_utc(occ.end, zone),
            occ.all_day,
            occ.status,
            occ.reason,
            (occ.note or "")[:255],
            to_utc(occ.original_start, zone),
            occ.is_extra,
            occ.location,
        )
        for occ in found
    ]


ROW_FIELDS = (
    "start_utc",
    "end_utc",
    "all_day",
    "status",
    "reason",
    "note",
    "original_start_utc",
    "is_extra",
    "location_id",
)


@transaction.atomic
def rebuild(page, today=None):
    """Bring the page's rows in line with its schedule; returns True when rows changed.

    Pages that are not live have no rows. Unchanged pages are not written.
    """
    from events.models import Occurrence

    existing = list(
        Occurrence.objects.filter(page_id=page.pk)
        .order_by("start_utc", "id")
        .values_list(*ROW_FIELDS)
    )
    if not page.live:
        if existing:
            Occurrence.objects.filter(page_id=page.pk).delete()
        return bool(existing)
    first, last = table_window(today)
    try:
        series = page.get_series()
        found = page_occurrences(page, first, last, series=series)
    except recurrence.RecurrenceError:
        found, series = [], None
    zone = series.zone if series else UTC
    rows = _rows(page, found, zone)
    if sorted(rows, key=_row_key) == sorted(existing, key=_row_key):
        return False
    Occurrence.objects.filter(page_id=page.pk).delete()
    Occurrence.objects.bulk_create(
        Occurrence(page_id=page.pk, **dict(zip(ROW_FIELDS, row, strict=True))) for row in rows
    )
    return True


def _row_key(row):
    return tuple("" if value is None else str(value) for value in row)


def delete_for(page_id):
    from events.models import Occurrence

    Occurrence.objects.filter(page_id=page_id).delete()


def refresh_all(today=None, progress=None):
    """Rebuild every event page's rows; returns ``(pages, changed)``."""
    from events.models import EventPage, Occurrence

    Occurrence.objects.exclude(page__live=True).delete()
    pages = (
        EventPage.objects.live()
        .select_related("locale")
        .prefetch_related("extra_dates", "exceptions", "closure_periods")
        .order_by("pk")
    )
    total = pages.count()
    changed = 0
    for number, page in enumerate(pages.iterator(chunk_size=200), start=1):
        changed += rebuild(page, today=today)
        if progress is not None:
            progress(number, total, page)
    return total, changed
