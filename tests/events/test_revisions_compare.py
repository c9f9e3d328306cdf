"""The admin's revisions comparison of event, network and home pages: shown, with labels."""

from datetime import time, timedelta

import pytest
from django.urls import reverse

from events.models import EventException, EventExtraDate
from events.models.pages import AUDIENCE_CHOICES
from networks.models.pages import Status, Topic
from tests.clock import next_weekday
from tests.factories.events import make_event_page
from tests.factories.networks import make_network_index, make_network_page

AUDIENCE_LABELS = dict(AUDIENCE_CHOICES)


def compare(client, page, revision_a, revision_b):
    url = reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, revision_a, revision_b))
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    table = html[html.index('<table class="listing') :]
    return table[: table.index("</table>")]


@pytest.fixture
def event(event_index):
    return make_event_page(event_index)


def test_changed_weekdays_months_and_weeks_show_their_german_labels(admin_client, event):
    first = event.latest_revision
    event.weekdays = ["WE", "MO"]
    event.frequency = "MONTHLY"
    event.monthly_mode = "nth"
    event.ordinals = ["2", "4"]
    event.months = ["1", "3"]
    second = event.save_revision()

    html = compare(admin_client, event, first.pk, second.pk)

    assert 'Montag, <span class="addition">Mittwoch</span>' in html
    assert '<span class="addition">Januar</span>, <span class="addition">März</span>' in html
    assert '<span class="addition">2.</span>, <span class="addition">4.</span>' in html


def test_removed_weekday_is_shown_as_a_deletion(admin_client, event):
    event.weekdays = ["MO", "WE"]
    first = event.save_revision()
    event.weekdays = ["WE"]
    second = event.save_revision()

    html = compare(admin_client, event, first.pk, second.pk)

    assert '<span class="deletion">Montag</span>, Mittwoch' in html


def test_unchanged_lists_are_not_listed(admin_client, event):
    first = event.latest_revision
    event.teaser = "Neuer Teaser für die Liste"
    second = event.save_revision()

    html = compare(admin_client, event, first.pk, second.pk)

    assert "Neuer Teaser" in html
    assert "Montag" not in html


def test_audience_and_languages_compare(admin_client, event):
    first = event.latest_revision
    event.audience = ["families", "seniors"]
    event.languages = ["ar"]
    second = event.save_revision()

    html = compare(admin_client, event, first.pk, second.pk)

    assert f'<span class="addition">{AUDIENCE_LABELS["families"]}</span>' in html
    assert '<span class="addition">Arabisch</span>' in html


def test_time_exceptions_and_extra_dates(admin_client, event):
    first = event.latest_revision
    cancelled = next_weekday(0) + timedelta(weeks=2)
    event.start_time = time(16)
    event.exceptions.add(
        EventException(original_date=cancelled, action="cancelled", note="Ausflug in den Zoo")
    )
    event.extra_dates.add(EventExtraDate(date=cancelled + timedelta(days=2)))
    second = event.save_revision()

    html = compare(admin_client, event, first.pk, second.pk)

    assert "Ausflug in den Zoo" in html
    assert "16:00" in html
    assert 'class="comparison__child-object addition"' in html


def test_live_against_latest_revision(admin_client, event):
    event.weekdays = ["FR"]
    event.save_revision()

    html = compare(admin_client, event, "live", "latest")

    assert '<span class="deletion">Montag</span>' in html
    assert '<span class="addition">Freitag</span>' in html


def test_network_page(admin_client, demo_home):
    network = make_network_page(make_network_index(demo_home), topic=Topic.CHILDREN)
    first = network.latest_revision
    network.topic = Topic.NEIGHBOURHOOD
    network.status = Status.PAUSED
    network.founded_year = 2014
    network.founded_month = 5
    second = network.save_revision()

    html = compare(admin_client, network, first.pk, second.pk)

    assert f'<span class="deletion">{Topic.CHILDREN.label}</span>' in html
    assert f'<span class="addition">{Topic.NEIGHBOURHOOD.label}</span>' in html
    assert f'<span class="addition">{Status.PAUSED.label}</span>' in html
    assert '<span class="addition">Mai</span>' in html


def test_home_page(admin_client, demo_home):
    first = demo_home.save_revision()
    demo_home.intro = "Willkommen im ganzen Stadtteil."
    second = demo_home.save_revision()

    html = compare(admin_client, demo_home, first.pk, second.pk)

    assert "ganzen" in html
