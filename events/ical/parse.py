"""Read an iCalendar file into core series, with one clear message per problem (no ORM).

:func:`parse_calendar` returns an :class:`ParseResult`: the series it could
read (:class:`ImportedEvent`, one per UID, with the RECURRENCE-ID overrides
turned into core :class:`~events.recurrence.Change` objects) and the
problems, each naming the event's UID. Callers write nothing when there is
any problem.

Every date must lie within the years the schedule supports, and a file
may be refused for too many events or a series for too many dates
(:mod:`events.ical.bounds`), so that no input makes the import fail with a
traceback or run out of time or memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from django.utils.translation import gettext as _
from icalendar.prop import vBroken

from events.ical import bounds
from events.recurrence import (
    CANCELLED,
    MOVED,
    Change,
    RecurrenceError,
    Series,
    UnsupportedFrequency,
    first_occurrence,
    occurs_on,
)

NO_UID = "–"


@dataclass(frozen=True)
class Problem:
    """Something in the file that stops the import, for the event ``uid``."""

    uid: str
    message: str

    def __str__(self):
        return f"{self.uid}: {self.message}"


@dataclass
class ImportedEvent:
    """One series read from a file; ``changes`` carry location *texts* for moves."""

    uid: str
    series: Series
    summary: str = ""
    description: str = ""
    location: str = ""
    url: str = ""
    categories: tuple = ()
    sequence: int = 0
    last_modified: datetime | None = None
    cancelled: bool = False
    changes: list = field(default_factory=list)


@dataclass
class ParseResult:
    events: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    #: Components we leave out on purpose (e.g. overrides without their series).
    skipped: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.problems


class _EventError(Exception):
    """Internal: one problem with one VEVENT."""


def _text(component, name):
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value).strip()


def _categories(component):
    values = component.get("CATEGORIES")
    if values is None:
        return ()
    if not isinstance(values, list):
        values = [values]
    names = []
    for value in values:
        cats = getattr(value, "cats", None)
        names.extend(str(c).strip() for c in (cats if cats is not None else [value]))
    return tuple(dict.fromkeys(name for name in names if name))


def _zone_name(prop, value, default_tz):
    """The IANA zone of a date-time property, or raise for an unknown one."""
    tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
    tzinfo = value.tzinfo
    if tzinfo is None:
        if tzid:
            raise _EventError(
                _("Unknown time zone %(tzid)s. Use an IANA name such as Europe/Berlin.")
                % {"tzid": tzid}
            )
        return default_tz  # floating time: the site's zone
    if tzinfo in (UTC, UTC):
        return "UTC"
    key = getattr(tzinfo, "key", None)
    for candidate in (key, tzid):
        if not candidate:
            continue
        try:
            ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return candidate
    raise _EventError(
        _("Unknown time zone %(tzid)s. Use an IANA name such as Europe/Berlin.")
        % {"tzid": tzid or tzinfo}
    )


def _check_date(component, name, value, *, slack=0):
    """Raise unless ``value`` lies in the supported years (see :mod:`events.ical.bounds`)."""
    message = bounds.date_error(name, value, _text(component, "SUMMARY"), slack=slack)
    if message:
        raise _EventError(message)


def _decoded_datetime(component, name):
    """(property, value) for a DATE or DATE-TIME property; raise when it is broken."""
    prop = component.get(name)
    if prop is None:
        return None, None
    if isinstance(prop, list):
        raise _EventError(_("%(name)s appears more than once.") % {"name": name})
    if isinstance(prop, vBroken):
        raise _EventError(
            _("%(name)s is not a date or date-time: %(value)s") % {"name": name, "value": prop}
        )
    value = prop.dt
    if not isinstance(value, date):
        raise _EventError(_("%(name)s is not a date or date-time.") % {"name": name})
    _check_date(component, name, value, slack=1)  # before any arithmetic can overflow
    return prop, value


def _local(value, zone):
    """A date-time as naive wall-clock time in ``zone`` (floating values stay as they are)."""
    if value.tzinfo is not None:
        return value.astimezone(zone).replace(tzinfo=None)
    return value


def _rule_text(component):
    prop = component.get("RRULE")
    if prop is None:
        return ""
    if isinstance(prop, list):
        raise _EventError(_("The event has more than one RRULE; only one is supported."))
    if isinstance(prop, vBroken):
        return str(prop)
    return prop.to_ical().decode()


def _date_list(component, name, zone, all_day):
    """RDATE or EXDATE values: dates, or naive local date-times in the series' zone."""
    props = component.get(name)
    if props is None:
        return ()
    if not isinstance(props, list):
        props = [props]
    values = []
    for prop in props:
        if isinstance(prop, vBroken):
            raise _EventError(
                _("%(name)s is not a list of dates: %(value)s") % {"name": name, "value": prop}
            )
        for item in prop.dts:
            value = item.dt
            if isinstance(value, tuple):
                raise _EventError(
                    _("%(name)s with periods is not supported; list dates or date-times.")
                    % {"name": name}
                )
            _check_date(component, name, value, slack=1)
            if isinstance(value, datetime):
                value = value.date() if all_day else _local(value, zone)
            values.append(value)
    return tuple(values)


