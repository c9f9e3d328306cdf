"""Creating and editing events in the admin: the schedule's field errors, publishing."""

from datetime import timedelta

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset
from wagtail.users.models import UserProfile

from events.models import EventIndexPage, EventPage, Location, Occurrence
from home.models import HomePage
from tests.clock import in_days, next_weekday
from tests.factories import make_demo_home
from tests.factories.events import event_form_data, make_event_index, make_event_page


class EventAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()
        cls.index = make_event_index(cls.home)

    def setUp(self):
        self.user = self.login()
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = "en"
        profile.save()

    def add_url(self):
        return reverse("wagtailadmin_pages:add", args=("events", "eventpage", self.index.pk))

    def post(self, **overrides):
        return self.client.post(self.add_url(), event_form_data(**overrides))

    def assert_field_error(self, response, text):
        self.assertEqual(response.status_code, 200)
        self.assertFalse(EventPage.objects.exists(), response.context["form"].errors)
        self.assertContains(response, text)

    def test_tree(self):
        self.assertCanCreateAt(HomePage, EventIndexPage)
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertCanNotCreateAt(Page, EventPage)

    def test_create_and_publish_a_weekly_event_with_an_exception(self):
        cancelled = next_weekday(0) + timedelta(weeks=2)
        data = event_form_data(
            exceptions=inline_formset(
                [{"original_date": cancelled.isoformat(), "action": "cancelled", "note": "Ausflug"}]
            )
        )
        data["action-publish"] = "publish"
        response = self.client.post(self.add_url(), data)
        self.assertEqual(response.status_code, 302)
        page = EventPage.objects.get(slug="begegnungscafe", alias_of=None)
        self.assertEqual(page.rrule, "FREQ=WEEKLY;BYDAY=MO")
        self.assertTrue(page.live)
        row = Occurrence.objects.get(page=page, original_start_utc__date=cancelled)
        self.assertEqual((row.status, row.note), ("cancelled", "Ausflug"))
        self.assertGreater(Occurrence.objects.filter(page=page, status="scheduled").count(), 50)

    def test_end_before_start(self):
        self.assert_field_error(self.post(end_time="14:00"), "The event ends before it starts.")

    def test_end_date_before_start_date(self):
        self.assert_field_error(
            self.post(end_date=in_days(-30).isoformat()), "The end date is before the start date."
        )

    def test_until_before_start(self):
        response = self.post(ends="on_date", until=in_days(-30).isoformat())
        self.assert_field_error(response, "The repetition ends before the first date.")

    def test_a_hidden_last_date_does_not_count_when_the_event_ends_after_a_number(self):
        # The form shows either the last date or the number of times, as "ends" says;
        # a date left over from the other choice is dropped, not an error.
        response = self.post(ends="after", count="5", until=in_days(300).isoformat())
        self.assertEqual(response.status_code, 302)
        page = EventPage.objects.get(slug="begegnungscafe", alias_of=None)
        self.assertEqual((page.until, page.count), (None, 5))
        self.assertEqual(page.rrule, "FREQ=WEEKLY;BYDAY=MO;COUNT=5")

    def test_monthly_rule_that_never_occurs(self):
        response = self.post(frequency="MONTHLY", month_day="31", months=["2"])
        self.assert_field_error(response, "With these settings the event never takes place")

    def test_sub_daily_frequency_is_not_offered(self):
        response = self.post(frequency="HOURLY")
        self.assert_field_error(response, "Select a valid choice. HOURLY is not one of")

    def test_exception_for_a_date_that_is_not_an_occurrence(self):
        tuesday = next_weekday(1)
        response = self.post(
            exceptions=inline_formset(
                [{"original_date": tuesday.isoformat(), "action": "cancelled"}]
            )
        )
        self.assert_field_error(response, "The event does not take place on")

    def test_moved_exception_needs_something_new(self):
        monday = next_weekday(0) + timedelta(weeks=1)
        response = self.post(
            exceptions=inline_formset([{"original_date": monday.isoformat(), "action": "moved"}])
        )
        self.assert_field_error(response, "Enter the new date, the new times or the new location.")

    def test_exception_on_an_extra_date_is_fine(self):
        thursday = next_weekday(3) + timedelta(weeks=1)
        data = event_form_data(
            extra_dates=inline_formset([{"date": thursday.isoformat()}]),
            exceptions=inline_formset(
                [{"original_date": thursday.isoformat(), "action": "note", "note": "Im Garten"}]
            ),
        )
        response = self.client.post(self.add_url(), data)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(EventPage.objects.filter(slug="begegnungscafe").exists())

    def test_edit_view_shows_the_preview_panel_and_is_editable(self):
        page = make_event_page(self.index)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        self.assertContains(response, "data-schedule-preview")
        self.assertContains(response, "events/js/schedule_preview.js")
        self.assertPageIsEditable(page, post_data=event_form_data(slug=page.slug))
        self.assertPageIsPreviewable(page, post_data=event_form_data(slug=page.slug))

    def test_the_tabs_keep_their_addresses_in_every_admin_language(self):
        profile = UserProfile.get_for_user(self.user)
        for language in ("ar", "de", "en"):
            profile.preferred_language = language
            profile.save()
            response = self.client.get(self.add_url())
            for name in ("content", "schedule", "promote"):
                self.assertContains(response, f'id="tab-{name}"')
            self.assertNotContains(response, 'id="tab-zeitplan"')


class SchedulePreviewViewTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()

    def setUp(self):
        self.user = self.login()
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = "en"
        profile.save()
        self.url = reverse("events_schedule_preview")

    def test_text_and_next_ten_dates_with_exceptions_marked(self):
        cancelled = next_weekday(0, in_days(1)) + timedelta(weeks=1)
        data = event_form_data(
            exceptions=inline_formset(
                [{"original_date": cancelled.isoformat(), "action": "cancelled", "note": "Ausflug"}]
            )
        )
        response = self.client.post(self.url, data)
        self.assertEqual(response.status_code, 200)
        payload = response.json()
        self.assertEqual(payload["errors"], {})
        self.assertEqual(payload["text"], "every Monday, 15:00–17:30")
        self.assertEqual(len(payload["dates"]), 10)
        statuses = {d["start"][:10]: d["status"] for d in payload["dates"]}
        self.assertEqual(statuses[cancelled.isoformat()], "cancelled")
        self.assertIn("Ausflug", payload["html"])
        self.assertTrue(all(d["start"][11:16] == "15:00" for d in payload["dates"]))

    def test_every_date_comes_with_its_place_and_a_moved_one_with_the_new_place(self):
        hall = Location.objects.create(name="Saal", address="Prohliser Allee 10\n01239 Dresden")
        corner = Location.objects.create(name="Stadtteiltreff")
        moved = next_weekday(0, in_days(1)) + timedelta(weeks=1)
        data = event_form_data(
            location=str(corner.pk),
            exceptions=inline_formset(
                [
                    {
                        "original_date": moved.isoformat(),
                        "action": "moved",
                        "new_date": (moved + timedelta(days=1)).isoformat(),
                        "new_location": str(hall.pk),
                    }
                ]
            ),
        )
        payload = self.client.post(self.url, data).json()
        self.assertEqual(payload["errors"], {})
        places = {d["start"][:10]: d["location"] for d in payload["dates"]}
        self.assertEqual(
            places[(moved + timedelta(days=1)).isoformat()],
            "Saal, Prohliser Allee 10, 01239 Dresden",
        )
        self.assertEqual(places[(moved + timedelta(weeks=1)).isoformat()], "Stadtteiltreff")
        self.assertIn("<strong>Saal</strong>", payload["html"])

    def test_get_works_too_and_reports_holidays(self):
        response = self.client.get(
            self.url,
            {
                "start_date": in_days(0).isoformat(),
                "all_day": "on",
                "frequency": "DAILY",
                "interval": "1",
                "ends": "never",
                "time_zone": "Europe/Berlin",
                "skip_public_holidays": "on",
            },
        )
        payload = response.json()
        self.assertEqual(payload["text"], "every day, all day, except on public holidays")
        self.assertEqual(len(payload["dates"]), 10)

    def test_errors_come_back_as_field_errors(self):
        response = self.client.post(self.url, event_form_data(end_time="14:00"))
        payload = response.json()
        self.assertIn("end_time", payload["errors"])
        self.assertIn("The event ends before it starts.", payload["html"])
        self.assertEqual(payload["dates"], [])

    def test_an_empty_form_asks_for_the_date_without_an_alarm(self):
        payload = self.client.post(self.url, {"frequency": "", "ends": "never"}).json()
        self.assertEqual(payload["errors"], {})
        self.assertIn("Enter the date first", payload["html"])
        self.assertNotIn("help-critical", payload["html"])

    def test_a_field_says_each_thing_once(self):
        payload = self.client.post(self.url, event_form_data(start_date="31.02.2027")).json()
        messages = payload["errors"]["start_date"]
        self.assertEqual(len(messages), len(set(messages)))
        self.assertNotIn("This field is required.", messages)

    def test_garbage_gives_errors_not_500(self):
        response = self.client.get(self.url, {"start_date": "gestern", "frequency": "HOURLY"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("start_date", response.json()["errors"])

    def test_needs_admin_login(self):
        self.client.logout()
        response = self.client.get(self.url)
        self.assertNotEqual(response.status_code, 200)
