"""When a date takes place, as the event templates show it, formatted in Python.

The same words as Django's ``date`` and ``time`` filters (the formats come
from the catalogues, so every language writes its own), built without a
template node per filter: a listing of twenty dates formats about a hundred
of them.
"""

from datetime import datetime
from functools import lru_cache

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import get_language, gettext

register = template.Library()


def _local(value):
    # As the filters do: aware date-times in the current time zone.
    return timezone.template_localtime(value)


def _day(value):
    return value.date() if isinstance(value, datetime) else value


@lru_cache(maxsize=4096)
def _day_words(day, language, form):
    return date_format(day, gettext(form))


def day_label(value, form="l, j F Y"):
    """A day in words, by default the long form ("Montag, 4. Januar 2027")."""
    return _day_words(_day(_local(value)), get_language(), form)


@register.simple_tag
def occurrence_when(item):
    """The ``<time>`` elements of one occurrence item (see ``events.occurrence_items``)."""
    start, end = _local(item["start"]), _local(item["end"])
    if item["all_day"]:
        html = format_html(
            '<time datetime="{}">{}</time>', _day(start).isoformat(), day_label(start)
        )
        if item["multi_day"]:
            html += format_html(
                ' – <time datetime="{}">{}</time>', _day(end).isoformat(), day_label(end)
            )
        return html
    span = f"{start:%H:%M}"
    if end and end != start:
        until = f"{end:%H:%M}"
        if item["multi_day"]:
            until = f"{day_label(end, 'j F')} {until}"
        span = f"{span}–{until}"
    return format_html(
        '<time datetime="{}">{}</time> <bdi class="occurrence__time" dir="ltr">{}</bdi>',
        start.isoformat(),
        day_label(start),
        span,
    )


@register.simple_tag
def occurrence_day(value):
    """The long form of a day, for the date a moved occurrence was first on."""
    return day_label(value)
