"""The occurrences API on Wagtail's v3 API (django-ninja).

``GET /api/v3/events/occurrences/?start=YYYY-MM-DD&end=YYYY-MM-DD`` lists
every date (cancelled ones with their status) of the live, public event pages
in a window of up to two years, past or future; ``mode=series`` lists one item
per series with RRULE, RDATE and EXDATE instead. Both dates are days in the
site's time zone and both are included. The dates come from
:func:`events.occurrence_window.occurrence_window` (the occurrence table where
it covers the window, the schedules otherwise). Times are wall-clock times in
the event's zone with their UTC offset. The router is registered in
:meth:`events.apps.EventsConfig.ready`.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import override
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from cms.api_fields import isoformat
from events import recurrence
from events.days import day_window
from events.ical.export import first_end, wall_clock
from events.ical.feeds import BadParameter, filtered_pages
from events.ical.sources import default_uid, imported_uids
from events.occurrence_window import occurrence_window
from events.places import place_data
from events.schedule import EARLIEST_DATE, LATEST_DATE, date_in_range_error

router = Router(tags=["events"])

MAX_LIMIT = 1000
MAX_WINDOW_DAYS = 2 * 366


class LocationSchema(Schema):
    name: str
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None


class OccurrenceSchema(Schema):
    uid: str = Field(description="The series' iCalendar UID (as in the feeds).")
    page_id: int
    title: str
    url: str | None
    start: str = Field(
        description="Wall-clock time in the event's zone with its UTC offset "
        "(2027-01-04T15:00:00+01:00); a date for all-day events."
    )
    end: str = Field(description="As start; for all-day events the day after the last day.")
    all_day: bool
    timezone: str = Field(description="The event's IANA time zone, e.g. Europe/Berlin.")
    status: Literal["scheduled", "cancelled", "moved"]
    note: str = Field(description="Reason for a cancellation or move, or a note.")
    schedule_text: str
    location: LocationSchema | None


class SeriesSchema(Schema):
    uid: str
    page_id: int
    title: str
    url: str | None
    dtstart: str
    dtend: str | None
    all_day: bool
    timezone: str
    rrule: str = Field(description="RFC 5545 RRULE value; empty for single dates.")
    rdate: list[str]
    exdate: list[str]
    schedule_text: str
    location: LocationSchema | None


class OccurrenceQuery(Schema):
    start: date = Field(
        description="First day (YYYY-MM-DD) in the site's time zone, past or future "
        f"(years {EARLIEST_DATE.year} to {LATEST_DATE.year})."
    )
    end: date = Field(description="Last day (YYYY-MM-DD), included; at most two years later.")
    network: int | None = Field(None, description="Page id of the organising network.")
    category: int | None = Field(None, description="Id of an event category.")
    locale: str | None = Field(None, description="Language code; default: the default one.")
    limit: int = Field(100, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0)
    mode: Literal["occurrences", "series"] = Field(
        "occurrences", description="series: one item per series with RRULE, RDATE, EXDATE."
    )


class Meta(Schema):
    total_count: int


class OccurrenceList(Schema):
    meta: Meta
    items: list[OccurrenceSchema]


class SeriesList(Schema):
    meta: Meta
    items: list[SeriesSchema]


def _bad(message):
    raise HttpError(400, str(message))


def _window(start, end):
    """The aware bounds ``[first, last)`` of the days ``start`` to ``end``, or a 400."""
    error = date_in_range_error(start) or date_in_range_error(end)
    if error:
        _bad(error)
    if end < start:
        _bad(_("end must not be before start."))
    if (end - start).days > MAX_WINDOW_DAYS:
        _bad(_("The window may span at most two years."))
    return day_window(start, end)


class _PageInfo:
    """Per-page values computed once per request (URL, schedule text, UID)."""

    def __init__(self, request, pages):
        from events.page_schedule import page_schedule_text

        self.values = {}
        records = imported_uids(pages)
        for page in pages:
            try:
                text = page_schedule_text(page)
            except recurrence.RecurrenceError:
                text = ""
            record = records.get(page.translation_key)
            self.values[page.pk] = {
                "uid": record.uid if record else default_uid(page),
                "url": page.get_full_url(request),
                "schedule_text": text,
            }

    def __getitem__(self, page_id):
        return self.values[page_id]


@router.get(
    "/occurrences/",
    response=OccurrenceList | SeriesList,
    url_name="event_occurrences",
    summary="List event occurrences in a window",
    operation_id="events_occurrences",
)
def list_occurrences(request: HttpRequest, query: Query[OccurrenceQuery]):
    first, last = _window(query.start, query.end)
    params = {
        "locale": query.locale or "",
        "network": str(query.network or ""),
        "category": str(query.category or ""),
    }
    try:
        page_locale, pages = filtered_pages(params)
    except BadParameter as error:
        _bad(error)
    window = occurrence_window(pages, first, last)
    with override(page_locale.language_code):
        if query.mode == "series":
            return _series_list(request, window, query.limit, query.offset)
        return _occurrence_list(request, window, query.limit, query.offset)


def _occurrence_list(request, window, limit, offset):
    from events.models import Location

    total = window.count()
    found = window.slice(offset, limit)
    pages = window.pages({item.page_id for item in found})
    info = _PageInfo(request, list(pages.values()))
    moved_to = {item.location_id for item in found if item.location_id is not None}
    locations = Location.objects.in_bulk(moved_to) if moved_to else {}
    items = []
    for item in found:
        if item.page_id not in pages:
            continue  # unpublished since the window was read
        page, page_info = pages[item.page_id], info[item.page_id]
        items.append(
            {
                "uid": page_info["uid"],
                "page_id": item.page_id,
                "title": page.title,
                "url": page_info["url"],
                **item.as_api(),
                "schedule_text": page_info["schedule_text"],
                "location": place_data(locations.get(item.location_id) or page.location),
            }
        )
    return {"meta": {"total_count": total}, "items": items}


def _series_list(request, window, limit, offset):
    ids = window.page_ids()
    total = len(ids)
    pages = window.pages(ids[offset : offset + limit])
    pages = [pages[pk] for pk in sorted(pages)]
    info = _PageInfo(request, pages)
    items = []
    for page in pages:
        try:
            series = page.get_series()
        except recurrence.RecurrenceError:
            continue
        page_info = info[page.pk]
        dtstart = wall_clock(series, series.dtstart)
        dtend = first_end(series)
        items.append(
            {
                "uid": page_info["uid"],
                "page_id": page.pk,
                "title": page.title,
                "url": page_info["url"],
                "dtstart": isoformat(dtstart),
                "dtend": isoformat(dtend),
                "all_day": series.all_day,
                "timezone": series.tz,
                "rrule": series.rrule,
                "rdate": [isoformat(wall_clock(series, v)) for v in series.rdates],
                "exdate": [isoformat(wall_clock(series, v)) for v in series.exdates],
                "schedule_text": page_info["schedule_text"],
                "location": place_data(page.location),
            }
        )
    return {"meta": {"total_count": total}, "items": items}