def _end(component, start, all_day):
    """The end (same type as ``start``) from DTEND or DURATION, or None."""
    _prop, end = _decoded_datetime(component, "DTEND")
    if end is None and component.get("DURATION") is not None:
        duration = component.decoded("DURATION")
        if not isinstance(duration, timedelta):
            raise _EventError(_("DURATION is not a duration."))
        try:
            end = start + duration
        except OverflowError:
            end = datetime.max if isinstance(start, datetime) else date.max
        _check_date(component, "DURATION", end, slack=1)
        return end
    if end is None:
        return None
    if isinstance(end, datetime) != isinstance(start, datetime):
        raise _EventError(_("DTSTART and DTEND must both be dates or both date-times."))
    return end


def _series(component, default_tz, rrule):
    """The core Series of a master VEVENT (raises _EventError)."""
    prop, start = _decoded_datetime(component, "DTSTART")
    if start is None:
        raise _EventError(_("The event has no start (DTSTART)."))
    all_day = not isinstance(start, datetime)
    if all_day:
        end = _end(component, start, all_day) or start + timedelta(days=1)
        days = (end - start).days
        if days < 1:
            raise _EventError(_("The event ends (DTEND) before it starts."))
        return Series(
            dtstart=start,
            all_day=True,
            duration_days=days - 1,
            tz=default_tz,
            rrule=rrule,
            rdates=_date_list(component, "RDATE", None, True),
            exdates=_date_list(component, "EXDATE", None, True),
        )
    tz = _zone_name(prop, start, default_tz)
    zone = ZoneInfo(tz)
    local_start = _local(start, zone)
    end = _end(component, start, all_day)
    end_time, duration_days = None, 0
    if end is not None:
        local_end = _local(end, zone)
        if local_end < local_start:
            raise _EventError(_("The event ends (DTEND) before it starts."))
        if local_end != local_start:
            end_time = local_end.time()
            duration_days = (local_end.date() - local_start.date()).days
    return Series(
        dtstart=local_start.date(),
        start_time=local_start.time(),
        end_time=end_time,
        duration_days=duration_days,
        tz=tz,
        rrule=rrule,
        rdates=_date_list(component, "RDATE", zone, False),
        exdates=_date_list(component, "EXDATE", zone, False),
    )


def _read_master(component, uid, default_tz):
    rrule = _rule_text(component)
    try:
        series = _series(component, default_tz, rrule)
        message = bounds.series_error(series, _text(component, "SUMMARY"))
        if message:
            raise _EventError(message)
    except UnsupportedFrequency as error:
        raise _EventError(
            _("The repetition is more often than daily, which is not supported (%(error)s).")
            % {"error": error}
        ) from None
    except RecurrenceError as error:
        raise _EventError(
            _("The repetition rule cannot be used: %(error)s") % {"error": error}
        ) from None
    try:
        if rrule and first_occurrence(series) is None:
            raise _EventError(_("The repetition rule never produces a date."))
    except RecurrenceError as error:
        raise _EventError(
            _("The repetition rule cannot be used: %(error)s") % {"error": error}
        ) from None
    sequence = component.get("SEQUENCE", 0)
    try:
        sequence = int(sequence)
    except (TypeError, ValueError):
        raise _EventError(_("SEQUENCE must be a whole number.")) from None
    if bounds.sequence_error(sequence):
        raise _EventError(bounds.sequence_error(sequence))
    last_modified = None
    if component.get("LAST-MODIFIED") is not None:
        _prop, last_modified = _decoded_datetime(component, "LAST-MODIFIED")
        if not isinstance(last_modified, datetime):
            raise _EventError(_("LAST-MODIFIED must be a date-time."))
        if last_modified.tzinfo is None:
            last_modified = last_modified.replace(tzinfo=UTC)
    cancelled = _text(component, "STATUS").upper() == "CANCELLED"
    changes = []
    if cancelled and not series.rrule and not series.rdates:
        # A cancelled one-off event stays visible as cancelled.
        changes.append(Change(series.dtstart, CANCELLED, note=_text(component, "COMMENT")))
        cancelled = False
    return ImportedEvent(
        uid=uid,
        series=series,
        summary=_text(component, "SUMMARY"),
        description=_text(component, "DESCRIPTION"),
        location=_text(component, "LOCATION"),
        url=_text(component, "URL"),
        categories=_categories(component),
        sequence=sequence,
        last_modified=last_modified,
        cancelled=cancelled,
        changes=changes,
    )


