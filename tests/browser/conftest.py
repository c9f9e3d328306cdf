"""Fixtures of the browser tests."""

import pytest
from playwright.sync_api import sync_playwright

from tests.browser.test_editor_schedule_preview import CHROMIUM, CHROMIUM_ARGS
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
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="de-DE")
        page.set_default_timeout(20000)
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", "redaktion")
        page.fill("#id_password", "geheim-123")
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/admin/")
        page.goto(f"{live_server.url}/admin/pages/add/events/eventpage/{event_index.pk}/")
        yield page
        browser.close()
