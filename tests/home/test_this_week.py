"""The home page's "this week": the coming days' dates in the visitor's language."""

import io
import re
from datetime import time, timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page, PageViewRestriction

from events.models import EventPage
from home.blocks import week_ahead
from home.models import HomePage
from tests.clock import next_weekday
from tests.factories.events import make_event_index, make_event_page


def _section(html):
    match = re.search(r'<section class="week-ahead".*?</section>', html, re.S)
    assert match, "the home page has no week-ahead section"
    return match.group(0)


def _days(section):
    return re.findall(
        r'<li class="week-ahead__day.*?(?=<li class="week-ahead__day|</ol>)', section, re.S
    )


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0, stdout=io.StringIO())
    return HomePage.objects.get(locale=Locale.get_default())


@pytest.mark.django_db
def test_german_home_lists_the_next_seven_days_today_first(demo):
    html = Client().get("/de/").content.decode()
    section = _section(html)
    days = _days(section)
    assert len(days) == 7
    today = timezone.localdate()
    assert f'datetime="{today:%Y-%m-%d}"' in days[0]
    assert 'aria-current="date"' in days[0]
    assert all('aria-current="date"' not in day for day in days[1:])
    assert f'datetime="{today + timedelta(days=6):%Y-%m-%d}"' in days[6]
    # The Monday café falls on exactly one of the seven days, with its time.
    monday = next_weekday(0)
    monday_day = next(d for d in days if f'datetime="{monday:%Y-%m-%d}"' in d)
    assert "Begegnungscafé" in monday_day
    assert "15:00–17:30" in monday_day
    assert sum("Begegnungscafé" in day for day in days) == 1


@pytest.mark.django_db
def test_arabic_home_shows_the_week_in_arabic(demo):
    html = Client().get("/ar/").content.decode()
    section = _section(html)
    with translation.override("ar"):
        heading = gettext("This week in the neighbourhood")
        today_label = gettext("Today")
    assert heading != "This week in the neighbourhood"
    assert heading in section
    assert today_label in section
    assert "مقهى اللقاء" in section
    assert "Begegnungscafé" not in section
    assert '<html lang="ar" dir="rtl">' in html
    # Subscribing gives the whole calendar in Arabic.
    assert "/feeds/events.ics?locale=ar" in section


@pytest.mark.django_db
def test_cancelled_and_moved_dates_are_marked_and_drafts_and_private_events_absent(demo_home):
    index = make_event_index(demo_home)
    monday = next_weekday(0)
    make_event_page(
        index,
        "Nähcafé",
        exceptions=[{"original_date": monday, "action": "cancelled", "note": "Ferien"}],
    )
    make_event_page(index, "Entwurfstreff", publish=False)
    secret = make_event_page(
        index, "Geheimtreff", weekdays=["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    )
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    days = week_ahead(demo_home, None)
    titles = [item["title"] for day in days for item in day["items"]]
    assert titles == ["Nähcafé"]
    (item,) = [item for day in days for item in day["items"]]
    assert item["status"] == "cancelled"
    section = _section(Client().get("/de/").content.decode())
    with translation.override("de"):
        assert gettext("Cancelled") in section
    assert "Geheimtreff" not in section and "Entwurfstreff" not in section


@pytest.mark.django_db
def test_an_evening_event_belongs_to_its_local_day(demo_home):
    index = make_event_index(demo_home)
    sunday = next_weekday(6)
    make_event_page(
        index,
        "Spätlese",
        frequency="",
        weekdays=[],
        start_date=sunday,
        start_time=time(23, 30),
        end_time=time(23, 59),
    )
    days = week_ahead(demo_home, None)
    (found,) = [day["date"] for day in days if day["items"]]
    assert found == sunday


@pytest.mark.django_db
def test_other_locales_events_stay_on_their_own_home(demo_home):
    index = make_event_index(demo_home)
    make_event_page(index, "Nur deutsch")
    arabic_home = demo_home.get_translation(Locale.objects.get(language_code="ar"))
    assert all(not day["items"] for day in week_ahead(arabic_home, None))
    assert EventPage.objects.filter(title="Nur deutsch").count() == 1


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_number_of_events(
    demo_home, django_assert_max_num_queries
):
    index = make_event_index(demo_home)
    for number in range(12):
        make_event_page(index, f"Treff {number}", revision=False)
    page = Page.objects.get(pk=demo_home.pk).specific
    with django_assert_max_num_queries(4):
        days = week_ahead(page, None)
    assert sum(len(day["items"]) for day in days) == 12
