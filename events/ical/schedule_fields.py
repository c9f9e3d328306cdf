"""From a core Series read from a file to the event page's schedule fields (no ORM).

Rules the editor's fields can express are stored as those fields; any
other RFC 5545 rule (BYSETPOS, several BYMONTHDAYs …) is kept as it is with
``custom_rule`` set.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from events.recurrence.rules import Rule
from events.schedule import ENDS_AFTER, ENDS_NEVER, ENDS_ON_DATE, ScheduleValues, build_rrule


def schedule_fields(series):
    """EventPage schedule field values for a core Series.

    Rules the editor's fields can express are stored as fields; any other
    RFC 5545 rule (BYSETPOS, several BYMONTHDAYs …) is kept as it is with
    ``custom_rule`` set.
    """
    end_date = None
    if series.duration_days:
        end_date = series.dtstart + timedelta(days=series.duration_days)
    values = {
        "start_date": series.dtstart,
        "end_date": end_date,
        "all_day": series.all_day,
        "start_time": series.start_time,
        "end_time": series.end_time,
        "time_zone": series.tz,
        "frequency": "",
        "interval": 1,
        "weekdays": [],
        "monthly_mode": "day",
        "month_day": None,
        "ordinals": [],
        "monthly_weekday": "",
        "months": [],
        "ends": ENDS_NEVER,
        "until": None,
        "count": None,
        "rrule": series.rrule,
        "custom_rule": False,
    }
    rule = series.rule
    if rule is None:
        return values
    values["frequency"] = rule.freq
    values["interval"] = rule.interval
    candidate = _editor_values(rule, values)
    if (
        candidate is not None
        and Rule.parse(build_rrule(ScheduleValues(**_schedule_args(candidate)))) == rule
    ):
        values.update(candidate)
        values["custom_rule"] = False
        values["rrule"] = build_rrule(ScheduleValues(**_schedule_args(values)))
        return values
    values["custom_rule"] = True
    if rule.count is not None:
        values.update(ends=ENDS_AFTER, count=min(rule.count, 1000))
    return values


def _schedule_args(values):
    names = ScheduleValues.__dataclass_fields__
    return {name: values[name] for name in names if name in values}


def _editor_values(rule, base):
    """Editor field values that produce ``rule``, or None when they cannot."""
    allowed = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH"}
    if rule.parts - allowed:
        return None
    values = dict(base)
    if rule.until is not None:
        if isinstance(rule.until, datetime):  # the editor's end is a date
            return None
        values.update(ends=ENDS_ON_DATE, until=rule.until)
    if rule.count is not None:
        values.update(ends=ENDS_AFTER, count=rule.count)
    codes, ordinals = rule.weekday_codes, rule.ordinals
    if rule.freq == "WEEKLY":
        if rule.by_month_day or any(ordinals):
            return None
        values["weekdays"] = list(codes)
    elif rule.freq == "MONTHLY":
        if rule.by_month_day:
            if codes or len(rule.by_month_day) != 1 or rule.by_month_day[0] < 1:
                return None
            values.update(monthly_mode="day", month_day=rule.by_month_day[0])
        elif codes:
            if len(set(codes)) != 1:
                return None
            if ordinals == (-1,):
                values.update(monthly_mode="last", monthly_weekday=codes[0])
            elif all(1 <= n <= 5 for n in ordinals):
                values.update(
                    monthly_mode="nth",
                    monthly_weekday=codes[0],
                    ordinals=[str(n) for n in ordinals],
                )
            else:
                return None
        else:
            return None
    elif codes or rule.by_month_day:
        return None
    if rule.by_month:
        if rule.freq == "YEARLY":
            return None
        values["months"] = [str(m) for m in rule.by_month]
    return values
