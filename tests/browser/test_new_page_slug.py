"""An editor types a German title; the page's address gets the umlauts written out."""

import pytest
from playwright.sync_api import sync_playwright

from events.models import EventPage
from tests.browser.test_editor_schedule_preview import CHROMIUM, CHROMIUM_ARGS


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_slug_follows_the_title_with_umlauts_written_out(live_server, event_index):
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
        page.locator("#id_title").press_sequentially("Nähcafé für Große")
        page.locator("#id_title").blur()
        page.wait_for_function("document.querySelector('#id_slug').value.length > 0")
        assert page.input_value("#id_slug") == "naehcafe-fuer-grosse"
        browser.close()
    assert not EventPage.objects.exists()
