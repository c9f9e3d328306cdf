"""A German editor of the Redaktion loads the school holidays from the state's file,
creates the Nähcafé series, changes two dates, closes it for the school holidays,
checks the preview and publishes: every step in German,
only the fields the repetition needs, no date typed in ISO format.

``QN_DOC_SCREENSHOTS=docs/img`` writes the screenshots of each screen to the docs;
otherwise they go to the test's temporary folder. The interactions (clicks, typed
fields, choices) are counted and printed.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect, sync_playwright

from cms import roles
from events.models import ClosurePeriod, EventPage, Location
from tests.browser.session import launch, signed_in
from tests.clock import next_weekday
from tests.factories import make_demo_home, make_user
from tests.factories.events import make_event_index


def school_holidays(name, first_day, last_day):
    """An iCalendar file as the states publish them: one all-day entry, end exclusive."""
    end = last_day + timedelta(days=1)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Land//Schulferien//DE\r\n"
        "BEGIN:VEVENT\r\n"
        f"DTSTART;VALUE=DATE:{first_day:%Y%m%d}\r\nDTEND;VALUE=DATE:{end:%Y%m%d}\r\n"
        f"SUMMARY:{name}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def german(day):
    return day.strftime("%d.%m.%Y")


class Journey:
    """The editor's browser; counts what the editor does and keeps a picture per screen."""

    def __init__(self, page, folder):
        self.page, self.folder, self.interactions = page, folder, 0

    def click(self, locator, upload=None):
        self.interactions += 1
        if upload is not None:
            locator.set_input_files(upload)
        else:
            locator.click()

    def fill(self, locator, text):
        self.interactions += 1
        locator.fill(text)
        locator.press("Tab")
        self.close_pickers()

    def close_pickers(self):
        """Close the date and time pickers the last field left open, as a click beside
        them would (they would cover the next field)."""
        self.page.evaluate(
            "document.querySelectorAll('.xdsoft_datetimepicker')"
            ".forEach((picker) => { picker.style.display = 'none'; })"
        )

    def choose(self, locator, value):
        self.interactions += 1
        locator.select_option(value)

    def picture(self, name, locator=None):
        path = self.folder / f"{name}.png"
        self.close_pickers()
        (locator or self.page).screenshot(path=path, animations="disabled")
        return path


