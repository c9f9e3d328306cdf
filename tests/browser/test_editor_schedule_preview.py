"""An editor types a weekly schedule and sees its next dates before saving."""

import datetime

import pytest
from playwright.sync_api import expect


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_editor_sees_schedule_text_and_next_dates_while_typing(new_event_form):
    monday = datetime.date.today() + datetime.timedelta(days=7 - datetime.date.today().weekday())
    page = new_event_form
    page.fill("#id_title", "Begegnungscafé")
    page.get_by_role("tab", name="Zeitplan").click()
    page.fill("#id_start_date", monday.strftime("%d.%m.%Y"))
    page.fill("#id_start_time", "15:00")
    page.fill("#id_end_time", "17:30")
    page.select_option("#id_frequency", "WEEKLY")
    page.keyboard.press("Tab")
    preview = page.locator("[data-schedule-preview]")
    expect(preview).to_contain_text("jeden Montag", timeout=20000)
    expect(preview).to_contain_text("15:00")
    assert preview.locator("li").count() == 10
