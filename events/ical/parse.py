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
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from events import conf
from events.ical import bounds, file_text
from events.ical.file_text import FileError, calendar_text, unreadable_message
from events.ical.problems import NO_UID, Problem, shown
from events.ical.properties import (
    EventError,
    as_local,
    category_names,
    check_date,
    date_list,
    decoded_datetime,
    event_end,
    property_text,
    rule_text,
    zone_name,
)
from events.recurrence import (
    CANCELLED,
    MOVED,
    Change,
    InvalidSeries,
    RecurrenceError,
    Series,
    UnsupportedFrequency,
    first_occurrence,
    occurs_on,
)

__all__ = ["NO_UID", "ImportedEvent", "ParseResult", "Problem", "parse_calendar"]


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


def _series(component, default_tz, rrule):
    """The core Series of a master VEVENT (raises EventError)."""
    prop, start = decoded_datetime(component, "DTSTART")
    if start is None:
        raise EventError(
            _(
                "The event has no start (DTSTART); give it a start date in your calendar "
                "program and export the file again."
            )
        )
    all_day = not isinstance(start, datetime)
    if all_day:
        end = event_end(component, start, all_day) or start + timedelta(days=1)
        days = (end - start).days
        if days < 1:
            raise EventError(ends_before_it_starts())
        return Series(
            dtstart=start,
            all_day=True,
            duration_days=days - 1,
            tz=default_tz,
            rrule=rrule,
            rdates=date_list(component, "RDATE", None, True),
            exdates=date_list(component, "EXDATE", None, True),
        )
    tz = zone_name(prop, start, default_tz)
    zone = ZoneInfo(tz)
    local_start = as_local(start, zone)
    end = event_end(component, start, all_day)
    end_time, duration_days = None, 0
    if end is not None:
        local_end = as_local(end, zone)
        if local_end < local_start:
            raise EventError(ends_before_it_starts())
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
        rdates=date_list(component, "RDATE", zone, False),
        exdates=date_list(component, "EXDATE", zone, False),
    )


def ends_before_it_starts():
    return _(
        "The event ends (DTEND) before it starts; correct its end in your calendar program "
        "and export the file again."
    )


def rule_message(rrule):
    """The message for a repetition rule the core refuses (its own words are not shown)."""
    return _(
        "The repetition rule (RRULE %(rule)s) cannot be read; set the repetition again in "
        "your calendar program and export the file again."
    ) % {"rule": shown(rrule)}


def _read_master(component, uid, default_tz):
    rrule = rule_text(component)
    try:
        series = _series(component, default_tz, rrule)
        message = bounds.series_error(series)
        if message:
            raise EventError(message)
    except InvalidSeries:
        raise EventError(dates_message()) from None
    except UnsupportedFrequency:
        raise EventError(
            _(
                "The event repeats more often than daily (RRULE %(rule)s), which the calendar "
                "cannot show; change the repetition to daily or less often."
            )
            % {"rule": shown(rrule)}
        ) from None
    except RecurrenceError:
        raise EventError(rule_message(rrule)) from None
    try:
        if rrule and first_occurrence(series) is None:
            raise EventError(
                _(
                    "The repetition rule never gives a date; check the end and the chosen "
                    "days of the repetition in your calendar program."
                )
            )
    except RecurrenceError:
        raise EventError(rule_message(rrule)) from None
    sequence = component.get("SEQUENCE", 0)
    try:
        sequence = int(sequence)
    except (TypeError, ValueError):
        raise EventError(bounds.sequence_message()) from None
    if bounds.sequence_error(sequence):
        raise EventError(bounds.sequence_error(sequence))
    last_modified = None
    if component.get("LAST-MODIFIED") is not None:
        _prop, last_modified = decoded_datetime(component, "LAST-MODIFIED")
        if not isinstance(last_modified, datetime):
            raise EventError(
                _(
                    "The time of the last change (LAST-MODIFIED) is not a date with a time; "
                    "export the calendar again."
                )
            )
        if last_modified.tzinfo is None:
            last_modified = last_modified.replace(tzinfo=UTC)
    cancelled = property_text(component, "STATUS").upper() == "CANCELLED"
    changes = []
    if cancelled and not series.rrule and not series.rdates:
        # A cancelled one-off event stays visible as cancelled.
        changes.append(Change(series.dtstart, CANCELLED, note=property_text(component, "COMMENT")))
        cancelled = False
    return ImportedEvent(
        uid=uid,
        series=series,
        summary=property_text(component, "SUMMARY"),
        description=property_text(component, "DESCRIPTION"),
        location=property_text(component, "LOCATION"),
        url=property_text(component, "URL"),
        categories=category_names(component),
        sequence=sequence,
        last_modified=last_modified,
        cancelled=cancelled,
        changes=changes,
    )


