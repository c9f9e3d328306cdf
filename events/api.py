"""The occurrences API on Wagtail's v3 API (django-ninja), read from the occurrence table.

``GET /api/v3/events/occurrences/?start=YYYY-MM-DD&end=YYYY-MM-DD`` lists
every date (cancelled ones with their status) of the live event pages in a
window; ``mode=series`` lists one item per series with RRULE, RDATE and
EXDATE instead. Both dates are days in the site's time zone and both are
included. The router is registered in :meth:`events.apps.EventsConfig.ready`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import F, Q
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import override
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from events import recurrence
from events.feeds import BadParameter, filtered_pages
from events.ical.export import wall_clock
from events.ical.sources import default_uid, imported_uids

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
    start: str = Field(description="ISO 8601 with UTC offset; a date for all-day events.")
    end: str = Field(description="ISO 8601; for all-day events the day after the last day.")
    all_day: bool
    timezone: str
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
    start: date = Field(description="First day (YYYY-MM-DD), in the site's time zone.")
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
    if end < start:
        _bad(_("end must not be before start."))
    if (end - start).days > MAX_WINDOW_DAYS:
        _bad(_("The window may span at most two years."))
    zone = ZoneInfo(settings.TIME_ZONE)
    first = recurrence.localize(datetime.combine(start, time.min), zone)
    last = recurrence.localize(datetime.combine(end + timedelta(days=1), time.min), zone)
    return first, last


def _location(location):
    if location is None:
        return None
    return {
        "name": location.name,
        "address": location.address,
        "latitude": float(location.latitude) if location.latitude is not None else None,
        "longitude": float(location.longitude) if location.longitude is not None else None,
    }


def _iso(value):
    return value.isoformat()


class _PageInfo:
    """Per-page values computed once per request (URL, schedule text, UID)."""

    def __init__(self, request, pages):
        from events.occurrence_table import page_schedule_text

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
                "zone": ZoneInfo(page.time_zone),
            }

    def __getitem__(self, page_id):
        return self.values[page_id]


def _pages_for(ids):
    from events.models import EventPage

    return list(
        EventPage.objects.filter(pk__in=ids)
        .select_related("location")
        .prefetch_related("extra_dates", "closure_periods")
        .order_by("pk")
    )


@router.get(
    "/occurrences/",
    response=OccurrenceList | SeriesList,
    url_name="event_occurrences",
    summary="List event occurrences in a window",
    operation_id="events_occurrences",
)
def list_occurrences(request: HttpRequest, query: Query[OccurrenceQuery]):
    start, end, limit, offset = query.start, query.end, query.limit, query.offset
    network, category, locale, mode = query.network, query.category, query.locale, query.mode
    from events.models import Occurrence

    first, last = _window(start, end)
    params = {
        "locale": locale or "",
        "network": str(network or ""),
        "category": str(category or ""),
    }
    try:
        page_locale, pages = filtered_pages(params)
    except BadParameter as error:
        _bad(error)
    rows = (
        Occurrence.objects.filter(page__in=pages)
        .filter(start_utc__lt=last)
        .filter(Q(end_utc__gt=first) | Q(end_utc=F("start_utc"), start_utc__gte=first))
    )
    with override(page_locale.language_code):
        if mode == "series":
            return _series_list(request, rows, limit, offset)
        total = rows.count()
        window = list(
            rows.select_related("page", "location").order_by("start_utc", "page_id", "pk")[
                offset : offset + limit
            ]
        )
        info = _PageInfo(request, _pages_for({row.page_id for row in window}))
        items = []
        for row in window:
            page_info = info[row.page_id]
            zone = page_info["zone"]
            if row.all_day:
                begin, finish = (
                    row.start_utc.astimezone(zone).date(),
                    row.end_utc.astimezone(zone).date(),
                )
            else:
                begin, finish = row.start_utc.astimezone(zone), row.end_utc.astimezone(zone)
            items.append(
                {
                    "uid": page_info["uid"],
                    "page_id": row.page_id,
                    "title": row.page.title,
                    "url": page_info["url"],
                    "start": _iso(begin),
                    "end": _iso(finish),
                    "all_day": row.all_day,
                    "timezone": row.page.time_zone,
                    "status": row.status,
                    "note": row.note,
                    "schedule_text": page_info["schedule_text"],
                    "location": _location(row.location or row.page.location),
                }
            )
        return {"meta": {"total_count": total}, "items": items}


def _series_list(request, rows, limit, offset):
    ids = sorted(set(rows.values_list("page_id", flat=True)))
    total = len(ids)
    pages = _pages_for(ids[offset : offset + limit])
    info = _PageInfo(request, pages)
    items = []
    for page in pages:
        try:
            series = page.get_series()
        except recurrence.RecurrenceError:
            continue
        page_info = info[page.pk]
        dtstart = wall_clock(series, series.dtstart)
        if series.all_day:
            dtend = series.dtstart + timedelta(days=series.duration_days + 1)
        elif series.end_time is None and not series.duration_days:
            dtend = None
        else:
            dtend = dtstart + series.duration
        items.append(
            {
                "uid": page_info["uid"],
                "page_id": page.pk,
                "title": page.title,
                "url": page_info["url"],
                "dtstart": _iso(dtstart),
                "dtend": _iso(dtend) if dtend is not None else None,
                "all_day": series.all_day,
                "timezone": series.tz,
                "rrule": series.rrule,
                "rdate": [_iso(wall_clock(series, v)) for v in series.rdates],
                "exdate": [_iso(wall_clock(series, v)) for v in series.exdates],
                "schedule_text": page_info["schedule_text"],
                "location": _location(page.location),
            }
        )
    return {"meta": {"total_count": total}, "items": items}


def register(api=None):
    """Add the router to Wagtail's v3 API (before its URLs are first built)."""
    if api is None:
        from wagtail.api.v3.api import api
    if not any(prefix == "/events/" for prefix, _router in api._routers):
        api.add_router("/events/", router)


register()
