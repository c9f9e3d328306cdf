"""Builders of event pages and the event form's POST data."""

from datetime import time, timedelta

from django.utils.text import slugify
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventException, EventExtraDate, EventIndexPage, EventPage
from tests.clock import next_weekday


def make_event_index(home, *, title="Veranstaltungen", slug="veranstaltungen", **fields):
    """A published event index page below ``home``."""
    fields.setdefault("intro", "Was im Stadtteil los ist.")
    index = EventIndexPage(title=title, slug=slug, **fields)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_event_page(
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
    """A weekly Monday event 15:00–17:30 that started four weeks ago, unless told otherwise.

    ``revision=False`` publishes without a revision (the occurrence table rebuilt
    directly): cheap live pages for tests that need many.
    """
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
        from events.occurrence_table import rebuild

        page.live = True
        page.save()
        rebuild(page)
    return page


def event_form_data(**overrides):
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
