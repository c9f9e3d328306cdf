"""Reading and checking the parts of an RRULE value (no ORM, no Django needed).

The error classes, the part names and their ranges, and the functions that
turn ``FREQ=WEEKLY;BYDAY=MO`` into typed values and refuse what the
recurrence core cannot expand; :class:`events.recurrence.rules.Rule` holds the
result.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime

from dateutil import rrule as du_rrule
from icalendar import vWeekday

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
SUB_DAILY = frozenset({"HOURLY", "MINUTELY", "SECONDLY"})
#: The parts we read, in the order :meth:`Rule.to_text` writes them (the
#: editor's order: what repeats, then when it ends).
PART_ORDER = (
    "FREQ",
    "INTERVAL",
    "BYDAY",
    "BYMONTHDAY",
    "BYYEARDAY",
    "BYWEEKNO",
    "BYMONTH",
    "BYSETPOS",
    "WKST",
    "COUNT",
    "UNTIL",
)
KNOWN_PARTS = frozenset(PART_ORDER)
#: Largest INTERVAL and COUNT we accept (beyond any calendar's use).
MAX_NUMBER = 1_000_000

#: Integer list parts: attribute, smallest and largest absolute value, negatives allowed.
NUMBER_LISTS = {
    "BYMONTHDAY": ("by_month_day", 1, 31, True),
    "BYMONTH": ("by_month", 1, 12, False),
    "BYSETPOS": ("by_set_pos", 1, 366, True),
    "BYYEARDAY": ("by_year_day", 1, 366, True),
    "BYWEEKNO": ("by_week_no", 1, 53, True),
}
DATEUTIL_FREQUENCIES = {
    "DAILY": du_rrule.DAILY,
    "WEEKLY": du_rrule.WEEKLY,
    "MONTHLY": du_rrule.MONTHLY,
    "YEARLY": du_rrule.YEARLY,
}
# ``[0-9]``, not ``\d`` (nor ``str.isdigit``): RFC 5545 digits are ASCII, and
# Python would also read "٣" as 3 (``"²".isdigit()`` is even true, ``int`` fails).
_NUMBER = re.compile(r"([+-]?)([0-9]+)")
_UNTIL = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})(?:T([0-9]{2})([0-9]{2})([0-9]{2})(Z?))?")
#: Digits beyond this are not read (every limit is far lower; ``int`` of
#: thousands of digits is slow or refused).
_MAX_DIGITS = 9


class RecurrenceError(ValueError):
    """A series or rule that cannot be expanded; the message says what is wrong."""


class UnsupportedFrequency(RecurrenceError):
    """The rule repeats more often than daily (HOURLY, MINUTELY, SECONDLY)."""


class InvalidRule(RecurrenceError):
    """The RRULE value is malformed or contradicts itself."""


class NeverOccurs(InvalidRule):
    """The rule is well-formed but can never produce a date (the 30th of February)."""


def weekday_text(ordinal, code):
    """One BYDAY value: ``(0, "MO")`` -> ``"MO"``, ``(-1, "TH")`` -> ``"-1TH"``."""
    return f"{ordinal}{code}" if ordinal else code


def parse_parts(value):
    """The typed parts of an RRULE value as ``Rule`` arguments, or ``None`` for an empty one."""
    value = value.strip()
    if value[:6].upper() == "RRULE:":
        value = value[6:]
    if not value.strip():
        return None
    parts = {}
    for item in value.split(";"):
        if not item:
            continue
        name, sep, part_value = item.partition("=")
        name = name.strip().upper()
        if not sep or not part_value.strip():
            raise InvalidRule(f"The rule part {item!r} has no value.")
        if name in parts:
            raise InvalidRule(f"The rule part {name} appears twice.")
        if name in {"BYHOUR", "BYMINUTE", "BYSECOND"}:
            raise UnsupportedFrequency(
                f"{name} would repeat the event several times a day; that is not supported."
            )
        if name not in KNOWN_PARTS:
            raise InvalidRule(f"Unknown rule part {name}.")
        parts[name] = part_value.strip().upper()
    freq = parts.get("FREQ")
    _check_frequency(freq)
    if "COUNT" in parts and "UNTIL" in parts:
        raise InvalidRule("A rule may end after COUNT times or on UNTIL, not both.")
    values = {"freq": freq}
    for name, attribute in (("INTERVAL", "interval"), ("COUNT", "count")):
        if name in parts:
            number = _number(parts[name], signed=False)
            if number is None:
                raise InvalidRule(f"{name} must be a whole number of at least 1.")
            values[attribute] = number
    for name, (attribute, _low, _high, _signed) in NUMBER_LISTS.items():
        if name in parts:
            numbers = [_number(v.strip(), signed=True) for v in parts[name].split(",")]
            if None in numbers:
                raise InvalidRule(f"{name} must list whole numbers.")
            values[attribute] = tuple(numbers)
    if "WKST" in parts:
        values["wkst"] = parts["WKST"]
    if "BYDAY" in parts:
        values["by_day"] = tuple(_parse_weekday(v.strip()) for v in parts["BYDAY"].split(","))
    if "UNTIL" in parts:
        values["until"] = _parse_until(parts["UNTIL"])
    return values


def _number(text, *, signed):
    """An integer of ASCII digits (optionally signed), or None."""
    match = _NUMBER.fullmatch(text)
    if match is None or (match.group(1) and not signed):
        return None
    sign, digits = match.groups()
    digits = digits.lstrip("0") or "0"
    number = int(digits) if len(digits) <= _MAX_DIGITS else 10**_MAX_DIGITS
    return -number if sign == "-" else number


def _parse_weekday(item):
    """``"2TU"`` -> ``(2, "TU")``, read with icalendar's ``vWeekday``."""
    try:
        weekday = vWeekday(item)
    except ValueError:
        weekday = None
    prefix = item[:-2]
    if weekday is None or prefix in ("+", "-"):
        raise InvalidRule(f"BYDAY value {item!r} is not a weekday such as MO, 2TU or -1TH.")
    if prefix and not weekday.relative:  # "0MO": RFC 5545 ordinals start at 1
        raise InvalidRule(f"The ordinal in BYDAY value {item!r} is out of range.")
    return (weekday.relative or 0, weekday.weekday)


