"""When a date takes place, as the event templates show it, formatted in Python.

The same words as Django's ``date`` and ``time`` filters (the formats come
from the catalogues, so every language writes its own), built without a
template node per filter: a listing of twenty dates formats about a hundred
of them.
"""

from django import template
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.html import format_html
from django.utils.translation import gettext

register = template.Library()


def _local(value):
    # As the filters do: aware date-times in the current time zone.
    return timezone.template_localtime(value)


def day_label(value):
    """The long form of a day, e.g. "Montag, 4. Januar 2027"."""
    return date_format(_local(value), gettext("l, j F Y"))


@register.simple_tag
def occurrence_when(item):
    """The ``<time>`` elements of one occurrence item (see ``events.occurrence_items``)."""
    start, end = _local(item["start"]), _local(item["end"])
    if item["all_day"]:
        html = format_html(
            '<time datetime="{}">{}</time>', date_format(start, "Y-m-d"), day_label(start)
        )
        if item["multi_day"]:
            html += format_html(
                ' – <time datetime="{}">{}</time>', date_format(end, "Y-m-d"), day_label(end)
            )
        return html
    span = time_format(start, "H:i")
    if end and end != start:
        until = time_format(end, "H:i")
        if item["multi_day"]:
            until = f"{date_format(end, gettext('j F'))} {until}"
        span = f"{span}–{until}"
    return format_html(
        '<time datetime="{}">{}</time> <bdi class="occurrence__time" dir="ltr">{}</bdi>',
        date_format(start, "c"),
        day_label(start),
        span,
    )


@register.simple_tag
def occurrence_day(value):
    """The long form of a day, for the date a moved occurrence was first on."""
    return day_label(value)
