"""The sites from the cache: Wagtail's choice, no query per request, forgotten on change."""

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from cms import sites
from tests.factories import make_page

pytestmark = pytest.mark.django_db

HOSTS = ["a.example", "b.example", "testserver"]
PORTS = [80, 443, 8000]


def site_queries(queries):
    return [q for q in queries if 'FROM "wagtailcore_site"' in q["sql"]]


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.sampled_from(HOSTS), st.sampled_from(PORTS)), unique=True, max_size=5
    ),
    default=st.integers(min_value=-1, max_value=4),
    hostname=st.sampled_from(HOSTS),
    port=st.sampled_from(PORTS),
)
def test_the_choice_is_wagtails_for_any_set_of_sites(rows, default, hostname, port):
    root = Page.get_first_root_node()
    with transaction.atomic():
        Site.objects.all().delete()
        made = [
            Site.objects.create(hostname=h, port=p, root_page=root, is_default_site=i == default)
            for i, (h, p) in enumerate(rows)
        ]
        try:
            expected = get_site_for_hostname(hostname, port).pk
        except Site.DoesNotExist:
            expected = None
        chosen = sites.choose_site(made, hostname, port)
        assert (chosen.pk if chosen else None) == expected
        transaction.set_rollback(True)


def test_pages_are_served_without_asking_for_the_site_again(demo_home):
    client = Client()
    assert client.get(demo_home.url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(demo_home.url).status_code == 200
        assert client.get("/api/v2/pages/?limit=2").status_code == 200
    assert site_queries(queries) == []


def test_a_changed_site_is_seen_by_the_next_request(demo_home):
    client = Client()
    other_home = make_page(demo_home, "Andere Seite", "andere-seite")
    assert client.get("/de/", HTTP_HOST="other.example").status_code == 200  # the default site
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    response = client.get("/", HTTP_HOST="other.example", follow=True)
    assert response.status_code == 200
    assert response.context["page"].pk == other_home.pk


def test_a_renamed_home_page_is_not_read_from_an_old_cache(demo_home):
    assert sites.cached_sites()[0].root_page.title == demo_home.title
    demo_home.title = "Neuer Titel"
    demo_home.save_revision().publish()
    assert sites.cached_sites()[0].root_page.title == "Neuer Titel"


def test_a_request_without_any_site_gets_wagtails_404(db):
    Site.objects.all().delete()
    assert Client().get("/de/").status_code == 404


def test_routing_below_the_home_page_does_not_read_its_own_fields(demo_home):
    client = Client()
    child = make_page(demo_home, "Kontakt", "kontakt")
    assert client.get(child.url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(child.url).status_code == 200
    assert not [q for q in queries if 'FROM "home_homepage"' in q["sql"]]


def test_the_home_page_itself_is_served_with_its_fresh_fields(demo_home):
    client = Client()
    assert client.get(demo_home.url).status_code == 200  # the sites are cached now
    demo_home.intro = "Frisch geänderter Einleitungstext"
    demo_home.save_revision().publish()
    sites.cached_sites()  # cached again, after the change
    response = client.get(demo_home.url)
    assert "Frisch geänderter Einleitungstext" in response.content.decode()
    assert not response.context["page"].get_deferred_fields()


def test_the_root_in_the_visitors_language_is_itself_without_asking_for_the_locale(demo_home):
    client = Client()
    assert client.get(demo_home.url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/de/").status_code == 200
    assert not [q for q in queries if 'FROM "wagtailcore_locale"' in q["sql"]]
    arabic = client.get("/ar/")  # the Arabic home, found by Wagtail's way
    assert arabic.status_code == 200
    assert arabic.context["page"].locale.language_code == "ar"
