"""Fixtures of the browser tests."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.browser.session import launch, signed_in
from tests.factories import make_demo_home
from tests.factories.events import make_event_index


@pytest.fixture
def event_index(live_server, django_user_model):
    """The demo root with an event index, and a superuser "redaktion" to sign in with."""
    index = make_event_index(make_demo_home())
    django_user_model.objects.create_superuser("redaktion", "r@example.org", "geheim-123")
    return index


@pytest.fixture
def new_event_form(live_server, event_index):
    """A German editor's browser, signed in, on the form for a new event page."""
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = signed_in(browser, live_server, "redaktion", "geheim-123")
        page.goto(f"{live_server.url}/admin/pages/add/events/eventpage/{event_index.pk}/")
        yield page
        browser.close()


@pytest.fixture
def screenshots(tmp_path):
    """Where the journeys put their screenshots: ``QN_DOC_SCREENSHOTS`` (e.g. docs/img)
    or the test's temporary folder."""
    folder = os.environ.get("QN_DOC_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path
    path.mkdir(parents=True, exist_ok=True)
    return path
