"""Occurrences of event pages: computed with the core, materialised in the table.

:func:`page_occurrences` is the one place that turns a page into resolved
occurrences (schedule, extra dates, exceptions, public holidays, closure
periods). The table, the event page, the editor's preview and any feed or
API use it, so they all agree.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from functools import lru_cache

from django.db import transaction
from django.utils import timezone

from events import conf, recurrence
from events.public_holidays import public_holidays
from events.schedule_text import describe


def table_window(today=None):
    """``(first, last)`` dates the table covers: a little past, the horizon ahead."""
    today = today or timezone.localdate()
    return today - timedelta(days=conf.past_days()), today + timedelta(days=conf.horizon_days())


def page_language(page):
    locale = getattr(page, "locale", None)
    return locale.language_code if locale is not None else None


def page_changes(page):
    return [exception.as_change() for exception in page.exceptions.all()]


def page_closures(page):
    """The page's closure periods, named in the page's language where translated."""
    closures = []
    for period in page.closure_periods.all():
        localized = period
        if getattr(page, "locale_id", None) and period.locale_id != page.locale_id:
            localized = period.get_translation_or_none(page.locale) or period
        name = localized.reason or localized.name
        closures.append(recurrence.Closure(period.start, period.end, name))
    return closures


def _as_date(value):
    return value.date() if isinstance(value, datetime) else value


def page_occurrences(page, start, end, *, series=None):
    """Resolved occurrences of ``page`` overlapping ``[start, end)`` (a tuple).

    The page gives the inputs (schedule, exceptions, closure periods named in
    its language, whether public holidays count); :func:`resolved_occurrences`
    does the rest.
    """
    # Day windows (the table, feeds) repeat and are memoised; instants ("now") do not.
    by_day = not isinstance(start, datetime) and not isinstance(end, datetime)
    resolve = resolved_occurrences if by_day else resolved_occurrences.__wrapped__
    return resolve(
        series or page.get_series(),
        start,
        end,
        changes=tuple(page_changes(page)),
        closures=tuple(page_closures(page)),
        holiday_language=page_language(page) if page.skip_public_holidays else None,
    )


@lru_cache(maxsize=1024)
def resolved_occurrences(series, start, end, *, changes, closures, holiday_language):
    """The core's occurrences with changes, public holidays and closures applied.

    Pure and memoised on its (immutable) inputs: feeds and APIs asking again
    for the same series and window get the same tuple without recomputing.
    ``holiday_language`` is None when public holidays do not cancel dates.
    """
    holidays = None
    if holiday_language is not None:
        # Occurrences that began before the window (multi-day ones) may still overlap it.
        reach = timedelta(days=1 + series.duration_days)
        holidays = public_holidays(
            _as_date(start) - reach, _as_date(end) + timedelta(days=1), language=holiday_language
        )
    return tuple(
        recurrence.occurrences(
            series, start, end, changes=changes, holidays=holidays, closures=closures
        )
    )


def page_schedule_text(page, today=None):
    """The schedule in words in the active language."""
    closures = [c.name for c in page_closures(page)]
    return describe(
        page.get_series(),
        skip_holidays=page.skip_public_holidays,
        closure_names=closures,
        today=today,
    )


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


def local_start(row_start_utc, zone, all_day):
    """A table row's start as shown to visitors: local date-time, or date when all-day."""
    local = row_start_utc.astimezone(zone)
    return local.date() if all_day else local
