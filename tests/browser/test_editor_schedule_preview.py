"""An editor types a weekly schedule and sees its next dates before saving."""

import datetime
import shutil

import pytest
from playwright.sync_api import expect, sync_playwright

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_editor_sees_schedule_text_and_next_dates_while_typing(live_server, event_index):
    monday = datetime.date.today() + datetime.timedelta(days=7 - datetime.date.today().weekday())
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
        page.fill("#id_title", "Begegnungscafé")
        page.get_by_role("tab", name="Zeitplan").click()
        page.fill("#id_start_date", monday.isoformat())
        page.fill("#id_start_time", "15:00")
        page.fill("#id_end_time", "17:30")
        page.select_option("#id_frequency", "WEEKLY")
        page.keyboard.press("Tab")
        preview = page.locator("[data-schedule-preview]")
        expect(preview).to_contain_text("jeden Montag", timeout=20000)
        expect(preview).to_contain_text("15:00")
        assert preview.locator("li").count() == 10
        browser.close()
