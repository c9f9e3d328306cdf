"""One date as the event templates show it: a dict from a row of the occurrence table
(published pages) or from the recurrence core (drafts, previews); the same keys either way.

Every listing that shows dates (event page, index, month, programme, home page,
search, network section) builds its items here.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings

from events import conf
from events.days import local_span
from events.page_schedule import page_occurrences

#: What listings read of a date's page (``Occurrence.objects.for_listing``): what
#: :func:`occurrence_item` puts in the dict, the page's address, and its organiser's.
LISTING_PAGE_FIELDS = (
    "title",
    "teaser",
    "url_path",
    "path",
    "depth",
    "live",
    "locale_id",
    "translation_key",
    "time_zone",
    "is_free",
    "location",
    "organiser",
)


def event_zone(name):
    try:
        return ZoneInfo(name)
    except Exception:
        return ZoneInfo(settings.TIME_ZONE)


def occurrence_item(row, request, cache=None):
    """A template-ready dict for one table row (``row.page`` selected with it)."""
    page = row.page
    zone = event_zone(page.time_zone)
    start, end = local_span(row.start_utc, row.end_utc, zone, row.all_day)
    url = None
    if cache is not None and page.pk in cache:
        url = cache[page.pk]
    else:
        url = page.get_url(request)
        if cache is not None:
            cache[page.pk] = url
    return {
        "page": page,
        "title": page.title,
        "teaser": page.teaser,
        "url": url,
        "start": start,
        "end": end,
        "all_day": row.all_day,
        "multi_day": (end.date() if isinstance(end, datetime) else end)
        != (start.date() if isinstance(start, datetime) else start),
        "status": row.status,
        "reason": row.reason,
        "note": row.note,
        "location": row.location or page.location,
        "moved_location": row.location,
        "original_start": row.original_start_utc.astimezone(zone),
        "is_free": page.is_free,
    }


def core_item(occ, page, locations=None):
    """The same dict for an occurrence computed by the core (previews, unpublished pages);
    ``locations`` maps the ids of the places dates moved to onto their locations."""
    moved = (locations or {}).get(occ.location) if occ.location else None
    start, end = occ.start, occ.end
    if occ.all_day:
        end = end - timedelta(days=1)
    return {
        "page": page,
        "title": page.title,
        "url": None,
        "start": start,
        "end": end,
        "all_day": occ.all_day,
        "multi_day": (end.date() if isinstance(end, datetime) else end)
        != (start.date() if isinstance(start, datetime) else start),
        "status": occ.status,
        "reason": occ.reason,
        "note": occ.note,
        "location": moved or page.location,
        "moved_location": moved,
        "original_start": occ.original_start,
        "is_free": page.is_free,
    }


def computed_next_dates(page, now, limit=10):
    """The next dates of ``page`` computed from its schedule (drafts, previews).

    Published pages read the same from the occurrence table; both come from
    :func:`events.page_schedule.page_occurrences`.
    """
    from events.models import Location

    found = page_occurrences(page, now, now + timedelta(days=conf.horizon_days()))[:limit]
    moved_to = {occ.location for occ in found if occ.location}
    locations = Location.objects.in_bulk(moved_to) if moved_to else {}
    return [core_item(occ, page, locations) for occ in found]
