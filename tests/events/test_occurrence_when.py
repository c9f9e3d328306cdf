"""The when of an occurrence, formatted in Python, says what Django's filters said."""

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

from events.templatetags.event_dates import occurrence_day, occurrence_when

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")

# The markup the event templates wrote with the date and time filters.
FILTERS = Template(
    "{% load i18n %}{% if item.all_day %}"
    '<time datetime="{{ item.start|date:\'Y-m-d\' }}">{{ item.start|date:_("l, j F Y") }}</time>'
    "{% if item.multi_day %} – "
    '<time datetime="{{ item.end|date:\'Y-m-d\' }}">{{ item.end|date:_("l, j F Y") }}</time>'
    "{% endif %}{% else %}"
    '<time datetime="{{ item.start|date:\'c\' }}">{{ item.start|date:_("l, j F Y") }}</time> '
    '<bdi class="occurrence__time" dir="ltr">{{ item.start|time:"H:i" }}'
    "{% if item.end and item.end != item.start %}–"
    '{% if item.multi_day %}{{ item.end|date:_("j F") }} {% endif %}{{ item.end|time:"H:i" }}'
    "{% endif %}</bdi>{% endif %}"
    '|{{ item.original_start|date:_("l, j F Y") }}'
)


def item(start, end, all_day=False):
    day = start if all_day else start.date()
    last = end if all_day else end.date()
    return {
        "start": start,
        "end": end,
        "all_day": all_day,
        "multi_day": last != day,
        "original_start": start,
    }


ITEMS = [
    item(date(2028, 2, 29), date(2028, 2, 29), all_day=True),
    item(date(2026, 12, 31), date(2027, 1, 2), all_day=True),
    item(datetime(2027, 3, 28, 1, 30, tzinfo=BERLIN), datetime(2027, 3, 28, 3, 30, tzinfo=BERLIN)),
    item(datetime(2026, 12, 31, 23, 0, tzinfo=BERLIN), datetime(2027, 1, 1, 1, 0, tzinfo=BERLIN)),
    item(datetime(2027, 1, 4, 15, 0, tzinfo=BERLIN), datetime(2027, 1, 4, 15, 0, tzinfo=BERLIN)),
    item(datetime(2027, 1, 4, 9, 0, tzinfo=NEW_YORK), datetime(2027, 1, 4, 11, 0, tzinfo=NEW_YORK)),
]


def squeezed(html):
    return re.sub(r"\s+", " ", str(html)).replace("> <", "><").replace(" |", "|").strip()


@pytest.mark.parametrize("language", ["de", "en", "ar", "fa", "uk", "ru", "tr"])
@pytest.mark.parametrize("value", ITEMS, ids=range(len(ITEMS)))
def test_the_same_words_as_the_filters_in_every_language(language, value):
    with translation.override(language):
        expected = squeezed(FILTERS.render(Context({"item": value})))
        assert squeezed(f"{occurrence_when(value)}|{occurrence_day(value['original_start'])}") == (
            expected
        )
