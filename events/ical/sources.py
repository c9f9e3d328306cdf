"""From event pages and their occurrence rows to :class:`~events.ical.export.CalendarEntry`.

The overrides (cancelled and moved dates) are read from the occurrence
table, so feeds list exactly what the site and the API list.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import timedelta

from django.utils import timezone
from django.utils.html import strip_tags

from events import conf, recurrence
from events.days import local_start
from events.ical.export import CalendarEntry
from events.occurrence_table import table_window, to_utc
from events.page_schedule import page_occurrences
from events.places import place_text


def default_uid(page):
    """A UID that stays the same when the page is renamed, moved or translated."""
    return f"event-{page.translation_key}@{conf.ical_uid_domain()}"


def feed_pages(queryset):
    """``queryset`` of event pages with everything the feed reads prefetched."""
    return queryset.select_related("location", "locale").prefetch_related(
        "extra_dates", "categories", "exceptions__new_location", "closure_periods"
    )


def imported_uids(pages):
    """``{translation_key: ImportedSeries}`` for the pages that came from a file."""
    from events.ical.models import ImportedSeries

    keys = {page.translation_key for page in pages}
    records = ImportedSeries.objects.filter(page__translation_key__in=keys).select_related("page")
    return {record.page.translation_key: record for record in records}


def override_rows(pages):
    """``{page_id: [Occurrence row, ...]}`` of the dates that are not plainly scheduled."""
    from events.models import Occurrence

    rows = defaultdict(list)
    queryset = (
        Occurrence.objects.filter(page__in=[page.pk for page in pages])
        .exclude(status=recurrence.SCHEDULED)
        .select_related("location")
        .order_by("original_start_utc", "pk")
    )
    for row in queryset:
        rows[row.page_id].append(row)
    return rows


def computed_overrides(page, series, rows=(), today=None):
    """The page's cancelled and moved dates outside the table's window, computed.

    Feeds reach further than the occurrence table: ``EVENTS_FEED_PAST_DAYS``
    back (default two years) and ``EVENTS_FEED_FUTURE_DAYS`` ahead (default
    three years), so that a calendar asked about last year or the year after
    next shows those cancellations too. Dates the table holds (``rows``) are
    left out. Reads only what :func:`feed_pages` prefetches.
    """
    today = today or timezone.localdate()
    table_first, table_last = table_window(today)
    past = today - timedelta(days=conf.feed_past_days())
    future = today + timedelta(days=conf.feed_future_days())
    spans = [(max(series.dtstart, past), table_first), (max(series.dtstart, table_last), future)]
    in_table = {row.original_start_utc for row in rows}
    places = {e.new_location_id: e.new_location for e in page.exceptions.all()}
    overrides = []
    for start, end in spans:
        if start >= end or not _may_differ(page, start, end):
            continue
        for occ in page_occurrences(page, start, end, series=series):
            if occ.status == recurrence.SCHEDULED:
                continue
            if to_utc(occ.original_start, series.zone) in in_table:
                continue
            place = place_text(places.get(occ.location)) or None
            overrides.append(dataclasses.replace(occ, location=place))
    return overrides


def _may_differ(page, start, end):
    """Whether anything can cancel or move a date of ``page`` in ``[start, end)``.

    Most series have nothing there; their dates need not be computed at all.
    """
    if page.skip_public_holidays:
        return True
    if any(start <= c.original_date < end for c in page.exceptions.all()):
        return True
    return any(p.start < end and p.end >= start for p in page.closure_periods.all())


def _core_occurrence(row, zone):
    def value(instant):
        return local_start(instant, zone, row.all_day)

    return recurrence.Occurrence(
        start=value(row.start_utc),
        end=value(row.end_utc),
        original_start=value(row.original_start_utc),
        is_extra=row.is_extra,
        status=row.status,
        reason=row.reason,
        note=row.note,
        location=place_text(row.location) or None,
    )


def page_entry(page, *, url="", rows=(), record=None):
    series = page.get_series()
    last_modified = page.last_published_at or page.latest_revision_created_at
    # Never lower than any SEQUENCE imported or published for the UID (see ImportedSeries).
    sequence = record.feed_sequence() if record is not None else 0
    return CalendarEntry(
        uid=record.uid if record is not None else default_uid(page),
        series=series,
        summary=page.title,
        description=strip_tags(page.teaser or ""),
        url=url,
        location=place_text(page.location),
        categories=tuple(category.name for category in page.categories.all()),
        sequence=sequence,
        last_modified=last_modified,
        overrides=(
            *computed_overrides(page, series, rows),
            *(_core_occurrence(row, series.zone) for row in rows),
        ),
    )


def entries_for(pages, url_for=None):
    """Calendar entries for ``pages`` (a list) with a fixed number of queries."""
    rows = override_rows(pages)
    records = imported_uids(pages)
    entries = []
    for page in pages:
        try:
            entry = page_entry(
                page,
                url=url_for(page) if url_for else "",
                rows=rows.get(page.pk, ()),
                record=records.get(page.translation_key),
            )
        except recurrence.RecurrenceError:
            continue  # a page whose schedule cannot be read has no dates anywhere
        entries.append(entry)
    return entries
