"""API v2 listings of event pages with every field cost the same queries for 3 or 30 pages
(organisers, places, closure periods named in each page's language, aliases)."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from cms.translation import translate_instance
from events.models import ClosurePeriod, Location
from home.demo import synchronise_locale_trees
from tests.clock import in_days
from tests.factories.events import make_event_index, make_event_page
from tests.factories.networks import make_network_index, make_network_page

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_fields_star_is_flat_in_queries_with_organisers_places_and_aliases(demo_home):
    index = make_event_index(demo_home)
    networks = make_network_index(demo_home)
    network = make_network_page(networks, "Prohlis ist bunt")
    secret = make_network_page(networks, "Geheimer Kreis")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    translate_instance(network, "ar", {"Prohlis ist bunt": "بروليس ملون"})
    location = Location.objects.create(name="Stadtteiltreff", locale=Locale.get_default())
    holidays = ClosurePeriod.objects.create(
        name="Winterferien", start=in_days(60), end=in_days(70), locale=Locale.get_default()
    )
    translate_instance(holidays, "ar", {"Winterferien": "عطلة الشتاء"})
    client = Client()

    def add(start, stop):
        for number in range(start, stop):
            make_event_page(
                index,
                f"Treff {number}",
                location=location,
                organiser=secret if number % 3 == 0 else network,
                closure_periods=[holidays],
                revision=False,
            )
        synchronise_locale_trees(io.StringIO())
        call_command("refresh_occurrences", verbosity=0)  # the new aliases' dates

    def listing(locale):
        url = f"/api/v2/pages/?type=events.EventPage&fields=*&limit=50&locale={locale}"
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured), response.json()["items"]

    add(0, 3)
    few = {code: listing(code)[0] for code in ("de", "ar")}
    add(3, 30)
    many = {}
    for code in ("de", "ar"):
        many[code], items = listing(code)
        assert len(items) == 30
        organisers = {item["title"]: item["organiser"] for item in items}
        assert organisers["Treff 0"] is None  # a private network is never named
        assert organisers["Treff 1"]["title"] == ("بروليس ملون" if code == "ar" else network.title)
        closure = "عطلة الشتاء" if code == "ar" else "Winterferien"
        assert all(closure in item["schedule"]["text"] for item in items), items[0]["schedule"]
        assert all(len(item["next_dates"]) > 0 for item in items), [
            (item["title"], item["meta"]["alias_of"]) for item in items if not item["next_dates"]
        ]
    assert few == many, (few, many)
