"""The schedule form shows only what the chosen repetition needs.

What a field left out of sight still holds (weekdays of an event that is now
monthly, a zone behind the unticked "another time zone") never counts; the
fields carry Wagtail's rules (``w-rules``) that open them, and without
JavaScript everything shows and counts as it is.
"""

import json
from datetime import date, timedelta

from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

from events.models import Category, ClosurePeriod, EventPage
from events.schedule import ENDS_NEVER, MONTHLY_DAY, ScheduleValues, unused_fields
from tests.clock import in_days
from tests.factories import make_demo_home
from tests.factories.events import event_form_data, make_event_index


def values(**fields):
    base = {"start_date": date(2027, 1, 4), "frequency": "WEEKLY", "weekdays": ["MO"]}
    return ScheduleValues(**{**base, **fields})


# ---------------------------------------------------------------------------
# unused_fields: pure
# ---------------------------------------------------------------------------


def test_a_one_off_event_uses_no_repetition_fields():
    unused = unused_fields(values(frequency="", interval=3, ends="after", count=4))
    assert unused["interval"] == 1
    assert unused["ends"] == ENDS_NEVER
    assert unused["count"] is None and unused["until"] is None
    assert unused["weekdays"] == [] and unused["months"] == []
    assert unused["skip_public_holidays"] is False


def test_a_weekly_event_keeps_its_weekdays_and_drops_the_monthly_fields():
    unused = unused_fields(values(month_day=15, ordinals=["2"]))
    assert "weekdays" not in unused and "interval" not in unused
    assert unused["month_day"] is None and unused["ordinals"] == []
    assert unused["monthly_mode"] == MONTHLY_DAY


def test_a_monthly_event_keeps_only_the_fields_of_its_mode():
    by_day = unused_fields(values(frequency="MONTHLY", monthly_mode="day", month_day=15))
    assert "month_day" not in by_day and by_day["ordinals"] == [] and by_day["weekdays"] == []
    nth = unused_fields(values(frequency="MONTHLY", monthly_mode="nth", ordinals=["2"]))
    assert nth["month_day"] is None and "ordinals" not in nth and "monthly_weekday" not in nth
    last = unused_fields(values(frequency="MONTHLY", monthly_mode="last", monthly_weekday="TH"))
    assert last["ordinals"] == [] and "monthly_weekday" not in last


def test_only_the_chosen_end_counts():
    on_date = unused_fields(values(ends="on_date", until=date(2027, 6, 28), count=5))
    assert "until" not in on_date and on_date["count"] is None
    after = unused_fields(values(ends="after", until=date(2027, 6, 28), count=5))
    assert after["until"] is None and "count" not in after
    never = unused_fields(values(ends="never", until=date(2027, 6, 28), count=5))
    assert never["until"] is None and never["count"] is None


def test_months_restrict_daily_weekly_and_monthly_events_but_not_yearly_ones():
    assert "months" not in unused_fields(values(months=["1", "2"]))
    assert unused_fields(values(frequency="YEARLY", months=["1"]))["months"] == []


# ---------------------------------------------------------------------------
# The admin form
# ---------------------------------------------------------------------------


class ScheduleFormTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()
        cls.index = make_event_index(cls.home)

    def setUp(self):
        self.login()

    def add_url(self):
        return reverse("wagtailadmin_pages:add", args=("events", "eventpage", self.index.pk))

    def publish(self, **overrides):
        data = event_form_data(**overrides)
        data["action-publish"] = "publish"
        response = self.client.post(self.add_url(), data)
        form = response.context["form"] if response.status_code == 200 else None
        self.assertEqual(response.status_code, 302, form and form.errors.as_json())
        return EventPage.objects.get(slug="begegnungscafe", alias_of=None)

    def form_html(self):
        return BeautifulSoup(self.client.get(self.add_url()).content, "html.parser")

    def test_weekdays_left_from_a_weekly_draft_do_not_reach_a_monthly_rule(self):
        page = self.publish(frequency="MONTHLY", monthly_mode="day", month_day="4")
        self.assertEqual(page.weekdays, [])
        self.assertEqual(page.rrule, "FREQ=MONTHLY;BYMONTHDAY=4")

    def test_a_one_off_event_ignores_the_hidden_repetition_fields(self):
        page = self.publish(frequency="", interval="2", ends="on_date", until="garbage")
        self.assertEqual((page.interval, page.ends, page.until), (1, "never", None))
        self.assertEqual(page.rrule, "")

    def test_monthly_on_the_nth_weekday_needs_no_day_of_the_month(self):
        page = self.publish(
            frequency="MONTHLY", monthly_mode="nth", ordinals=["2", "4"], monthly_weekday="TU"
        )
        self.assertEqual(page.month_day, None)
        self.assertEqual(page.rrule, "FREQ=MONTHLY;BYDAY=2TU,4TU")

    def test_a_closed_time_zone_means_the_sites_zone(self):
        page = self.publish(time_zone="")
        self.assertEqual(page.time_zone, "Europe/Berlin")

    def test_another_time_zone_is_kept(self):
        page = self.publish(other_time_zone="on", time_zone="America/New_York")
        self.assertEqual(page.time_zone, "America/New_York")

    def test_the_form_opens_fields_with_wagtails_rules(self):
        soup = self.form_html()
        controller = soup.select_one('[data-controller~="w-rules"]')
        self.assertIsNotNone(controller)
        self.assertIn("change->w-rules#resolve", controller["data-action"])
        # The zone list is sent only while "another time zone" is ticked.
        zone = soup.select_one('select[name="time_zone"]')
        self.assertEqual(zone["data-w-rules-target"], "enable")
        self.assertEqual(json.loads(zone["data-w-rules"]), {"other_time_zone": ["on"]})
        self.assertIsNotNone(soup.select_one('input[type="checkbox"][name="other_time_zone"]'))
        # Weekdays show only for weekly events, inside the controller.
        rules = [
            json.loads(element["data-w-rules"])
            for element in controller.select('[data-w-rules-target="show"]')
        ]
        self.assertIn({"frequency": ["WEEKLY"]}, rules)
        self.assertIn({"frequency": ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]}, rules)
        # Without JavaScript nothing is hidden.
        self.assertEqual(controller.select("[hidden]"), [])

    def test_categories_and_closure_periods_are_checkboxes_of_the_pages_language(self):
        german, english = (
            Locale.objects.get(language_code="de"),
            Locale.objects.get_or_create(language_code="en")[0],
        )
        Category.objects.create(name="Sprachcafé", locale=german)
        Category.objects.create(name="Language café", locale=english)
        ClosurePeriod.objects.create(
            name="Winterferien", start=in_days(60), end=in_days(66), locale=german
        )
        ClosurePeriod.objects.create(
            name="Sommerferien 2020", start=date(2020, 7, 1), end=date(2020, 8, 1), locale=german
        )
        soup = self.form_html()
        categories = [
            label.get_text(strip=True)
            for label in soup.select('input[name="categories"][type="checkbox"]')
            for label in [label.find_parent("label")]
        ]
        self.assertEqual(categories, ["Sprachcafé"])
        periods = [
            box.find_parent("label").get_text(strip=True)
            for box in soup.select('input[name="closure_periods"][type="checkbox"]')
        ]
        self.assertEqual(len(periods), 1)
        self.assertIn("Winterferien", periods[0])

    def test_a_chosen_past_closure_period_stays_offered_on_edit(self):
        german = Locale.objects.get(language_code="de")
        past = ClosurePeriod.objects.create(
            name="Herbstferien", start=in_days(-40), end=in_days(-30), locale=german
        )
        page = self.publish()
        page.closure_periods.add(past)
        page.save_revision().publish()
        edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
        soup = BeautifulSoup(self.client.get(edit).content, "html.parser")
        box = soup.select_one(f'input[name="closure_periods"][value="{past.pk}"]')
        self.assertIsNotNone(box)
        self.assertTrue(box.has_attr("checked"))
        self.assertEqual(timedelta(days=10), past.end - past.start)

    def test_a_half_filled_new_page_is_never_saved_behind_the_editors_back(self):
        # Autosave (Wagtail's w-autosave) would create the page as a draft while typing.
        html = self.client.get(self.add_url()).content.decode()
        self.assertNotIn("data-w-autosave-interval-value", html)
        self.assertFalse(EventPage.objects.exists())
