"""schema.org JSON-LD for an event page: ``Event`` with an ``eventSchedule`` (``Schedule``).

:func:`schedule_data` is pure (a core Series in, a dict out); :func:`event_data`
collects the page's values prepared by the view. Search engines read the
next occurrence from ``startDate``/``endDate`` and the series from the schedule.
"""

from __future__ import annotations

import json
from datetime import datetime

from events.places import address_line, coordinates
from events.recurrence import CANCELLED, EXCLUDED, MOVED
from events.recurrence.rules import WEEKDAY_CODES

SCHEMA_DAYS = dict(
    zip(
        WEEKDAY_CODES,
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        strict=True,
    )
)
FREQUENCY_UNITS = {"DAILY": "D", "WEEKLY": "W", "MONTHLY": "M", "YEARLY": "Y"}
STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    CANCELLED: "https://schema.org/EventCancelled",
    MOVED: "https://schema.org/EventRescheduled",
}


def schedule_data(series, *, name="", except_dates=()):
    """The schema.org ``Schedule`` for ``series`` (repeatFrequency, byDay, byMonthDay …)."""
    data = {"@type": "Schedule", "startDate": series.dtstart.isoformat()}
    if name:
        data["name"] = name
    if not series.all_day:
        data["startTime"] = series.start_time.isoformat()
        if series.end_time is not None:
            data["endTime"] = series.end_time.isoformat()
    data["scheduleTimezone"] = series.tz
    rule = series.rule
    if rule is not None:
        data["repeatFrequency"] = f"P{rule.interval}{FREQUENCY_UNITS[rule.freq]}"
        days = [f"https://schema.org/{SCHEMA_DAYS[code]}" for code in rule.weekday_codes]
        weeks = [ordinal for ordinal in rule.ordinals if ordinal]
        if days:
            data["byDay"] = list(dict.fromkeys(days))
        if weeks:
            data["byMonthWeek"] = sorted(set(weeks))
        if rule.by_month_day:
            data["byMonthDay"] = list(rule.by_month_day)
        if rule.by_month:
            data["byMonth"] = list(rule.by_month)
        if rule.count is not None:
            data["repeatCount"] = rule.count
        if rule.until is not None:
            data["endDate"] = rule.until_local_date(series.zone).isoformat()
    else:
        data["endDate"] = series.dtstart.isoformat()
    excluded = sorted({_day(value) for value in (*series.exdates, *except_dates)})
    if excluded:
        data["exceptDate"] = [day.isoformat() for day in excluded]
    return data


def _day(value):
    return value.date() if isinstance(value, datetime) else value


def schema_place(location):
    """The schema.org ``Place`` of a venue (``events.places``), or ``None``."""
    if location is None:
        return None
    place = {"@type": "Place", "name": location.name}
    if location.address:
        place["address"] = {"@type": "PostalAddress", "streetAddress": address_line(location)}
    if (geo := coordinates(location)) is not None:
        place["geo"] = {"@type": "GeoCoordinates", "latitude": geo[0], "longitude": geo[1]}
    return place


def event_data(
    page, *, url, series, schedule_text, next_item, location, organiser, organiser_url, except_dates
):
    """The ``Event`` for the page, with the next occurrence (a view item dict) if any."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "url": url,
        "inLanguage": page.locale.language_code if page.locale_id else "",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "isAccessibleForFree": bool(page.is_free),
        "eventSchedule": schedule_data(series, name=schedule_text, except_dates=except_dates),
    }
    if page.teaser:
        data["description"] = page.teaser
    if next_item is not None:
        data["eventStatus"] = STATUS.get(next_item["status"], STATUS["scheduled"])
        data["startDate"] = next_item["start"].isoformat()
        data["endDate"] = next_item["end"].isoformat()
    else:
        data["eventStatus"] = STATUS["scheduled"]
    place = schema_place(location)
    if place:
        data["location"] = place
    if organiser is not None:
        data["organizer"] = {"@type": "Organization", "name": organiser.title, "url": organiser_url}
    return data


def to_script_json(data):
    """JSON safe to put inside ``<script type="application/ld+json">``."""
    text = json.dumps(data, ensure_ascii=False, indent=None)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_jsonld(page, request, context):
    """The JSON-LD text for an event page from its prepared template context."""
    try:
        series = page.get_series()
    except Exception:  # a schedule that cannot be read: no structured data
        return ""
    items = context.get("next_dates") or []
    upcoming = [item for item in items if item["status"] != CANCELLED] or items
    except_dates = [
        exception.original_date
        for exception in page.exceptions.all()
        if exception.action in (CANCELLED, EXCLUDED)
    ] + [
        _day(item["original_start"])
        for item in items
        if item["status"] == CANCELLED and item.get("original_start")
    ]
    organiser = context.get("organiser")
    data = event_data(
        page,
        url=page.get_full_url(request),
        series=series,
        schedule_text=context.get("schedule_text", ""),
        next_item=upcoming[0] if upcoming else None,
        location=context.get("location"),
        organiser=organiser,
        organiser_url=organiser.get_full_url(request) if organiser is not None else "",
        except_dates=except_dates,
    )
    return to_script_json(data)
