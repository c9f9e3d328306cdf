"""From event pages and their occurrence rows to :class:`~events.ical.export.CalendarEntry`.

The overrides (cancelled and moved dates) are read from the occurrence
table, so feeds list exactly what the site and the API list.
"""

from __future__ import annotations

from collections import defaultdict

from django.utils.html import strip_tags

from events import conf, recurrence
from events.ical.export import CalendarEntry
from events.occurrence_table import local_start


def default_uid(page):
    """A UID that stays the same when the page is renamed, moved or translated."""
    return f"event-{page.translation_key}@{conf.get('ICAL_UID_DOMAIN', 'quartiersnetz')}"


def location_text(location):
    if location is None:
        return ""
    return ", ".join(part for part in (location.name, location.address.replace("\n", ", ")) if part)


def feed_pages(queryset):
    """``queryset`` of event pages with everything the feed reads prefetched."""
    return queryset.select_related("location").prefetch_related("extra_dates", "categories")


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
        location=location_text(row.location) or None,
    )


def page_entry(page, *, url="", rows=(), record=None):
    series = page.get_series()
    last_modified = page.last_published_at or page.latest_revision_created_at
    sequence = 0
    if record is not None:
        sequence = record.sequence
        if last_modified and record.imported_at and last_modified > record.imported_at:
            sequence += 1  # edited here since the import
    return CalendarEntry(
        uid=record.uid if record is not None else default_uid(page),
        series=series,
        summary=page.title,
        description=strip_tags(page.teaser or ""),
        url=url,
        location=location_text(page.location),
        categories=tuple(category.name for category in page.categories.all()),
        sequence=sequence,
        last_modified=last_modified,
        overrides=tuple(_core_occurrence(row, series.zone) for row in rows),
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