@pytest.fixture
def redaktion(live_server, django_user_model):
    home = make_demo_home()
    roles.setup_roles()
    index = make_event_index(home)
    Location.objects.create(
        name="Stadtteiltreff Prohlis", address="Prohliser Allee 10\n01239 Dresden"
    )
    make_user("redakteurin", Group.objects.get(name=roles.EDITORS_GROUP), password="geheim-123")
    return index


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_naehcafe_in_plain_steps(live_server, redaktion, screenshots, tmp_path):
    first = next_weekday(2) + timedelta(weeks=1)  # a Wednesday
    cancelled, moved = first + timedelta(weeks=2), first + timedelta(weeks=4)
    holiday_start, holiday_end = first + timedelta(weeks=6), first + timedelta(weeks=7, days=3)
    holiday_file = tmp_path / "schulferien.ics"
    holiday_file.write_text(school_holidays("Winterferien", holiday_start, holiday_end))
    index_url = redaktion.url
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = signed_in(browser, live_server, "redakteurin", "geheim-123")
        journey = Journey(page, screenshots)

        # The school holidays from the state's file: upload, check the preview, import.
        page.goto(f"{live_server.url}/admin/snippets/events/closureperiod/")
        journey.click(page.get_by_role("link", name="Schulferien importieren"))
        journey.click(page.locator("input[type=file]"), upload=holiday_file)
        journey.click(page.get_by_role("button", name="Vorschau anzeigen"))
        expect(page.locator("main")).to_contain_text("Wird neu angelegt")
        expect(page.locator("main")).to_contain_text("Winterferien")
        journey.picture("editor-school-holidays-preview")
        journey.click(page.get_by_role("button", name="Importieren"))
        # Back on the list once the import is written: the new period is there.
        page.wait_for_url("**/admin/snippets/events/closureperiod/**")
        expect(page.locator("table.listing")).to_contain_text("Winterferien")

        page.goto(f"{live_server.url}/admin/pages/add/events/eventpage/{redaktion.pk}/")

        # Content: the title, a teaser and the place.
        journey.fill(page.locator("#id_title"), "Nähcafé")
        journey.fill(page.locator("#id_teaser"), "Gemeinsam nähen, flicken und plaudern.")
        journey.click(page.get_by_role("button", name="Ort auswählen"))
        journey.click(page.get_by_role("link", name="Stadtteiltreff Prohlis"))
        expect(page.locator("#id_location")).not_to_have_value("")

        # Schedule: a one-off event shows only date, times and the repetition.
        journey.click(page.get_by_role("tab", name="Zeitplan"))
        schedule = page.locator("#tab-schedule")
        for hidden in ("#id_interval", "#id_weekdays_0", "#id_month_day", "#id_time_zone"):
            expect(page.locator(hidden)).to_be_hidden()
        journey.picture("editor-schedule-one-off")
        journey.fill(page.locator("#id_start_date"), german(first))
        journey.fill(page.locator("#id_start_time"), "10:00")
        journey.fill(page.locator("#id_end_time"), "12:00")
        journey.choose(page.locator("#id_frequency"), "WEEKLY")
        expect(page.locator("#id_interval")).to_be_visible()
        expect(page.locator("#id_month_day")).to_be_hidden()
        expect(page.locator("#id_until")).to_be_hidden()
        journey.fill(page.locator("#id_interval"), "2")
        preview = page.locator("[data-schedule-preview]")
        expect(preview).to_contain_text("alle 2 Wochen am Mittwoch, 10:00–12:00")
        expect(preview).to_contain_text("Stadtteiltreff Prohlis")
        journey.picture("editor-schedule-weekly")

        # One date cancelled, one moved to the Thursday.
        journey.click(page.get_by_role("button", name="Ausnahme hinzufügen"))
        journey.fill(page.locator("#id_exceptions-0-original_date"), german(cancelled))
        journey.choose(page.locator("#id_exceptions-0-action"), "cancelled")
        journey.fill(page.locator("#id_exceptions-0-note"), "Weihnachtspause")
        journey.click(page.get_by_role("button", name="Ausnahme hinzufügen"))
        journey.fill(page.locator("#id_exceptions-1-original_date"), german(moved))
        journey.choose(page.locator("#id_exceptions-1-action"), "moved")
        journey.fill(page.locator("#id_exceptions-1-new_date"), german(moved + timedelta(days=1)))
        # The school holidays close it.
        journey.click(schedule.get_by_label("Winterferien", exact=False))
        expect(preview).to_contain_text("fällt aus")
        expect(preview).to_contain_text("verlegt (statt")
        journey.picture("editor-schedule-exceptions", preview)
        assert "None" not in schedule.inner_text()

        # Publish from the footer's menu.
        journey.click(page.locator("footer .w-dropdown__toggle").first)
        journey.click(page.locator("footer button[name=action-publish]"))
        expect(page.locator(".messages")).to_contain_text("veröffentlicht")
        journey.picture("editor-published")

        public = browser.new_page(locale="de-DE")
        public.goto(live_server.url + index_url + "naehcafe/")
        expect(public.locator("main")).to_contain_text("alle 2 Wochen am Mittwoch")
        browser.close()

    event = EventPage.objects.get(title="Nähcafé", locale__language_code="de")
    assert event.live
    assert event.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
    holidays = ClosurePeriod.objects.get(name="Winterferien")
    assert (holidays.start, holidays.end, holidays.locale.language_code) == (
        holiday_start,
        holiday_end,
        "de",
    )
    assert list(event.closure_periods.all()) == [holidays]
    assert event.time_zone == "Europe/Berlin"
    assert [(e.original_date, e.action) for e in event.exceptions.order_by("original_date")] == [
        (cancelled, "cancelled"),
        (moved, "moved"),
    ]
    print(f"\nInteractions for the Nähcafé: {journey.interactions}")
    assert journey.interactions <= 30
