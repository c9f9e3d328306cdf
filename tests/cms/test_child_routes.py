"""Routing below the home page and the indexes: narrow queries, Wagtail's answers."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cms.child_routes import _child_models
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from tests.factories import make_page
from tests.factories.events import make_event_index, make_event_page

pytestmark = pytest.mark.django_db


def test_the_child_types_are_those_allowed_below_the_page():
    assert set(_child_models(HomePage)) == {
        EventIndexPage,
        *(
            model
            for model in HomePage.allowed_subpage_models()
            if model._meta.label == "networks.NetworkIndexPage"
        ),
    }
    assert _child_models(EventIndexPage) == (EventPage,)


def test_an_event_page_is_routed_with_its_relations_in_few_queries(demo_home):
    index = make_event_index(demo_home)
    page = make_event_page(index, "Nähcafé")
    with CaptureQueriesContext(connection) as routing:
        route = demo_home.route(None, ["veranstaltungen", page.slug])
    # Below the home page (two child types): the type, then the index; below
    # the index (one type): the event page directly.
    assert len(routing) == 3
    found = route.page
    assert type(found) is EventPage and found.pk == page.pk
    assert found.get_parent().pk == index.pk  # the parent came with the route
    with CaptureQueriesContext(connection) as queries:
        found.locale, found.location, found.get_parent(), found.specific  # noqa: B018
    assert len(queries) == 0


def test_drafts_unknown_slugs_and_other_page_types_get_wagtails_answers(demo_home):
    index = make_event_index(demo_home)
    draft = make_event_page(index, "Entwurf")
    draft.unpublish()
    other = make_page(demo_home, "Kontakt", "kontakt")  # a plain page where it is not allowed
    client = Client()
    assert client.get(f"{index.url}{draft.slug}/").status_code == 404
    assert client.get(f"{index.url}gibt-es-nicht/").status_code == 404
    assert client.get(f"{demo_home.url}gibt-es-nicht/").status_code == 404
    assert client.get(other.url).status_code == 200
    assert Page.objects.get(pk=other.pk).specific_class is Page