def _parse_until(text):
    match = _UNTIL.fullmatch(text)
    try:
        if match is None:
            raise ValueError(text)
        *day, hour, minute, second, utc = match.groups()
        if hour is None:
            return date(*map(int, day))
        value = datetime(*map(int, day), int(hour), int(minute), int(second))
    except ValueError:
        raise InvalidRule(f"UNTIL {text!r} is not a date (YYYYMMDD) or date-time.") from None
    return value.replace(tzinfo=UTC) if utc else value


def until_text(value):
    if not isinstance(value, datetime):
        return f"{value:%Y%m%d}"
    if value.tzinfo is not None:
        return f"{value:%Y%m%dT%H%M%SZ}"
    return f"{value:%Y%m%dT%H%M%S}"


def dateutil_weekday(ordinal, code):
    weekday = du_rrule.weekdays[WEEKDAY_CODES.index(code)]
    return weekday(ordinal) if ordinal else weekday


def day_pair(item):
    """A BYDAY value as ``(ordinal, code)``, from a pair or a string such as ``"2TU"``."""
    if isinstance(item, str):
        return _parse_weekday(item.strip().upper())
    try:
        ordinal, code = item
    except (TypeError, ValueError):
        raise InvalidRule(
            f"BYDAY value {item!r} is not a weekday such as MO, 2TU or -1TH."
        ) from None
    if not _is_int(ordinal) or code not in WEEKDAY_CODES:
        raise InvalidRule(f"BYDAY value {item!r} is not a weekday such as MO, 2TU or -1TH.")
    return (ordinal, code)