def _read_override(component, event, default_tz):
    """The core Change for a RECURRENCE-ID component, or None when nothing changes."""
    series = event.series
    prop, original = _decoded_datetime(component, "RECURRENCE-ID")
    if prop.params.get("RANGE"):
        raise _EventError(_("RECURRENCE-ID with RANGE (this and future) is not supported."))
    zone = series.zone
    if isinstance(original, datetime):
        original = _local(original, zone)
    original_day = original.date() if isinstance(original, datetime) else original
    if not occurs_on(series, original_day):
        raise _EventError(
            _("RECURRENCE-ID %(date)s is not a date of the series.") % {"date": original_day}
        )
    note = _text(component, "COMMENT")
    if _text(component, "STATUS").upper() == "CANCELLED":
        return Change(original_day, CANCELLED, note=note)
    _prop, start = _decoded_datetime(component, "DTSTART")
    if start is None:
        start = original
    elif isinstance(start, datetime):
        start = _local(start, zone)
    end = _end(component, start, series.all_day)
    if isinstance(end, datetime):
        end = _local(end, zone)
    _check_date(component, "DTSTART", start)
    location = _text(component, "LOCATION")
    new_location = location if location and location != event.location else None
    if series.all_day:
        new_day = start.date() if isinstance(start, datetime) else start
        if new_day == original_day and new_location is None:
            return Change(original_day, "note", note=note) if note else None
        return Change(original_day, MOVED, note=note, new_date=new_day, location=new_location)
    if not isinstance(start, datetime):
        raise _EventError(_("A timed event cannot be moved to a whole day."))
    original_start = original if isinstance(original, datetime) else None
    unchanged_time = original_start is not None and start == original_start
    natural_end = start + series.duration
    unchanged_end = end is None or end == natural_end
    if unchanged_time and unchanged_end and new_location is None:
        return Change(original_day, "note", note=note) if note else None
    return Change(
        original_day,
        MOVED,
        note=note,
        new_date=start.date(),
        new_start_time=start.time(),
        new_end_time=end.time() if end is not None and not unchanged_end else None,
        location=new_location,
    )


def _unreadable(uid, error):
    return Problem(uid, _("A date of the event cannot be used (%(error)s).") % {"error": error})


def parse_calendar(data, *, default_tz="Europe/Berlin", max_events=None, max_dates=None):
    """Parse iCalendar ``data`` (bytes or str) into a :class:`ParseResult`.

    With ``max_events``, a file with more VEVENTs (series and changed dates
    together) is refused before any is read; with ``max_dates``, a series
    with more RDATE, EXDATE and changed dates is a problem.
    """
    result = ParseResult()
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, TypeError) as error:
        result.problems.append(
            Problem(NO_UID, _("This is not an iCalendar file (%(error)s).") % {"error": error})
        )
        return result
    if isinstance(calendar, list) or calendar.name != "VCALENDAR":
        result.problems.append(Problem(NO_UID, _("This is not an iCalendar file (no VCALENDAR).")))
        return result
    masters, overrides = {}, []
    components = calendar.walk("VEVENT")
    if not components:
        result.problems.append(Problem(NO_UID, _("The file contains no events (VEVENT).")))
        return result
    message = bounds.events_error(len(components), max_events)
    if message:
        result.problems.append(Problem(NO_UID, message))
        return result
    for component in components:
        uid = _text(component, "UID")
        if not uid:
            summary = _text(component, "SUMMARY") or "?"
            result.problems.append(
                Problem(NO_UID, _("The event “%(summary)s” has no UID.") % {"summary": summary})
            )
            continue
        if component.get("RECURRENCE-ID") is not None:
            overrides.append((uid, component))
            continue
        if uid in masters:
            result.problems.append(Problem(uid, _("The UID appears for two different events.")))
            continue
        try:
            masters[uid] = _read_master(component, uid, default_tz)
        except _EventError as error:
            masters[uid] = None
            result.problems.append(Problem(uid, str(error)))
        except (OverflowError, ValueError) as error:  # any other date beyond Python's range
            masters[uid] = None
            result.problems.append(_unreadable(uid, error))
    for uid, component in overrides:
        event = masters.get(uid)
        if uid not in masters:
            result.skipped.append(
                Problem(uid, _("A changed date (RECURRENCE-ID) without its series was left out."))
            )
            continue
        if event is None:
            continue  # the series already has a problem
        try:
            change = _read_override(component, event, default_tz)
        except _EventError as error:
            result.problems.append(Problem(uid, str(error)))
            continue
        except RecurrenceError as error:
            result.problems.append(Problem(uid, str(error)))
            continue
        except (OverflowError, ValueError) as error:
            result.problems.append(_unreadable(uid, error))
            continue
        if change is not None:
            event.changes.append(change)
    result.events = [event for event in masters.values() if event is not None]
    for event in result.events:
        message = bounds.dates_error(event, max_dates)
        if message:
            result.problems.append(Problem(event.uid, message))
    return result
