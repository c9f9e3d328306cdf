"""Build iCalendar text from a Series, for comparisons with recurring-ical-events."""

from datetime import UTC, date, datetime, time

import icalendar
import recurring_ical_events


def _value(series, value):
    if series.all_day:
        return f";VALUE=DATE:{value:%Y%m%d}"
    if isinstance(value, date) and not isinstance(value, datetime):
        value = datetime.combine(value, series.start_time)
    return f";TZID={series.tz}:{value:%Y%m%dT%H%M%S}"


def vevent(series, uid="event"):
    start = series.dtstart
    lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z"]
    lines.append("DTSTART" + _value(series, datetime.combine(start, series.start_time or time())))
    if series.all_day:
        lines[-1] = "DTSTART" + _value(series, start)
    end = series.duration + datetime.combine(
        start, time.min if series.all_day else series.start_time
    )
    lines.append("DTEND" + _value(series, end.date() if series.all_day else end))
    if series.rrule:
        lines.append("RRULE:" + series.rrule)
    for value in series.rdates:
        lines.append("RDATE" + _value(series, value))
    for value in series.exdates:
        lines.append("EXDATE" + _value(series, value))
    lines.append("END:VEVENT")
    return lines


def calendar_text(series_list):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Quartiersnetz tests//EN"]
    for index, series in enumerate(series_list):
        lines.extend(vevent(series, uid=f"event-{index}"))
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def to_utc(value):
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return value


def ical_starts(series, start, end):
    """Start instants (UTC date-times, or dates for all-day) that recurring-ical-events finds."""
    calendar = icalendar.Calendar.from_ical(calendar_text([series]))
    events = recurring_ical_events.of(calendar).between(start, end)
    return sorted(to_utc(event.decoded("DTSTART")) for event in events)