def normal_until(value):
    """UNTIL at RRULE precision (whole seconds), an aware value in UTC."""
    if value is None or not isinstance(value, date):
        return value  # refused by check_rule
    if isinstance(value, datetime):
        value = value.replace(microsecond=0)
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
    return value


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _check_frequency(freq):
    if freq in SUB_DAILY:
        raise UnsupportedFrequency(
            f"FREQ={freq} repeats more often than daily; the smallest step is DAILY."
        )
    if freq not in FREQUENCIES:
        raise InvalidRule(f"FREQ must be one of DAILY, WEEKLY, MONTHLY, YEARLY (got {freq!r}).")


def check_rule(rule):
    """Everything a rule must satisfy; raises with the first problem found."""
    _check_frequency(rule.freq)
    if rule.count is not None and rule.until is not None:
        raise InvalidRule("A rule may end after COUNT times or on UNTIL, not both.")
    for name, value in (("INTERVAL", rule.interval), ("COUNT", rule.count)):
        if value is None and name == "COUNT":
            continue
        if not _is_int(value) or value < 1:
            raise InvalidRule(f"{name} must be a whole number of at least 1.")
        if value > MAX_NUMBER:
            raise InvalidRule(f"{name} must be a whole number of at most {MAX_NUMBER}.")
    if rule.until is not None and not isinstance(rule.until, date):
        raise InvalidRule(f"UNTIL {rule.until!r} is not a date (YYYYMMDD) or date-time.")
    _check_satisfiable(rule)


def _check_numbers(rule, name):
    attribute, low, high, signed = NUMBER_LISTS[name]
    values = getattr(rule, attribute)
    if not all(_is_int(v) for v in values):
        raise InvalidRule(f"{name} must list whole numbers.")
    if not signed and any(v < 0 for v in values):
        raise InvalidRule(f"{name} values must lie between {low} and {high}.")
    if any(not (low <= abs(v) <= high) for v in values):
        raise InvalidRule(f"{name} values must lie between {low} and {high} (or the negatives).")
    return values


def _check_satisfiable(rule):
    """Reject rules that can never produce a date (dateutil would search until 9999).

    Catches the combinations editors and imports run into: a day of the
    month that no chosen month has (the 30th of February), ordinals out of
    range, and BYSETPOS positions larger than any period's set.
    """
    monthdays = _check_numbers(rule, "BYMONTHDAY")
    months = _check_numbers(rule, "BYMONTH")
    setpos = _check_numbers(rule, "BYSETPOS")
    _check_numbers(rule, "BYYEARDAY")
    _check_numbers(rule, "BYWEEKNO")
    if rule.wkst is not None and rule.wkst not in WEEKDAY_CODES:
        raise InvalidRule("WKST must be a weekday code such as MO.")
    limit = 53 if rule.freq == "YEARLY" and not months else 5
    for ordinal, code in rule.by_day:
        if ordinal and not (1 <= abs(ordinal) <= limit):
            raise InvalidRule(
                f"The ordinal in BYDAY value {weekday_text(ordinal, code)!r} is out of range."
            )
    if monthdays and months:
        longest = {m: calendar.monthrange(2000, m)[1] for m in months}  # 2000: leap year
        if not any(abs(d) <= longest[m] for m in months for d in monthdays):
            raise NeverOccurs("No chosen month has the chosen day of the month.")
    if setpos:
        days = rule.by_day
        if rule.freq == "DAILY":
            size = 1
        elif rule.freq == "WEEKLY":
            size = len(days) or 1
        elif rule.freq == "MONTHLY":
            size = len(monthdays) or (5 * len(days) if days else 31)
        else:
            size = 366
        if all(abs(pos) > size for pos in setpos):
            raise NeverOccurs("BYSETPOS picks a position that no period has.")
