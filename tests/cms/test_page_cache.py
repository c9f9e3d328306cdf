"""The page cache: anonymous answers served from the cache, purged by what changes."""

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import Locale, Page, PageViewRestriction

from cms.locales import create_missing_aliases
from events.models import Category, Location
from tests.factories.events import make_event_index, make_event_page
from tests.factories.networks import make_network_index, make_network_page


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def index_and_naehcafe(demo_home, page_cache_on):
    index = make_event_index(demo_home)
    return index, make_event_page(index, "Nähcafé")


def state(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response.get("X-Page-Cache"), response.content.decode()


def publish(django_capture_on_commit_callbacks, page, **changes):
    page = Page.objects.get(pk=page.pk).specific
    for name, value in changes.items():
        setattr(page, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    return page


def arabic(page):
    """The page in Arabic: an alias of the German page until someone translates it."""
    create_missing_aliases(io.StringIO())
    return page.get_translation(Locale.objects.get(language_code="ar"))


def test_the_second_anonymous_request_is_served_without_a_query(
    client, index_and_naehcafe, django_assert_num_queries
):
    _index, event = index_and_naehcafe
    first, body = state(client, event.url)
    assert first == "miss"
    with django_assert_num_queries(0):
        second, again = state(client, event.url)
    assert second == "hit"
    assert again == body


def test_off_when_the_setting_is_zero(client, index_and_naehcafe, settings):
    settings.PAGE_CACHE_SECONDS = 0
    _index, event = index_and_naehcafe
    assert state(client, event.url)[0] is None
    assert state(client, event.url)[0] is None


def test_signed_in_editors_never_get_or_fill_the_cache(client, index_and_naehcafe, admin_user):
    _index, event = index_and_naehcafe
    client.force_login(admin_user)
    assert state(client, event.url)[0] is None
    client.logout()
    assert state(client, event.url)[0] == "miss"


def test_publishing_purges_the_page_its_index_and_every_language(
    client, index_and_naehcafe, django_capture_on_commit_callbacks
):
    index, event = index_and_naehcafe
    urls = [event.url, index.url, arabic(event).url, arabic(index).url]
    for url in urls:
        state(client, url)
    assert all(state(client, url)[0] == "hit" for url in urls)

    publish(django_capture_on_commit_callbacks, event, title="Nähcafé am Montag")

    for url in urls:
        status, body = state(client, url)
        assert status == "miss", url
    assert "Nähcafé am Montag" in state(client, event.url)[1]


def test_a_draft_leaves_the_cached_page_alone(
    client, index_and_naehcafe, django_capture_on_commit_callbacks
):
    _index, event = index_and_naehcafe
    state(client, event.url)
    page = Page.objects.get(pk=event.pk).specific
    page.title = "Entwurf: Nähcafé neu"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()
    status, body = state(client, event.url)
    assert status == "hit"
    assert "Entwurf" not in body


def test_only_the_affected_pages_are_purged(
    client, demo_home, page_cache_on, django_capture_on_commit_callbacks
):
    networks = make_network_index(demo_home)
    network = make_network_page(networks, "Prohlis ist bunt")
    index = make_event_index(demo_home)
    event = make_event_page(index, "Nähcafé")
    for url in (network.url, event.url):
        state(client, url)

    publish(django_capture_on_commit_callbacks, event, teaser="Jetzt mit Kinderecke")

    assert state(client, event.url)[0] == "miss"
    assert state(client, network.url)[0] == "hit"


def test_the_organising_network_is_purged_with_its_event(
    client, demo_home, page_cache_on, django_capture_on_commit_callbacks
):
    network = make_network_page(make_network_index(demo_home), "Prohlis ist bunt")
    event = make_event_page(make_event_index(demo_home), "Nähcafé", organiser=network)
    state(client, network.url)
    publish(django_capture_on_commit_callbacks, event, title="Nähcafé für alle")
    assert state(client, network.url)[0] == "miss"


def test_a_renamed_location_purges_the_events_there_in_every_language(
    client, demo_home, page_cache_on, django_capture_on_commit_callbacks
):
    location = Location.objects.create(name="Palitzschhof", locale=Locale.get_default())
    event = make_event_page(make_event_index(demo_home), "Nähcafé", location=location)
    urls = [event.url, arabic(event).url]
    for url in urls:
        state(client, url)
    location.name = "Stadtteiltreff Palitzschhof"
    with django_capture_on_commit_callbacks(execute=True):
        location.save()
    assert [state(client, url)[0] for url in urls] == ["miss", "miss"]
    assert "Stadtteiltreff Palitzschhof" in state(client, event.url)[1]


def test_unpublishing_and_deleting_purge_the_index(
    client, index_and_naehcafe, django_capture_on_commit_callbacks
):
    index, event = index_and_naehcafe
    other = make_event_page(index, "Sprachcafé")
    state(client, index.url)
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=event.pk).specific.unpublish()
    status, body = state(client, index.url)
    assert status == "miss"
    assert "Nähcafé" not in body

    state(client, index.url)
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=other.pk).delete()
    status, body = state(client, index.url)
    assert status == "miss"
    assert "Sprachcafé" not in body


