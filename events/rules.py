"""One RRULE value, parsed once: :class:`Rule` (no ORM, no Django needed).

``Rule.parse("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270630")`` reads an RFC 5545
RRULE value into an immutable, hashable value object with typed parts
(``by_day == ((0, "MO"),)``, ``until == date(2027, 6, 30)``), refusing
everything the recurrence core cannot expand with one clear message.
``str(rule)`` writes the canonical value back; :meth:`Rule.to_vrecur` and
:meth:`Rule.to_dateutil` hand it to ``icalendar`` and ``dateutil``. Schedule
texts, JSON-LD, iCalendar export and import all read the parts from here
instead of slicing strings.

UNTIL keeps the form it was given in: a date, a UTC date-time (aware) or a
floating date-time (naive). :meth:`Rule.until_local` and
:meth:`Rule.until_local_date` turn it into wall-clock time in the series'
zone: ``UNTIL=20270630T223000Z`` is already 1 July in Europe/Berlin.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import lru_cache

from dateutil import rrule as du_rrule
from icalendar import vRecur, vWeekday

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
_NUMBER_LISTS = {
    "BYMONTHDAY": ("by_month_day", 1, 31, True),
    "BYMONTH": ("by_month", 1, 12, False),
    "BYSETPOS": ("by_set_pos", 1, 366, True),
    "BYYEARDAY": ("by_year_day", 1, 366, True),
    "BYWEEKNO": ("by_week_no", 1, 53, True),
}
_DATEUTIL_FREQUENCIES = {
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


@dataclass(frozen=True, slots=True)
class Rule:
    """An RRULE value with typed parts; constructing one validates it.

    ``by_day`` holds ``(ordinal, weekday code)`` pairs, ordinal 0 for "every
    such weekday"; the other ``by_*`` parts hold integers. ``interval`` is 1
    unless the rule says otherwise (``INTERVAL=1`` and no INTERVAL are the
    same rule). Lists and BYDAY strings such as ``"2TU"`` are accepted and
    stored as tuples of pairs.
    """

    freq: str
    interval: int = 1
    count: int | None = None
    until: date | datetime | None = None
    by_day: tuple[tuple[int, str], ...] = ()
    by_month_day: tuple[int, ...] = ()
    by_month: tuple[int, ...] = ()
    by_year_day: tuple[int, ...] = ()
    by_week_no: tuple[int, ...] = ()
    by_set_pos: tuple[int, ...] = ()
    wkst: str | None = None

    def __post_init__(self):
        for name in ("by_month_day", "by_month", "by_year_day", "by_week_no", "by_set_pos"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(self, "by_day", tuple(_day_pair(item) for item in self.by_day))
        object.__setattr__(self, "until", _normal_until(self.until))
        _check(self)

    # -- reading and writing -------------------------------------------------

    @classmethod
    def parse(cls, value):
        """The Rule for an RRULE value, or None for an empty one (a one-off event).

        Accepts an optional ``RRULE:`` prefix and any case, or an icalendar
        ``vRecur``. Raises :class:`InvalidRule` (or :class:`NeverOccurs`) for
        malformed or impossible rules and :class:`UnsupportedFrequency` for
        anything repeating more often than daily. Results are cached: a Rule
        is immutable.
        """
        if value is None or isinstance(value, Rule):
            return value
        if isinstance(value, vRecur):
            value = value.to_ical().decode()
        return _parse(str(value))

    def to_text(self):
        """The canonical RRULE value (without ``RRULE:``), e.g. ``"FREQ=WEEKLY;BYDAY=MO"``."""
        return ";".join(f"{name}={text}" for name, text in self._items())

    __str__ = to_text

    def to_vrecur(self):
        """The rule as ``icalendar``'s ``vRecur`` (for an RRULE property)."""
        return vRecur.from_ical(self.to_text())

    def to_dateutil(self, dtstart, zone):
        """A ``dateutil.rrule.rrule`` from the naive local ``dtstart``.

        UNTIL becomes naive wall-clock time in ``zone`` (see :meth:`until_local`).
        """
        until = self.until_local(zone)
        return du_rrule.rrule(
            _DATEUTIL_FREQUENCIES[self.freq],
            dtstart=dtstart,
            interval=self.interval,
            wkst=WEEKDAY_CODES.index(self.wkst) if self.wkst else None,
            count=self.count,
            until=until.replace(microsecond=0) if until is not None else None,
            bysetpos=self.by_set_pos or None,
            bymonth=self.by_month or None,
            bymonthday=self.by_month_day or None,
            byyearday=self.by_year_day or None,
            byweekno=self.by_week_no or None,
            byweekday=[_dateutil_weekday(n, code) for n, code in self.by_day] or None,
            cache=False,
        )

    def replace(self, **changes):
        """A copy with some attributes changed (validated like a new rule)."""
        return dataclasses.replace(self, **changes)

    # -- questions -----------------------------------------------------------

    @property
    def parts(self):
        """The names of the parts the canonical value holds (``{"FREQ", "BYDAY"}``)."""
        return frozenset(name for name, _text in self._items())

    @property
    def weekday_codes(self):
        """The BYDAY weekday codes without ordinals, in the rule's order."""
        return tuple(code for _n, code in self.by_day)

    @property
    def ordinals(self):
        """The BYDAY ordinals (0 for a plain weekday), in the rule's order."""
        return tuple(n for n, _code in self.by_day)

    def until_local(self, zone):
        """UNTIL as naive wall-clock time in ``zone``, or None without UNTIL.

        A DATE means up to the end of that day; a UTC date-time is converted
        to ``zone``; a floating date-time already is wall-clock time.
        """
        until = self.until
        if until is None:
            return None
        if not isinstance(until, datetime):
            return datetime.combine(until, time.max)
        if until.tzinfo is not None:
            return until.astimezone(zone).replace(tzinfo=None)
        return until

    def until_local_date(self, zone):
        """The last local day in ``zone`` on which the rule may produce a date, or None."""
        until = self.until_local(zone)
        return until.date() if until is not None else None

    def _items(self):
        yield "FREQ", self.freq
        if self.interval != 1:
            yield "INTERVAL", str(self.interval)
        if self.by_day:
            yield "BYDAY", ",".join(weekday_text(n, code) for n, code in self.by_day)
        for name in ("BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS"):
            values = getattr(self, _NUMBER_LISTS[name][0])
            if values:
                yield name, ",".join(str(v) for v in values)
        if self.wkst:
            yield "WKST", self.wkst
        if self.count is not None:
            yield "COUNT", str(self.count)
        if self.until is not None:
            yield "UNTIL", _until_text(self.until)


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _parse(value):
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
    for name, (attribute, _low, _high, _signed) in _NUMBER_LISTS.items():
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
    return Rule(**values)


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


def _until_text(value):
    if not isinstance(value, datetime):
        return f"{value:%Y%m%d}"
    if value.tzinfo is not None:
        return f"{value:%Y%m%dT%H%M%SZ}"
    return f"{value:%Y%m%dT%H%M%S}"


def _dateutil_weekday(ordinal, code):
    weekday = du_rrule.weekdays[WEEKDAY_CODES.index(code)]
    return weekday(ordinal) if ordinal else weekday


def _day_pair(item):
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


def _normal_until(value):
    """UNTIL at RRULE precision (whole seconds), an aware value in UTC."""
    if value is None or not isinstance(value, date):
        return value  # refused by _check
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


def _check(rule):
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
    attribute, low, high, signed = _NUMBER_LISTS[name]
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


__all__ = [
    "FREQUENCIES",
    "WEEKDAY_CODES",
    "InvalidRule",
    "NeverOccurs",
    "RecurrenceError",
    "Rule",
    "UnsupportedFrequency",
    "weekday_text",
]
