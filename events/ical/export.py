"""Write series as RFC 5545 iCalendar (the ``icalendar`` package does the escaping).

A :class:`CalendarEntry` is one series as plain values: the core
:class:`~events.recurrence.Series`, the texts, and its *overrides* – the
occurrences that are not plainly scheduled (cancelled by an editor, skipped for
a public holiday or a closure period, moved). Each series becomes one master
VEVENT (DTSTART/DTEND with TZID, RRULE, RDATE, EXDATE) plus one VEVENT per
override with a RECURRENCE-ID; every zone used gets a VTIMEZONE. Texts pass
through :func:`cms.text.clean_text` (a bare CR or a bidi override in old data
must not reach calendar clients). No ORM.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

from cms.text import clean_text
from events.recurrence import CANCELLED, MOVED, Series, localize

PRODID = "-//Quartiersnetz//Events//EN"
#: How often subscribed calendars should refresh (RFC 7986 REFRESH-INTERVAL).
REFRESH_INTERVAL = timedelta(hours=12)


@dataclass(frozen=True)
class CalendarEntry:
    """One series with everything a calendar client shows.

    ``overrides`` are core occurrences whose status is cancelled or moved;
    their ``note`` is the reason shown to people and their ``location`` (if a
    string) the new place. ``last_modified`` is an aware date-time.
    """

    uid: str
    series: Series
    summary: str
    description: str = ""
    url: str = ""
    location: str = ""
    categories: tuple = ()
    sequence: int = 0
    last_modified: datetime | None = None
    overrides: tuple = ()


@lru_cache(maxsize=64)
def vtimezone(tzid, first_year, last_year):
    """The VTIMEZONE for ``tzid`` covering the given years (cached: it is the same every time)."""
    return Timezone.from_tzinfo(
        ZoneInfo(tzid),
        tzid=tzid,
        first_date=date(first_year, 1, 1),
        last_date=date(last_year, 1, 1),
    )


def wall_clock(series, value):
    """A date or naive local date-time as an iCalendar value for ``series``.

    All-day series give dates; timed ones give the wall-clock time with the
    series' zone attached (written with TZID), never shifted through UTC.
    """
    if series.all_day:
        return value.date() if isinstance(value, datetime) else value
    if not isinstance(value, datetime):
        value = datetime.combine(value, series.start_time)
    if value.tzinfo is not None:
        value = value.astimezone(series.zone).replace(tzinfo=None)
    return value.replace(tzinfo=series.zone)


def rrule_value(series):
    """The series' RRULE as a ``vRecur``, with UNTIL in the form RFC 5545 asks for.

    With a DATE DTSTART, UNTIL is a DATE; with a zoned DTSTART it is UTC. A
    date UNTIL in our rules means "up to the end of that day" locally.
    """
    rule = series.rule
    until = rule.until_local(series.zone)
    if until is not None:
        if series.all_day:
            rule = rule.replace(until=until.date())
        else:
            instant = localize(until.replace(microsecond=0), series.zone).astimezone(UTC)
            rule = rule.replace(until=instant)
    return rule.to_vrecur()


def first_end(series):
    """The DTEND of the first occurrence (``None`` for timed events without an end)."""
    end = series.first_end
    return None if end is None else wall_clock(series, end)


def _stamp(entry):
    return (entry.last_modified or datetime(2000, 1, 1, tzinfo=UTC)).astimezone(UTC)


def _common(event, entry):
    event.add("uid", entry.uid)
    event.add("dtstamp", _stamp(entry))
    if entry.last_modified is not None:
        event.add("last-modified", _stamp(entry))
    event.add("sequence", entry.sequence)
    event.add("summary", clean_text(entry.summary))
    if entry.url:
        event.add("url", entry.url)


def _override_value(series, value):
    """An occurrence's start or end (aware date-time or date) in the series' zone."""
    if isinstance(value, datetime):
        return wall_clock(series, value)
    return value


def _apply_override(event, entry, occ, *, with_times):
    series = entry.series
    if with_times:
        event.add("dtstart", _override_value(series, occ.start))
        if occ.end != occ.start or series.all_day:
            event.add("dtend", _override_value(series, occ.end))
    location = occ.location if isinstance(occ.location, str) and occ.location else entry.location
    if location:
        event.add("location", clean_text(location, multiline=True))
    if occ.status == CANCELLED:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    if occ.note:
        event.add("comment", clean_text(occ.note, multiline=True))
    description = "\n\n".join(text for text in (occ.note, entry.description) if text)
    if description:
        event.add("description", clean_text(description, multiline=True))


def master_event(entry):
    """The VEVENT that states the series (or the single date)."""
    series = entry.series
    event = Event()
    _common(event, entry)
    single = series.rule is None and not series.rdates
    if single and entry.overrides:
        # A one-off event: the change applies to the event itself.
        _apply_override(event, entry, entry.overrides[0], with_times=True)
        return event
    event.add("dtstart", wall_clock(series, series.dtstart))
    end = first_end(series)
    if end is not None:
        event.add("dtend", end)
    if series.rule is not None:
        event.add("rrule", rrule_value(series))
    if series.rdates:
        event.add("rdate", [wall_clock(series, value) for value in sorted(series.rdates, key=_key)])
    if series.exdates:
        event.add(
            "exdate", [wall_clock(series, value) for value in sorted(series.exdates, key=_key)]
        )
    if entry.categories:
        event.add("categories", [clean_text(name) for name in entry.categories])
    if entry.description:
        event.add("description", clean_text(entry.description, multiline=True))
    if entry.location:
        event.add("location", clean_text(entry.location, multiline=True))
    event.add("status", "CONFIRMED")
    return event


def _key(value):
    return value if isinstance(value, datetime) else datetime.combine(value, time.min)


def override_events(entry):
    """One VEVENT with RECURRENCE-ID per cancelled or moved occurrence of a series."""
    series = entry.series
    if series.rule is None and not series.rdates:
        return []
    result = []
    for occ in sorted(entry.overrides, key=lambda o: _key(_plain(o.original_start))):
        if occ.status not in (CANCELLED, MOVED):
            continue
        event = Event()
        _common(event, entry)
        event.add("recurrence-id", _override_value(series, occ.original_start))
        _apply_override(event, entry, occ, with_times=True)
        result.append(event)
    return result


def _plain(value):
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _shell(entries, *, name="", description=""):
    """The VCALENDAR with its properties and the VTIMEZONEs the entries need."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name, description = clean_text(name), clean_text(description, multiline=True)
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("name", name)
    if description:
        calendar.add("x-wr-caldesc", description)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT12H")
    zones = set()
    first_year = date.today().year
    for entry in entries:
        if not entry.series.all_day:
            zones.add(entry.series.tz)
            first_year = min(first_year, entry.series.dtstart.year)
    last_year = max(date.today().year + 10, 2038)
    for tzid in sorted(zones - {"UTC", "Etc/UTC"}):
        calendar.add_component(vtimezone(tzid, max(first_year - 1, 1970), last_year))
    return calendar


def entry_components(entry):
    """The master VEVENT and its overrides."""
    return [master_event(entry), *override_events(entry)]


@lru_cache(maxsize=8192)
def _entry_bytes(entry):
    return b"".join(event.to_ical() for event in entry_components(entry))


def entry_ical(entry):
    """The serialised VEVENTs of one entry.

    A pure function of the (immutable) entry, so it is memoised: a feed only
    serialises the series that changed since the last request.
    """
    try:
        return _entry_bytes(entry)
    except TypeError:  # an unhashable value (e.g. a list) in the entry: no memo
        return b"".join(event.to_ical() for event in entry_components(entry))


END = b"END:VCALENDAR\r\n"


def to_ics(entries, **kwargs):
    """The iCalendar file (bytes, CRLF line ends) for ``entries``."""
    shell = _shell(entries, **kwargs).to_ical()
    assert shell.endswith(END)
    body = b"".join(entry_ical(entry) for entry in entries)
    return shell[: -len(END)] + body + END