def test_moving_a_page_purges_the_old_and_the_new_index(
    client, demo_home, page_cache_on, django_capture_on_commit_callbacks
):
    old = make_event_index(demo_home)
    new = make_event_index(demo_home, title="Archiv", slug="archiv")
    event = make_event_page(old, "Nähcafé")
    for url in (old.url, new.url):
        state(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=event.pk).move(new, pos="last-child")
    assert state(client, old.url)[0] == "miss"
    assert state(client, new.url)[0] == "miss"


def test_query_strings_and_api_answers_have_their_own_entries(
    client, index_and_naehcafe, django_capture_on_commit_callbacks
):
    index, event = index_and_naehcafe
    listing = "/api/v2/pages/?type=events.EventPage&fields=title"
    assert state(client, listing)[0] == "miss"
    assert state(client, listing + "&locale=ar")[0] == "miss"
    assert state(client, listing)[0] == "hit"

    publish(django_capture_on_commit_callbacks, event, title="Nähcafé am Montag")

    status, body = state(client, listing)
    assert status == "miss"
    assert "Nähcafé am Montag" in body


def test_a_new_local_day_is_a_new_entry(client, index_and_naehcafe):
    """Late on New Year's Eve in Dresden (UTC still in the old year after midnight)."""
    _index, event = index_and_naehcafe
    berlin = ZoneInfo("Europe/Berlin")
    with time_machine.travel(datetime(2027, 12, 31, 23, 58, tzinfo=berlin), tick=False):
        assert state(client, event.url)[0] == "miss"
        assert state(client, event.url)[0] == "hit"
    with time_machine.travel(datetime(2028, 1, 1, 0, 2, tzinfo=berlin), tick=False):
        assert state(client, event.url)[0] == "miss"


def test_password_protected_pages_are_never_stored(client, index_and_naehcafe):
    _index, event = index_and_naehcafe
    PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    for _ in range(2):
        response = client.get(event.url)
        assert response.get("X-Page-Cache") is None
        assert "Nähcafé im Stadtteil" not in response.content.decode()

    restriction = PageViewRestriction.objects.get()
    response = client.post(
        reverse("wagtailcore_authenticate_with_password", args=(restriction.pk, event.pk)),
        {"password": "geheim", "return_url": event.url},
    )
    assert response.status_code == 302
    status, body = state(client, event.url)
    assert status is None
    assert "Nähcafé im Stadtteil" in body


def test_a_hit_carries_the_headers_of_the_stored_answer(client, index_and_naehcafe):
    _index, event = index_and_naehcafe
    first = client.get("/feeds/events.ics")
    second = client.get("/feeds/events.ics")
    assert second["X-Page-Cache"] == "hit"
    assert second["Content-Type"] == first["Content-Type"]
    assert second.content == first.content
    assert "Set-Cookie" not in second


def test_a_renamed_category_purges_the_events_in_it(
    client, demo_home, page_cache_on, django_capture_on_commit_callbacks
):
    category = Category.objects.create(name="Handarbeit", locale=Locale.get_default())
    event = make_event_page(make_event_index(demo_home), "Nähcafé", categories=[category])
    state(client, event.url)
    category.name = "Nähen und Handarbeit"
    with django_capture_on_commit_callbacks(execute=True):
        category.save()
    status, body = state(client, event.url)
    assert status == "miss"
    assert "Nähen und Handarbeit" in body


def test_long_query_strings_are_answered_but_not_stored(client, index_and_naehcafe):
    _index, event = index_and_naehcafe
    junk = "?" + "x" * 400
    assert state(client, event.url + junk)[0] is None
    assert state(client, event.url + junk)[0] is None
