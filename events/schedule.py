"""From the editor's plain schedule fields to a Series and its RRULE (no ORM).

The page model, the admin form and the live preview all go through
:func:`validate_schedule` and :func:`build_series`, so an editor sees the
same errors and dates everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from events import conf
from events.recurrence import (
    WEEKDAY_CODES,
    NeverOccurs,
    RecurrenceError,
    Series,
    first_occurrence,
)

NEVER = ""
FREQUENCY_CHOICES = [
    (NEVER, _("Does not repeat")),
    ("DAILY", _("Daily")),
    ("WEEKLY", _("Weekly")),
    ("MONTHLY", _("Monthly")),
    ("YEARLY", _("Yearly")),
]
MONTHLY_DAY, MONTHLY_NTH, MONTHLY_LAST = "day", "nth", "last"
MONTHLY_MODE_CHOICES = [
    (MONTHLY_DAY, _("On a day of the month (e.g. the 15th)")),
    (MONTHLY_NTH, _("On the nth weekday (e.g. the 2nd and 4th Tuesday)")),
    (MONTHLY_LAST, _("On the last weekday (e.g. the last Thursday)")),
]
ENDS_NEVER, ENDS_ON_DATE, ENDS_AFTER = "never", "on_date", "after"
ENDS_CHOICES = [
    (ENDS_NEVER, _("Never")),
    (ENDS_ON_DATE, _("On a date")),
    (ENDS_AFTER, _("After a number of times")),
]
WEEKDAY_CHOICES = [(code, WEEKDAYS[index]) for index, code in enumerate(WEEKDAY_CODES)]
ORDINAL_CHOICES = [
    ("1", pgettext_lazy("ordinal", "1st")),
    ("2", pgettext_lazy("ordinal", "2nd")),
    ("3", pgettext_lazy("ordinal", "3rd")),
    ("4", pgettext_lazy("ordinal", "4th")),
    ("5", pgettext_lazy("ordinal", "5th")),
]
MAX_COUNT = 1000
MAX_INTERVAL = 99
#: Dates an editor, an import or the API may give; outside, calendars and
#: date arithmetic break (year 1, year 9999) and no neighbourhood event lives.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)


def date_in_range_error(value):
    """The message for a date outside the supported years, or None."""
    if value is not None and not EARLIEST_DATE <= value <= LATEST_DATE:
        return _("Enter a date between the years %(first)d and %(last)d.") % {
            "first": EARLIEST_DATE.year,
            "last": LATEST_DATE.year,
        }
    return None


def validate_event_date(value):
    """Model field validator for every date of a schedule (``date_in_range_error``)."""
    from django.core.exceptions import ValidationError

    message = date_in_range_error(value)
    if message:
        raise ValidationError(message, code="date_out_of_range")


@dataclass
class ScheduleValues:
    """The editor's schedule fields, whatever they came from (model, form, query)."""

    start_date: date | None = None
    end_date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    all_day: bool = False
    time_zone: str = field(default_factory=conf.time_zone)
    frequency: str = NEVER
    interval: int | None = 1
    weekdays: list = field(default_factory=list)
    monthly_mode: str = MONTHLY_DAY
    month_day: int | None = None
    ordinals: list = field(default_factory=list)
    monthly_weekday: str = ""
    months: list = field(default_factory=list)
    ends: str = ENDS_NEVER
    until: date | None = None
    count: int | None = None

    @classmethod
    def from_object(cls, obj):
        names = cls.__dataclass_fields__
        return cls(**{name: getattr(obj, name) for name in names if hasattr(obj, name)})