def _read_override(component, event, default_tz):
    """The core Change for a RECURRENCE-ID component, or None when nothing changes."""
    series = event.series
    prop, original = decoded_datetime(component, "RECURRENCE-ID")
    if prop.params.get("RANGE"):
        raise EventError(
            _(
                "A change applies to “this and all following dates” (RECURRENCE-ID with "
                "RANGE), which cannot be imported; change the series itself in your calendar "
                "program instead."
            )
        )
    zone = series.zone
    if isinstance(original, datetime):
        original = as_local(original, zone)
    original_day = original.date() if isinstance(original, datetime) else original
    if not occurs_on(series, original_day):
        raise EventError(
            _(
                "A changed date (RECURRENCE-ID %(date)s) is not a date of the series; delete "
                "this change in your calendar program or correct its date."
            )
            % {"date": date_format(original_day, "DATE_FORMAT")}
        )
    note = property_text(component, "COMMENT")
    if property_text(component, "STATUS").upper() == "CANCELLED":
        return Change(original_day, CANCELLED, note=note)
    _prop, start = decoded_datetime(component, "DTSTART")
    if start is None:
        start = original
    elif isinstance(start, datetime):
        start = as_local(start, zone)
    end = event_end(component, start, series.all_day)
    if isinstance(end, datetime):
        end = as_local(end, zone)
    check_date(component, "DTSTART", start)
    location = property_text(component, "LOCATION")
    new_location = location if location and location != event.location else None
    if series.all_day:
        new_day = start.date() if isinstance(start, datetime) else start
        if new_day == original_day and new_location is None:
            return Change(original_day, "note", note=note) if note else None
        return Change(original_day, MOVED, note=note, new_date=new_day, location=new_location)
    if not isinstance(start, datetime):
        raise EventError(
            _(
                "A date of this event with a start time was moved to a whole day; give the "
                "changed date a start time in your calendar program."
            )
        )
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


def dates_message():
    return _(
        "A date of the event cannot be used; check its dates in your calendar program and "
        "export the file again."
    )


def _unreadable(uid, summary):
    return Problem(uid, dates_message(), summary)


def _file_problem(result, message, uid=NO_UID, summary=""):
    result.problems.append(Problem(uid, message, summary))
    return result


def parse_calendar(data, *, default_tz=None, max_events=None, max_dates=None, require_uid=True):
    """Parse iCalendar ``data`` (bytes or str) into a :class:`ParseResult`.

    With ``max_events``, a file with more VEVENTs (series and changed dates
    together) is refused before any is read; with ``max_dates``, a series
    with more RDATE, EXDATE and changed dates is a problem. Times without a zone
    are in ``default_tz`` (the site's ``TIME_ZONE`` unless given). Without
    ``require_uid``, UIDs identify nothing: events without one are read with
    ``uid`` "", and two events with the same UID are two events (changed dates
    still need their series' UID).
    """
    default_tz = default_tz or conf.time_zone()
    result = ParseResult()
    try:
        text = calendar_text(data)
    except FileError as error:
        return _file_problem(result, str(error))
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, IndexError, KeyError, TypeError):
        uid, summary, message = unreadable_message(text)
        return _file_problem(result, message, uid, summary)
    if isinstance(calendar, list) or calendar.name != "VCALENDAR":
        return _file_problem(result, file_text.not_a_calendar_message())
    masters, overrides = {}, []
    components = calendar.walk("VEVENT")
    if not components:
        return _file_problem(
            result,
            _("The file contains no events (VEVENT); check that you exported the right calendar."),
        )
    message = bounds.events_error(len(components), max_events)
    if message:
        return _file_problem(result, message)
    for number, component in enumerate(components):
        uid = property_text(component, "UID")
        summary = property_text(component, "SUMMARY")
        if not uid and require_uid:
            result.problems.append(Problem(NO_UID, no_uid_message(), summary))
            continue
        if component.get("RECURRENCE-ID") is not None:
            overrides.append((uid, component))
            continue
        key = uid
        if not uid or (not require_uid and uid in masters):
            key = (uid, number)  # never equal to a UID from the file
        if key in masters:
            result.problems.append(
                Problem(
                    uid,
                    _(
                        "The same UID belongs to two different events; give each event its "
                        "own UID, or export the calendar again."
                    ),
                    summary,
                )
            )
            continue
        try:
            masters[key] = _read_master(component, uid, default_tz)
        except EventError as error:
            masters[key] = None
            result.problems.append(Problem(uid, str(error), summary))
        except (OverflowError, ValueError):  # any other date beyond Python's range
            masters[key] = None
            result.problems.append(_unreadable(uid, summary))
    for uid, component in overrides:
        event = masters.get(uid)
        summary = property_text(component, "SUMMARY")
        if uid not in masters:
            result.skipped.append(
                Problem(
                    uid,
                    _("A changed date (RECURRENCE-ID) without its series in the file is left out."),
                    summary,
                )
            )
            continue
        if event is None:
            continue  # the series already has a problem
        summary = event.summary or summary
        try:
            change = _read_override(component, event, default_tz)
        except EventError as error:
            result.problems.append(Problem(uid, str(error), summary))
            continue
        except RecurrenceError:
            result.problems.append(Problem(uid, rule_message(event.series.rrule), summary))
            continue
        except (OverflowError, ValueError):
            result.problems.append(_unreadable(uid, summary))
            continue
        if change is not None:
            event.changes.append(change)
    result.events = [event for event in masters.values() if event is not None]
    for event in result.events:
        message = bounds.dates_error(event, max_dates)
        if message:
            result.problems.append(Problem(event.uid, message, event.summary))
    return result


def no_uid_message():
    return _(
        "The event has no UID (its unique identifier); export the calendar again from your "
        "calendar program, which gives every event one."
    )
