"""Occurrences of event pages in any window, and how the APIs write one occurrence.

The occurrence table is an index for the common window (a little past, the
horizon ahead; rebuilt daily), not the truth. :func:`occurrence_window` reads
it when it surely covers the requested window and otherwise computes the
occurrences with :func:`events.page_schedule.page_occurrences`, the
function that fills the table. Either way the answer has the same items in
the same order (start, then page), so paging does not depend on the source.

Times are wall-clock times in the event's zone with their UTC offset, plus
the zone's name; all-day occurrences are dates (``end`` exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from django.db.models import F, Q
from django.utils import timezone

from events import recurrence
from events.days import local_start
from events.occurrence_table import table_window, to_utc
from events.page_schedule import page_occurrences

#: Days kept clear of the table's edges: its daily rebuild may be late, and
#: its edges are days in each event's own zone rather than the site's.
EDGE_DAYS = 7


@dataclass(frozen=True)
class WindowOccurrence:
    """One date of an event page: local start and end (dates when all-day), status, note."""

    page_id: int
    start: datetime | date
    end: datetime | date
    all_day: bool
    timezone: str
    status: str
    note: str
    location_id: int | None = None

    @classmethod
    def from_row(cls, row, time_zone):
        """From a row of the occurrence table, for an event in ``time_zone``."""
        zone = ZoneInfo(time_zone)
        return cls(
            page_id=row.page_id,
            start=local_start(row.start_utc, zone, row.all_day),
            end=local_start(row.end_utc, zone, row.all_day),
            all_day=row.all_day,
            timezone=time_zone,
            status=row.status or recurrence.SCHEDULED,
            note=row.note,
            location_id=row.location_id,
        )

    @classmethod
    def from_core(cls, page_id, occurrence, time_zone):
        """From a resolved :class:`events.recurrence.Occurrence` of an event in ``time_zone``."""
        zone = ZoneInfo(time_zone)

        def local(value):
            return value.astimezone(zone) if isinstance(value, datetime) else value

        return cls(
            page_id=page_id,
            start=local(occurrence.start),
            end=local(occurrence.end),
            all_day=occurrence.all_day,
            timezone=time_zone,
            status=occurrence.status or recurrence.SCHEDULED,
            note=occurrence.note,
            location_id=occurrence.location,
        )

    def as_api(self):
        """The date fields every API item shares, e.g. ``2027-01-04T15:00:00+01:00``."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "all_day": self.all_day,
            "timezone": self.timezone,
            "status": self.status,
            "note": self.note,
        }


def table_covers(first, last, today=None):
    """True when the table holds every occurrence overlapping ``[first, last)``."""
    table_first, table_last = table_window(today)
    margin = timedelta(days=EDGE_DAYS)
    return (
        timezone.localtime(first).date() >= table_first + margin
        and timezone.localtime(last).date() <= table_last - margin
    )


def occurrence_window(pages, first, last, *, today=None):
    """The occurrences of the event ``pages`` (a queryset) overlapping ``[first, last)``.

    ``first`` and ``last`` are aware date-times. From the table when it covers
    the window, otherwise computed from the pages' schedules; either answers
    ``count()``, ``slice(offset, limit)`` (:class:`WindowOccurrence` items sorted
    by start, then page), ``page_ids()`` (ascending) and ``pages(ids)``
    (``{id: page}``, prefetched).
    """
    if table_covers(first, last, today):
        return TableWindow(pages, first, last)
    return CoreWindow(pages, first, last)


def prefetched(pages):
    """Event pages with everything :func:`page_occurrences` and the API items read."""
    return pages.select_related("location", "locale").prefetch_related(
        "extra_dates", "exceptions", "closure_periods"
    )


class TableWindow:
    """A window read from the occurrence table."""

    def __init__(self, pages, first, last):
        from events.models import Occurrence

        self.rows = (
            Occurrence.objects.filter(page__in=pages)
            .filter(start_utc__lt=last)
            .filter(Q(end_utc__gt=first) | Q(end_utc=F("start_utc"), start_utc__gte=first))
        )

    def count(self):
        return self.rows.count()

    def page_ids(self):
        """Ids of the pages with a date in the window, in ascending order."""
        return list(self.rows.order_by("page_id").values_list("page_id", flat=True).distinct())

    def slice(self, offset, limit):
        rows = self.rows.annotate(time_zone=F("page__time_zone")).order_by(
            "start_utc", "page_id", "pk"
        )[offset : offset + limit]
        return [WindowOccurrence.from_row(row, row.time_zone) for row in rows]

    def pages(self, ids):
        """``{id: page}`` for ``ids``, prefetched."""
        from events.models import EventPage

        return {page.pk: page for page in prefetched(EventPage.objects.filter(pk__in=ids))}


class CoreWindow:
    """A window computed from the schedules (any dates, past or future)."""

    def __init__(self, pages, first, last):
        self.queryset, self.first, self.last = pages, first, last

    @cached_property
    def loaded(self):
        return {page.pk: page for page in prefetched(self.queryset).order_by("pk")}

    @cached_property
    def items(self):
        keyed = []
        for page in self.loaded.values():
            try:
                found = page_occurrences(page, self.first, self.last)
            except recurrence.RecurrenceError:
                continue  # a schedule that cannot be read has no dates (nor rows)
            zone = ZoneInfo(page.time_zone)
            for number, occurrence in enumerate(found):
                key = (to_utc(occurrence.start, zone), page.pk, number)
                keyed.append((key, WindowOccurrence.from_core(page.pk, occurrence, page.time_zone)))
        keyed.sort(key=lambda pair: pair[0])
        return [item for _key, item in keyed]

    def count(self):
        return len(self.items)

    def page_ids(self):
        return sorted({item.page_id for item in self.items})

    def slice(self, offset, limit):
        return self.items[offset : offset + limit]

    def pages(self, ids):
        return {pk: self.loaded[pk] for pk in ids}
