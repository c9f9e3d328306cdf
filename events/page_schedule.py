"""From an event page to the recurrence core: its series, changes, closure periods
(named in the page's language) and holidays in, resolved occurrences and the
schedule in words out.

:func:`page_occurrences` is the one place that turns a page into resolved
occurrences. The occurrence table, the event page, the editor's preview, the
feeds and the APIs all use it (or read the table it fills), so they all agree.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache

from cms.localized import in_locale
from events import recurrence
from events.public_holidays import public_holidays
from events.schedule_text import describe


def page_language(page):
    """The page's language code (public holidays are named in it), or None."""
    locale = getattr(page, "locale", None)
    return locale.language_code if locale is not None else None


def page_changes(page):
    """The page's exceptions as core changes."""
    return [exception.as_change() for exception in page.exceptions.all()]


def page_closures(page):
    """The page's closure periods, named in the page's language where translated."""
    periods = list(page.closure_periods.all())
    if periods and all(hasattr(period, "name_there") for period in periods):
        # Read with their words in the page's language (prefetch_closure_periods_worded).
        return [
            recurrence.Closure(
                period.start,
                period.end,
                (period.reason_there or period.name_there)
                if period.name_there is not None
                else (period.reason or period.name),
            )
            for period in periods
        ]
    locale = page.locale if getattr(page, "locale_id", None) else None
    return [
        recurrence.Closure(period.start, period.end, localized.reason or localized.name)
        for period, localized in zip(periods, in_locale(periods, locale), strict=True)
    ]


def _as_date(value):
    return value.date() if isinstance(value, datetime) else value


def page_occurrences(page, start, end, *, series=None):
    """Resolved occurrences of ``page`` overlapping ``[start, end)`` (a tuple).

    The page gives the inputs (schedule, exceptions, closure periods named in
    its language, whether public holidays count); :func:`resolved_occurrences`
    does the rest.
    """
    # Day windows (the table, feeds) repeat and are memoised; instants ("now") do not.
    by_day = not isinstance(start, datetime) and not isinstance(end, datetime)
    resolve = resolved_occurrences if by_day else resolved_occurrences.__wrapped__
    return resolve(
        series or page.get_series(),
        start,
        end,
        changes=tuple(page_changes(page)),
        closures=tuple(page_closures(page)),
        holiday_language=page_language(page) if page.skip_public_holidays else None,
    )


@lru_cache(maxsize=1024)
def resolved_occurrences(series, start, end, *, changes, closures, holiday_language):
    """The core's occurrences with changes, public holidays and closures applied.

    Pure and memoised on its (immutable) inputs: feeds and APIs asking again
    for the same series and window get the same tuple without recomputing.
    ``holiday_language`` is None when public holidays do not cancel dates.
    """
    holidays = None
    if holiday_language is not None:
        # Occurrences that began before the window (multi-day ones) may still overlap it.
        reach = timedelta(days=1 + series.duration_days)
        holidays = public_holidays(
            _as_date(start) - reach, _as_date(end) + timedelta(days=1), language=holiday_language
        )
    return tuple(
        recurrence.occurrences(
            series, start, end, changes=changes, holidays=holidays, closures=closures
        )
    )


def page_schedule_text(page, today=None):
    """The schedule in words in the active language."""
    closures = [c.name for c in page_closures(page)]
    return describe(
        page.get_series(),
        skip_holidays=page.skip_public_holidays,
        closure_names=closures,
        today=today,
    )
