"""A schedule in plain words, generated from the rule ("every Monday, 15:00–17:30").

Whole-phrase msgids with named placeholders, so that translators can reorder
them; ordinals are msgids of their own (context "ordinal"). Weekday and
month names come from Django's catalogues, dates and times from
``django.utils.formats`` in the active language. No ORM.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.utils import formats
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext, ngettext, pgettext

from events import conf
from events.recurrence.rules import WEEKDAY_CODES, Rule

WORKING_DAYS = ("MO", "TU", "WE", "TH", "FR")


def ordinal(number):
    """A localized ordinal for weekday positions: 1 -> "1st", -1 -> "last"."""
    names = {
        1: pgettext("ordinal", "1st"),
        2: pgettext("ordinal", "2nd"),
        3: pgettext("ordinal", "3rd"),
        4: pgettext("ordinal", "4th"),
        5: pgettext("ordinal", "5th"),
        -1: pgettext("ordinal", "last"),
        -2: pgettext("ordinal", "second to last"),
    }
    return names.get(number, str(number))


def join_list(items):
    """``["A", "B", "C"]`` -> "A, B and C" in the active language."""
    items = [str(item) for item in items]
    if len(items) <= 1:
        return "".join(items)
    separator = pgettext("list separator", ", ")
    return gettext("%(items)s and %(last)s") % {
        "items": separator.join(items[:-1]),
        "last": items[-1],
    }


def weekday_name(code):
    return str(WEEKDAYS[WEEKDAY_CODES.index(code)])


def format_time(value):
    """A wall-clock time, 24-hour (``EVENTS_TIME_FORMAT``, default "H:i")."""
    return formats.time_format(value, conf.time_format())


def format_date(value):
    return formats.date_format(value, "DATE_FORMAT")


def _every(interval, once, several, **values):
    """``once`` (already translated) for interval 1, else ``several`` with the count.

    Interval 1 has its own sentence ("every day"): in Slavic languages the
    singular plural form also serves 21, 31, ..., which need the number.
    """
    if interval == 1:
        return once % values
    return several % {"count": interval, **values}


#: Parts that do not change which days a rule picks (only how far it runs).
PLAIN_PARTS = frozenset({"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"})


def _weekly(rule, interval, dtstart):
    codes = list(dict.fromkeys(rule.weekday_codes)) or [WEEKDAY_CODES[dtstart.weekday()]]
    codes.sort(key=WEEKDAY_CODES.index)
    if interval == 1 and tuple(codes) == WORKING_DAYS:
        return gettext("every working day (Monday to Friday)")
    weekdays = join_list(weekday_name(code) for code in codes)
    if interval == 1:
        return gettext("every %(weekdays)s") % {"weekdays": weekdays}
    return ngettext(
        "every week on %(weekdays)s", "every %(count)d weeks on %(weekdays)s", interval
    ) % {"count": interval, "weekdays": weekdays}


def _monthly(rule, interval, dtstart):
    extra = rule.parts - PLAIN_PARTS
    if not extra:
        rule = rule.replace(by_month_day=(dtstart.day,))
        extra = {"BYMONTHDAY"}
    if extra == {"BYMONTHDAY"}:
        days = list(rule.by_month_day)
        if days == [-1]:
            return _every(
                interval,
                gettext("on the last day of the month"),
                ngettext(
                    "on the last day of every %(count)d month",
                    "on the last day of every %(count)d months",
                    interval,
                ),
            )
        if all(day > 0 for day in days):
            listed = join_list(str(day) for day in sorted(days))
            return _every(
                interval,
                gettext("every month on day %(days)s"),
                ngettext(
                    "every %(count)d month on day %(days)s",
                    "every %(count)d months on day %(days)s",
                    interval,
                ),
                days=listed,
            )
        return None
    if extra == {"BYDAY"}:
        codes = set(rule.weekday_codes)
        numbers = sorted(set(rule.ordinals), key=lambda n: (n < 0, abs(n)))
        if len(codes) != 1 or 0 in numbers:
            return None
        weekday = weekday_name(codes.pop())
        if numbers == [-1]:
            return _every(
                interval,
                gettext("on the last %(weekday)s of the month"),
                ngettext(
                    "on the last %(weekday)s of every %(count)d month",
                    "on the last %(weekday)s of every %(count)d months",
                    interval,
                ),
                weekday=weekday,
            )
        return _every(
            interval,
            gettext("every %(ordinals)s %(weekday)s of the month"),
            ngettext(
                "every %(ordinals)s %(weekday)s of every %(count)d month",
                "every %(ordinals)s %(weekday)s of every %(count)d months",
                interval,
            ),
            weekday=weekday,
            ordinals=join_list(ordinal(n) for n in numbers),
        )
    if extra == {"BYDAY", "BYSETPOS"} and len(rule.by_set_pos) == 1:
        position = rule.by_set_pos[0]
        if any(rule.ordinals) or interval != 1:
            return None
        codes = tuple(sorted(set(rule.weekday_codes), key=WEEKDAY_CODES.index))
        if codes == WORKING_DAYS:
            return gettext("on the %(ordinal)s working day of the month") % {
                "ordinal": ordinal(position)
            }
        if len(codes) == 1:
            return gettext("every %(ordinals)s %(weekday)s of the month") % {
                "ordinals": ordinal(position),
                "weekday": weekday_name(codes[0]),
            }
    return None


def _yearly(rule, interval, dtstart):
    extra = rule.parts - PLAIN_PARTS
    if not extra or extra == {"BYMONTH", "BYMONTHDAY"}:
        months = rule.by_month or (dtstart.month,)
        days = rule.by_month_day or (dtstart.day,)
        if len(months) != 1 or len(days) != 1 or days[0] < 1:
            return None
        month, day = months[0], days[0]
        when = formats.date_format(date(2000, month, day), "MONTH_DAY_FORMAT")
        return _every(
            interval,
            gettext("every year on %(date)s"),
            ngettext(
                "every %(count)d year on %(date)s",
                "every %(count)d years on %(date)s",
                interval,
            ),
            date=when,
        )
    if extra == {"BYMONTH", "BYDAY"} and len(rule.by_month) == 1:
        if len(rule.by_day) != 1 or rule.ordinals[0] == 0:
            return None
        number, code = rule.by_day[0]
        from django.utils.dates import MONTHS

        return _every(
            interval,
            gettext("every year on the %(ordinal)s %(weekday)s of %(month)s"),
            ngettext(
                "every %(count)d year on the %(ordinal)s %(weekday)s of %(month)s",
                "every %(count)d years on the %(ordinal)s %(weekday)s of %(month)s",
                interval,
            ),
            ordinal=ordinal(number),
            weekday=weekday_name(code),
            month=MONTHS[rule.by_month[0]],
        )
    return None


def describe_rule(series):
    """The repetition alone ("every Monday"), or the date of a one-off event."""
    rule = Rule.parse(series.rrule)
    if rule is None:
        if series.duration_days and series.all_day:
            return gettext("from %(start)s to %(end)s") % {
                "start": format_date(series.dtstart),
                "end": format_date(series.dtstart + timedelta(days=series.duration_days)),
            }
        return gettext("on %(date)s") % {"date": format_date(series.dtstart)}
    interval = rule.interval
    freq = rule.freq
    text = None
    if freq == "DAILY" and rule.parts <= PLAIN_PARTS:
        text = _every(
            interval,
            gettext("every day"),
            ngettext(
                "every %(count)d day",
                "every %(count)d days",
                interval,
            ),
        )
    elif freq == "WEEKLY" and rule.parts <= PLAIN_PARTS | {"BYDAY"}:
        text = _weekly(rule, interval, series.dtstart)
    elif freq == "MONTHLY":
        text = _monthly(rule, interval, series.dtstart)
    elif freq == "YEARLY":
        text = _yearly(rule, interval, series.dtstart)
    return text or gettext("on a custom schedule")


def describe_time(series):
    """ "15:00–17:30", "from 15:00" or "all day" (multi-day events say for how long)."""
    if series.all_day:
        text = gettext("all day")
    elif series.end_time is not None and series.end_time != series.start_time:
        text = gettext("%(start)s–%(end)s") % {
            "start": format_time(series.start_time),
            "end": format_time(series.end_time),
        }
    else:
        text = gettext("from %(start)s") % {"start": format_time(series.start_time)}
    if series.duration_days and series.rrule:
        days = series.duration_days + 1
        text = ngettext(
            "%(time)s, lasting %(count)d day", "%(time)s, lasting %(count)d days", days
        ) % {
            "time": text,
            "count": days,
        }
    return text


def describe(series, *, skip_holidays=False, closure_names=(), today=None):
    """The whole schedule in one sentence of the active language.

    ``skip_holidays`` adds "except on public holidays", ``closure_names``
    lists closure periods; with ``today``, a series that has not started yet
    says from when it runs.
    """
    text = gettext("%(when)s, %(time)s") % {
        "when": describe_rule(series),
        "time": describe_time(series),
    }
    rule = Rule.parse(series.rrule)
    if rule is not None and rule.until is not None:
        text = gettext("%(schedule)s, until %(date)s") % {
            "schedule": text,
            "date": format_date(rule.until_local_date(series.zone)),
        }
    elif rule is not None and rule.count is not None:
        count = rule.count
        text = ngettext("%(schedule)s, %(count)d time", "%(schedule)s, %(count)d times", count) % {
            "schedule": text,
            "count": count,
        }
    if rule is not None and today is not None and series.dtstart > today:
        text = gettext("%(schedule)s, starting %(date)s") % {
            "schedule": text,
            "date": format_date(series.dtstart),
        }
    if rule is not None and series.rdates:
        count = len(series.rdates)
        text = ngettext(
            "%(schedule)s, plus %(count)d extra date",
            "%(schedule)s, plus %(count)d extra dates",
            count,
        ) % {"schedule": text, "count": count}
    if rule is not None and skip_holidays:
        text = gettext("%(schedule)s, except on public holidays") % {"schedule": text}
    closure_names = [str(name) for name in closure_names if name]
    if rule is not None and closure_names:
        text = gettext("%(schedule)s, except during %(periods)s") % {
            "schedule": text,
            "periods": join_list(closure_names),
        }
    return text
