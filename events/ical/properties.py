"""Reading the properties of one VEVENT: texts, categories, zones, dates and times,
the rule and the end, each checked and refused with one message (no ORM)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.utils.translation import gettext as _
from icalendar.prop import vBroken

from events.ical import bounds
from events.ical.problems import shown


class EventError(Exception):
    """One problem with one VEVENT; its message is for the editor."""


def property_text(component, name):
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value).strip()


def category_names(component):
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


def unknown_zone(tzid):
    return _(
        "The time zone %(tzid)s is unknown; choose a time zone such as Europe/Berlin for the "
        "event in your calendar program."
    ) % {"tzid": shown(tzid)}


def zone_name(prop, value, default_tz):
    """The IANA zone of a date-time property, or raise for an unknown one."""
    tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
    tzinfo = value.tzinfo
    if tzinfo is None:
        if tzid:
            raise EventError(unknown_zone(tzid))
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
    raise EventError(unknown_zone(tzid or tzinfo))


def check_date(component, name, value, *, slack=0):
    """Raise unless ``value`` lies in the supported years (see :mod:`events.ical.bounds`)."""
    message = bounds.date_error(name, value, slack=slack)
    if message:
        raise EventError(message)


def decoded_datetime(component, name):
    """(property, value) for a DATE or DATE-TIME property; raise when it is broken."""
    prop = component.get(name)
    if prop is None:
        return None, None
    if isinstance(prop, list):
        raise EventError(
            _(
                "The event has %(name)s more than once; keep only one in your calendar program "
                "and export the file again."
            )
            % {"name": name}
        )
    value = None if isinstance(prop, vBroken) else getattr(prop, "dt", None)
    if not isinstance(value, date):
        raise EventError(
            _(
                "%(name)s is not a valid date (%(value)s); correct the date in your calendar "
                "program and export the file again."
            )
            % {"name": name, "value": shown(_raw(prop))}
        )
    check_date(component, name, value, slack=1)  # before any arithmetic can overflow
    return prop, value


def _raw(prop):
    try:
        return prop.to_ical().decode("utf-8", "replace")
    except Exception:  # whatever icalendar made of a broken value
        return str(prop)


def as_local(value, zone):
    """A date-time as naive wall-clock time in ``zone`` (floating values stay as they are)."""
    if value.tzinfo is not None:
        return value.astimezone(zone).replace(tzinfo=None)
    return value


def rule_text(component):
    prop = component.get("RRULE")
    if prop is None:
        return ""
    if isinstance(prop, list):
        raise EventError(
            _(
                "The event has more than one repetition rule (RRULE); keep only one in your "
                "calendar program."
            )
        )
    if isinstance(prop, vBroken):
        return str(prop)
    return prop.to_ical().decode()


def date_list(component, name, zone, all_day):
    """RDATE or EXDATE values: dates, or naive local date-times in the series' zone."""
    props = component.get(name)
    if props is None:
        return ()
    if not isinstance(props, list):
        props = [props]
    values = []
    for prop in props:
        if isinstance(prop, vBroken):
            raise EventError(
                _(
                    "%(name)s is not a list of dates (%(value)s); correct the additional or "
                    "removed dates in your calendar program."
                )
                % {"name": name, "value": shown(_raw(prop))}
            )
        for item in prop.dts:
            value = item.dt
            if isinstance(value, tuple):
                raise EventError(
                    _(
                        "%(name)s lists periods, which cannot be imported; list single dates "
                        "or dates with a time instead."
                    )
                    % {"name": name}
                )
            check_date(component, name, value, slack=1)
            if isinstance(value, datetime):
                value = value.date() if all_day else as_local(value, zone)
            values.append(value)
    return tuple(values)


def event_end(component, start, all_day):
    """The end (same type as ``start``) from DTEND or DURATION, or None."""
    _prop, end = decoded_datetime(component, "DTEND")
    if end is None and component.get("DURATION") is not None:
        duration = component.decoded("DURATION")
        if not isinstance(duration, timedelta):
            raise EventError(
                _(
                    "The duration (DURATION) cannot be read; give the event an end (DTEND) in "
                    "your calendar program instead."
                )
            )
        try:
            end = start + duration
        except OverflowError:
            end = datetime.max if isinstance(start, datetime) else date.max
        check_date(component, "DURATION", end, slack=1)
        return end
    if end is None:
        return None
    if isinstance(end, datetime) != isinstance(start, datetime):
        raise EventError(
            _(
                "Start and end must both be whole days or both have a time; correct the event "
                "in your calendar program."
            )
        )
    return end
