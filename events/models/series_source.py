"""The schedule belongs to the series, not to a language.

A translation or an alias of an event page always shows the schedule of its
*source*: the page with the same ``translation_key`` in the default locale
(where there is none, a page is its own source). That covers the dates,
times, time zone, rule, public-holiday setting, closure periods, extra dates
and the exceptions' dates, actions, times and places. What stays the
translation's own are words: the exceptions' notes (and, in their snippets,
the closure periods' reasons).

:func:`follow_source` is the one place that enforces this. The page model
calls it whenever a translation is saved and whenever a revision is stored or
loaded, so no path (admin form, translation editor after "stop synchronised
translation", API, import, shell) can leave a divergent schedule behind.
:func:`propagate` brings every translation in line after the source changed.
"""

from __future__ import annotations

from cms.synchronized import default_locale_instance
from events.models.schedule import SCHEDULE_FIELDS, EventException, EventExtraDate

#: The fields of an exception that belong to the series (its note does not).
EXCEPTION_FIELDS = (
    "original_date",
    "action",
    "new_date",
    "new_start_time",
    "new_end_time",
    "new_location_id",
)
EXTRA_DATE_FIELDS = ("date", "start_time")


def series_source(page):
    """The page whose schedule ``page`` shows, or None when ``page`` is the source itself."""
    return default_locale_instance(page)


def follow_source(page, source=None):
    """Give ``page`` the schedule of its source (in memory); returns the source or None.

    Child rows are reused where they exist (an exception is matched by its
    ``translation_key``, so the translator's note stays with its date).
    """
    source = source if source is not None else series_source(page)
    if source is None:
        return None
    for name in SCHEDULE_FIELDS:
        setattr(page, name, getattr(source, name))
    page.closure_periods = list(source.closure_periods.all())
    page.extra_dates = _extra_dates(page, source)
    page.exceptions = _exceptions(page, source)
    return source


def _extra_dates(page, source):
    own = list(page.extra_dates.all())
    result = []
    for position, theirs in enumerate(source.extra_dates.all()):
        extra = own[position] if position < len(own) else EventExtraDate()
        for name in EXTRA_DATE_FIELDS:
            setattr(extra, name, getattr(theirs, name))
        extra.sort_order = position
        result.append(extra)
    return result


def _exceptions(page, source):
    own = {exception.translation_key: exception for exception in page.exceptions.all()}
    result = []
    for position, theirs in enumerate(source.exceptions.all()):
        exception = own.get(theirs.translation_key)
        if exception is None:
            exception = EventException(translation_key=theirs.translation_key)
        exception.locale_id = page.locale_id
        for name in EXCEPTION_FIELDS:
            setattr(exception, name, getattr(theirs, name))
        # The translated note, as long as the source still has a note to translate.
        if not (exception.note and theirs.note):
            exception.note = theirs.note
        exception.sort_order = position
        result.append(exception)
    return result


def translations_of(source):
    """The saved translations (not aliases) that take their schedule from ``source``."""
    from events.models import EventPage

    return EventPage.objects.filter(
        translation_key=source.translation_key, alias_of__isnull=True
    ).exclude(pk=source.pk)


def propagate(source):
    """Save every translation of ``source`` with its schedule; returns the live ones.

    Aliases follow through Wagtail's own alias update on publish.
    """
    if series_source(source) is not None:
        return []
    updated = []
    for page in translations_of(source):
        page.save(clean=False)  # the model takes the schedule from the source
        if page.live:
            updated.append(page)
    return updated
