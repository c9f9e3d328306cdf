"""Builders for event tests: an index under the demo home and event pages in it."""

from datetime import date, time, timedelta

from django.utils import timezone
from django.utils.text import slugify
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventException, EventExtraDate, EventIndexPage, EventPage


def make_index(home, title="Veranstaltungen", slug="veranstaltungen"):
    index = EventIndexPage(title=title, slug=slug, intro="Was im Stadtteil los ist.")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def next_weekday(weekday, start=None):
    """The next date (from ``start``, default today) falling on ``weekday`` (0 = Monday)."""
    start = start or timezone.localdate()
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def make_event(
    index,
    title="Begegnungscafé",
    *,
    publish=True,
    exceptions=(),
    extra_dates=(),
    categories=(),
    closure_periods=(),
    revision=True,
    **fields,
):
    """A weekly Monday event 15:00–17:30 that started four weeks ago, unless told otherwise."""
    defaults = {
        "start_date": next_weekday(0) - timedelta(weeks=4),
        "start_time": time(15),
        "end_time": time(17, 30),
        "frequency": "WEEKLY",
        "weekdays": ["MO"],
        "teaser": f"{title} im Stadtteil",
    }
    defaults.update(fields)
    page = EventPage(title=title, slug=slugify(title) or "event", **defaults)
    page.exceptions = [EventException(**values) for values in exceptions]
    page.extra_dates = [EventExtraDate(**values) for values in extra_dates]
    if categories:
        page.categories = list(categories)
    if closure_periods:
        page.closure_periods = list(closure_periods)
    index.add_child(instance=page)
    if publish and revision:
        page.save_revision().publish()
    elif publish:
        # Cheap live page for bulk tests: no revision, table rebuilt directly.
        from events.occurrence_table import rebuild

        page.live = True
        page.save()
        rebuild(page)
    return page


def event_form(**overrides):
    """POST data for the event page form: a weekly Monday event, 15:00–17:30."""
    monday = next_weekday(0) - timedelta(weeks=4)
    data = {
        "title": "Begegnungscafé",
        "slug": "begegnungscafe",
        "teaser": "Kaffee, Kuchen und Gespräche",
        "body": streamfield([]),
        "start_date": monday.isoformat(),
        "start_time": "15:00",
        "end_time": "17:30",
        "time_zone": "Europe/Berlin",
        "frequency": "WEEKLY",
        "interval": "1",
        "weekdays": ["MO"],
        "monthly_mode": "day",
        "ends": "never",
        "is_free": "on",
        "extra_dates": inline_formset([]),
        "exceptions": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    # Lists are several values of one field (checkboxes), not a nested formset.
    lists = {key: data.pop(key) for key in list(data) if isinstance(data[key], list)}
    return {**nested_form_data(data), **lists}


def in_days(days):
    return timezone.localdate() + timedelta(days=days)


__all__ = ["date", "event_form", "in_days", "make_event", "make_index", "next_weekday"]