def build_rrule(values):
    """The RRULE value for the editor's choices ("" for a one-off event)."""
    if not values.frequency:
        return ""
    parts = {"FREQ": values.frequency}
    interval = values.interval or 1
    if interval != 1:
        parts["INTERVAL"] = str(interval)
    start = values.start_date
    if values.frequency == "WEEKLY":
        codes = sorted(values.weekdays or [WEEKDAY_CODES[start.weekday()]], key=WEEKDAY_CODES.index)
        parts["BYDAY"] = ",".join(codes)
    elif values.frequency == "MONTHLY":
        weekday = values.monthly_weekday or WEEKDAY_CODES[start.weekday()]
        if values.monthly_mode == MONTHLY_NTH:
            ordinals = sorted(int(n) for n in values.ordinals or [(start.day - 1) // 7 + 1])
            parts["BYDAY"] = ",".join(f"{n}{weekday}" for n in ordinals)
        elif values.monthly_mode == MONTHLY_LAST:
            parts["BYDAY"] = f"-1{weekday}"
        else:
            parts["BYMONTHDAY"] = str(values.month_day or start.day)
    if values.months and values.frequency != "YEARLY":
        parts["BYMONTH"] = ",".join(str(m) for m in sorted(int(m) for m in values.months))
    if values.ends == ENDS_AFTER and values.count:
        parts["COUNT"] = str(values.count)
    elif values.ends == ENDS_ON_DATE and values.until:
        parts["UNTIL"] = values.until.strftime("%Y%m%d")
    # Joined as written (not through events.recurrence.rules.Rule, which would refuse
    # impossible choices here; validate_schedule reports those per field).
    return ";".join(f"{name}={value}" for name, value in parts.items())


REPEATING = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")


def unused_fields(values):
    """``{field: blank value}`` for the fields the chosen repetition does not use.

    The admin form shows only what the repetition needs. What an editor
    filled in before choosing another repetition (the weekdays of a weekly
    event that is now monthly, a last date after switching to "never ends")
    must not linger out of sight, count in the checks or reach the rule.
    """
    unused = {}
    frequency = values.frequency
    if frequency not in REPEATING:
        unused.update(interval=1, months=[], ends=ENDS_NEVER, skip_public_holidays=False)
    if frequency != "WEEKLY":
        unused["weekdays"] = []
    if frequency != "MONTHLY":
        unused.update(monthly_mode=MONTHLY_DAY, month_day=None, ordinals=[], monthly_weekday="")
    elif values.monthly_mode == MONTHLY_NTH:
        unused["month_day"] = None
    elif values.monthly_mode == MONTHLY_LAST:
        unused.update(month_day=None, ordinals=[])
    else:
        unused.update(ordinals=[], monthly_weekday="")
    if frequency == "YEARLY":
        unused["months"] = []
    ends = unused.get("ends", values.ends)
    if ends != ENDS_ON_DATE:
        unused["until"] = None
    if ends != ENDS_AFTER:
        unused["count"] = None
    return unused


def validate_schedule(values):
    """Field errors for the editor's schedule, as ``{field: [message, ...]}``."""
    errors = {}

    def add(name, message):
        errors.setdefault(name, []).append(message)

    if values.start_date is None:
        add("start_date", _("Enter the date of the first (or only) occurrence."))
        return errors
    for name in ("start_date", "end_date", "until"):
        message = date_in_range_error(getattr(values, name))
        if message:
            add(name, message)
    if errors:
        return errors
    if not values.all_day and values.start_time is None:
        add("start_time", _("Enter a start time, or tick “all day”."))
    if values.end_date and values.end_date < values.start_date:
        add("end_date", _("The end date is before the start date. Enter a later end date."))
    same_day = not values.end_date or values.end_date == values.start_date
    if (
        not values.all_day
        and same_day
        and values.start_time
        and values.end_time
        and values.end_time < values.start_time
    ):
        add(
            "end_time",
            _(
                "The event ends before it starts. Enter an end time after the start time, "
                "or an end date for events that run past midnight."
            ),
        )
    if values.frequency not in {key for key, _label in FREQUENCY_CHOICES}:
        add("frequency", _("Choose how often the event repeats: daily at most."))
        return errors
    if values.frequency:
        if not values.interval or not 1 <= values.interval <= MAX_INTERVAL:
            add("interval", _("Enter a number between 1 and 99."))
        if values.until and values.count:
            add(
                "count",
                _("Fill in either an end date or a number of times, not both."),
            )
        if values.ends == ENDS_ON_DATE:
            if not values.until:
                add("until", _("Enter the date of the last occurrence."))
            elif values.until < values.start_date:
                add("until", _("The repetition ends before the first date. Enter a later date."))
        if values.ends == ENDS_AFTER and not values.count:
            add("count", _("Enter how many times the event takes place."))
        if values.count and not 1 <= values.count <= MAX_COUNT:
            add("count", _("Enter a number between 1 and 1000."))
        if values.month_day and not 1 <= values.month_day <= 31:
            add("month_day", _("Enter a day of the month between 1 and 31."))
    if errors:
        return errors
    try:
        series = build_series(values)
        found = first_occurrence(series)
    except NeverOccurs:
        found = None
    except RecurrenceError:
        # The plain fields only build valid rules; this guards stored custom rules.
        add(
            "frequency",
            _("This repetition cannot be used. Check the repetition fields and try again."),
        )
        return errors
    if found is None:
        field_name = "month_day" if values.frequency == "MONTHLY" else "frequency"
        add(
            field_name,
            _(
                "With these settings the event never takes place (e.g. the 31st in a "
                "month that has only 30 days). Choose another day or other months."
            ),
        )
    return errors


def build_series(values, rdates=(), exdates=()):
    """The :class:`Series` for the editor's values (raises ``RecurrenceError``)."""
    duration_days = 0
    if values.end_date and values.start_date and values.end_date > values.start_date:
        duration_days = (values.end_date - values.start_date).days
    start_time = None if values.all_day else values.start_time
    end_time = None if values.all_day else values.end_time
    return Series(
        dtstart=values.start_date,
        start_time=start_time,
        end_time=end_time,
        all_day=values.all_day,
        duration_days=duration_days,
        tz=values.time_zone or conf.time_zone(),
        rrule=build_rrule(values),
        rdates=tuple(rdates),
        exdates=tuple(exdates),
    )
