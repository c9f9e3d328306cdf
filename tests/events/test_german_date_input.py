"""A German editor types dates and times as Germans write them; nothing is guessed."""

from datetime import date, time

from django.urls import reverse
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase
from wagtail.users.models import UserProfile

from cms.date_input import DATE_ERROR, TIME_ERROR, GermanDateField, GermanTimeField
from events.models import EventPage
from tests.factories import make_demo_home
from tests.factories.events import event_form_data, make_event_index


def test_the_fields_read_german_dates_two_digit_years_and_iso():
    field = GermanDateField()
    assert field.clean("09.12.2026") == date(2026, 12, 9)
    assert field.clean("9.12.26") == date(2026, 12, 9)
    assert field.clean("13.1.27") == date(2027, 1, 13)
    assert field.clean("29.02.2028") == date(2028, 2, 29)
    assert field.clean("2026-12-09") == date(2026, 12, 9)
    assert GermanTimeField().clean("15:30") == time(15, 30)
    assert GermanTimeField().clean("15.30") == time(15, 30)


class GermanDateInputTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()
        cls.index = make_event_index(cls.home)

    def setUp(self):
        self.user = self.login()
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = "de"
        profile.save()

    def post(self, **overrides):
        url = reverse("wagtailadmin_pages:add", args=("events", "eventpage", self.index.pk))
        return self.client.post(url, event_form_data(**overrides))

    def test_a_german_date_is_saved_as_that_date(self):
        response = self.post(start_date="07.12.2026")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(EventPage.objects.get(alias_of=None).start_date, date(2026, 12, 7))

    def test_the_form_shows_dates_in_german(self):
        page_url = reverse("wagtailadmin_pages:add", args=("events", "eventpage", self.index.pk))
        response = self.client.post(page_url, event_form_data(start_date="07.12.2026", title=""))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'value="07.12.2026"')

    def test_impossible_dates_and_times_are_refused_in_german_at_the_field(self):
        with translation.override("de"):
            date_error, time_error = str(DATE_ERROR), str(TIME_ERROR)
        self.assertIn("TT.MM.JJJJ", date_error)
        for bad in ("2027-02-31", "31.02.2027", "12/09/2026", "morgen", "٠٩.١٢.٢٠٢٦"):
            response = self.post(start_date=bad)
            self.assertEqual(response.status_code, 200, bad)
            self.assertFalse(EventPage.objects.exists(), bad)
            self.assertIn(date_error, response.context["form"].errors["start_date"], bad)
        for bad in ("3 Uhr", "25:00", "15:61"):
            response = self.post(start_time=bad)
            self.assertEqual(response.status_code, 200, bad)
            self.assertIn(time_error, response.context["form"].errors["start_time"], bad)
        self.assertFalse(EventPage.objects.exists())
