"""The schedule belongs to the series: translations and aliases always show the source's dates."""

import io
from datetime import time, timedelta

import icalendar
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, TestCase
from django.urls import reverse
from wagtail.models import APIToken, Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import Translation

from cms.roles import EDITORS_GROUP, setup_roles
from cms.translation import translate_instance
from events.models import ClosurePeriod, EventIndexPage, EventPage, Occurrence
from events.recurrence import CANCELLED
from home.demo import synchronise_locale_trees
from tests.clock import in_days, next_weekday
from tests.factories import make_demo_home
from tests.factories.events import make_event_index, make_event_page

LOCAL = "Europe/Berlin"


def local_starts(page):
    """The page's occurrence rows as ``(local start "YYYY-MM-DD HH:MM", status, note)``."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(LOCAL)
    return [
        (f"{row.start_utc.astimezone(zone):%Y-%m-%d %H:%M}", row.status, row.note)
        for row in Occurrence.objects.filter(page=page).order_by("start_utc")
    ]


class SeriesTranslationTests(TestCase):
    """A German weekly café with a cancellation and a closure, translated into Arabic."""

    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()
        cls.index = make_event_index(cls.home)
        cls.closure = ClosurePeriod.objects.create(
            name="Sommerpause",
            reason="Sommerpause des Teams",
            start=in_days(60),
            end=in_days(80),
            locale=Locale.get_default(),
        )
        cls.cancelled = next_weekday(0, in_days(1)) + timedelta(weeks=1)
        cls.page = make_event_page(
            cls.index,
            "Begegnungscafé",
            closure_periods=[cls.closure],
            exceptions=[{"original_date": cls.cancelled, "action": CANCELLED, "note": "Ausflug"}],
        )
        synchronise_locale_trees(io.StringIO())
        translate_instance(cls.index, "ar", {"Veranstaltungen": "الفعاليات"})
        cls.arabic = translate_instance(
            cls.page, "ar", {"Begegnungscafé": "مقهى اللقاء", "Ausflug": "رحلة"}
        )
        translate_instance(cls.closure, "ar", {"Sommerpause des Teams": "عطلة الصيف للفريق"})
        cls.translator = get_user_model().objects.create_user(username="ar", password="pw")
        cls.translator.groups.add(Group.objects.get(name="Übersetzung Arabisch"))

    def german_change(self, **fields):
        page = EventPage.objects.get(pk=self.page.pk).get_latest_revision_as_object()
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        return page

    def test_translation_has_the_source_schedule_and_its_own_words(self):
        german, arabic = local_starts(self.page), local_starts(self.arabic)
        self.assertEqual([row[:2] for row in german], [row[:2] for row in arabic])
        notes = {start: note for start, status, note in arabic if status == CANCELLED}
        self.assertEqual(notes[f"{self.cancelled:%Y-%m-%d} 15:00"], "رحلة")
        closed = [note for start, _status, note in arabic if start >= f"{in_days(60):%Y-%m-%d}"]
        self.assertIn("عطلة الصيف للفريق", closed)

    def test_a_german_change_reaches_page_api_and_feed_in_the_same_request_cycle(self):
        self.german_change(start_time=time(14), end_time=time(16, 30))
        arabic = EventPage.objects.get(pk=self.arabic.pk)
        self.assertEqual((arabic.start_time, arabic.end_time), (time(14), time(16, 30)))
        self.assertTrue(all(start.endswith("14:00") for start, _s, _n in local_starts(arabic)))
        client = Client()
        html = client.get(arabic.url).content.decode()
        self.assertIn("14:00", html)
        self.assertNotIn("15:00", html)
        items = client.get(
            "/api/v3/events/occurrences/",
            {"start": in_days(0).isoformat(), "end": in_days(30).isoformat(), "locale": "ar"},
        ).json()["items"]
        self.assertTrue(items)
        self.assertTrue(all(item["start"][11:16] == "14:00" for item in items))
        feed = icalendar.Calendar.from_ical(client.get(f"/feeds/events/{arabic.pk}.ics").content)
        (master,) = [e for e in feed.walk("VEVENT") if "RRULE" in e]
        self.assertEqual(master["DTSTART"].dt.time(), time(14))

    def test_the_translation_follows_without_a_translator(self):
        before = Translation.objects.get(
            source__object_id=self.page.translation_key, target_locale=self.arabic.locale
        ).source.last_updated_at
        self.german_change(weekdays=["TU"], frequency="WEEKLY")
        arabic = EventPage.objects.get(pk=self.arabic.pk)
        self.assertEqual(arabic.rrule, "FREQ=WEEKLY;BYDAY=TU")
        self.assertEqual(arabic.title, "مقهى اللقاء")  # the words stay translated
        translation = Translation.objects.get(
            source__object_id=self.page.translation_key, target_locale=self.arabic.locale
        )
        self.assertEqual(translation.source.last_updated_at, before)

    def test_a_save_with_a_divergent_schedule_does_not_stick(self):
        arabic = EventPage.objects.get(pk=self.arabic.pk)
        arabic.start_time = time(9)
        arabic.skip_public_holidays = True
        arabic.exceptions.all()[0].original_date += timedelta(days=3)
        arabic.save()
        arabic.refresh_from_db()
        self.assertEqual(arabic.start_time, time(15))
        self.assertFalse(arabic.skip_public_holidays)
        (exception,) = arabic.exceptions.all()
        self.assertEqual((exception.original_date, exception.note), (self.cancelled, "رحلة"))
        # A draft revision cannot carry another schedule either.
        arabic.start_time = time(9)
        revision = arabic.save_revision()
        self.assertEqual(revision.as_object().start_time, time(15))

    def test_translator_who_stops_synchronisation_cannot_change_the_dates(self):
        translation = Translation.objects.get(
            source__object_id=self.page.translation_key, target_locale=self.arabic.locale
        )
        client = Client()
        client.force_login(self.translator)
        edit_url = reverse("wagtailadmin_pages:edit", args=[self.arabic.pk])
        stop = reverse("wagtail_localize:stop_translation", args=[translation.pk])
        self.assertRedirects(
            client.post(stop, {"next": edit_url}), edit_url, fetch_redirect_response=False
        )
        form = client.get(edit_url).context["form"]
        self.assertTrue(form.fields["start_time"].disabled)
        (exception_row,) = form.formsets["exceptions"].forms
        self.assertTrue(exception_row.fields["original_date"].disabled)
        self.assertFalse(exception_row.fields["note"].disabled)  # words are the translator's
        monday = next_weekday(0) - timedelta(weeks=4)
        data = nested_form_data(
            {
                "title": "مقهى اللقاء",
                "slug": self.arabic.slug,
                "teaser": "",
                "body": streamfield([]),
                "start_date": (monday + timedelta(days=2)).isoformat(),
                "start_time": "09:00",
                "end_time": "10:00",
                "time_zone": "Asia/Tehran",
                "frequency": "DAILY",
                "interval": "1",
                "monthly_mode": "day",
                "ends": "never",
                "extra_dates": inline_formset([{"date": in_days(3).isoformat()}]),
                "exceptions": inline_formset(
                    [{"original_date": in_days(5).isoformat(), "action": "cancelled"}]
                ),
                "comments": inline_formset([]),
            }
        )
        data["action-publish"] = "publish"
        # New dates or exceptions belong on the German page: said at the row, nothing saved.
        response = client.post(edit_url, data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Fügen Sie Termine und Ausnahmen auf der Seite")
        self.assertEqual(EventPage.objects.get(pk=self.arabic.pk).extra_dates.count(), 0)
        data.update(
            nested_form_data({"extra_dates": inline_formset([]), "exceptions": inline_formset([])})
        )
        with self.captureOnCommitCallbacks(execute=True):
            response = client.post(edit_url, data)
        self.assertEqual(response.status_code, 302)
        arabic = EventPage.objects.get(pk=self.arabic.pk)
        self.assertEqual(arabic.title, "مقهى اللقاء")
        self.assertEqual(
            (arabic.start_time, arabic.time_zone, arabic.rrule),
            (time(15), "Europe/Berlin", "FREQ=WEEKLY;BYDAY=MO"),
        )
        self.assertEqual(list(arabic.extra_dates.all()), [])
        self.assertEqual([e.original_date for e in arabic.exceptions.all()], [self.cancelled])
        self.assertEqual(
            [row[:2] for row in local_starts(arabic)],
            [row[:2] for row in local_starts(self.page)],
        )

    def test_translated_closure_reason_everywhere_in_arabic(self):
        closure_ar = self.closure.get_translation(self.arabic.locale)
        closure_ar.reason = "الفريق في عطلة"
        closure_ar.save()
        reasons = {note for _s, status, note in local_starts(self.arabic) if status == CANCELLED}
        self.assertIn("الفريق في عطلة", reasons)
        items = (
            Client()
            .get(
                "/api/v3/events/occurrences/",
                {
                    "start": in_days(60).isoformat(),
                    "end": in_days(80).isoformat(),
                    "locale": "ar",
                },
            )
            .json()["items"]
        )
        self.assertTrue(items)
        self.assertEqual({item["note"] for item in items}, {"الفريق في عطلة"})
        feed = Client().get("/feeds/events.ics?locale=ar").content.decode()
        self.assertIn("الفريق في عطلة", icalendar.Calendar.from_ical(feed).to_ical().decode())

    def test_closure_dates_follow_the_source_period(self):
        closure_ar = self.closure.get_translation(self.arabic.locale)
        closure_ar.start = in_days(1)
        closure_ar.save()
        closure_ar.refresh_from_db()
        self.assertEqual(closure_ar.start, in_days(60))
        self.closure.start = in_days(50)
        self.closure.save()
        closure_ar.refresh_from_db()
        self.assertEqual(closure_ar.start, in_days(50))

    def test_deleting_the_source_says_what_happens_and_leaves_no_dates(self):
        admin = get_user_model().objects.create_superuser(username="admin", password="pw")
        client = Client()
        client.force_login(admin)
        delete_url = reverse("wagtailadmin_pages:delete", args=[self.page.pk])
        response = client.get(delete_url)
        self.assertEqual(response.context["translation_count"], 1)
        with self.captureOnCommitCallbacks(execute=True):
            client.post(delete_url)
        self.assertFalse(EventPage.objects.filter(translation_key=self.page.translation_key))
        self.assertFalse(Occurrence.objects.exists())

    def test_deleting_the_source_in_code_unpublishes_what_is_left(self):
        with self.captureOnCommitCallbacks(execute=True):
            EventPage.objects.get(pk=self.page.pk).delete()
        left = EventPage.objects.filter(translation_key=self.page.translation_key)
        self.assertTrue(left.exists())
        self.assertFalse(left.filter(live=True).exists())
        self.assertFalse(Occurrence.objects.exists())


class EveryLocaleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()
        cls.index = make_event_index(cls.home)
        synchronise_locale_trees(io.StringIO())
        setup_roles()
        editor = get_user_model().objects.create_user(username="redaktion", password="pw")
        editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
        _token, cls.token = APIToken.create_token(user=editor, name="Redaktion")

    def test_page_created_through_api_v3_has_aliases_in_every_locale(self):
        response = Client().post(
            "/api/v3/pages/",
            {
                "meta": {
                    "type": "events.EventIndexPage",
                    "parent_id": self.home.pk,
                    "action": "publish",
                },
                "title": "Kurse",
                "slug": "kurse",
                "intro": "Kurse im Stadtteil",
            },
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {self.token}",
        )
        self.assertEqual(response.status_code, 201, response.content)
        page = EventIndexPage.objects.get(slug="kurse", locale=Locale.get_default())
        copies = Page.objects.filter(translation_key=page.translation_key)
        self.assertEqual(
            set(copies.values_list("locale__language_code", flat=True)),
            {"de", "en", "ar", "fa", "uk", "ru", "tr"},
        )
        arabic = copies.get(locale__language_code="ar")
        self.assertEqual(arabic.alias_of_id, page.pk)
        self.assertEqual(Client().get(arabic.url).status_code, 200)

    def test_an_event_posted_without_its_schedule_is_refused_with_a_message(self):
        response = Client().post(
            "/api/v3/pages/",
            {
                "meta": {"type": "events.EventPage", "parent_id": self.index.pk},
                "title": "Nähcafé",
            },
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {self.token}",
        )
        self.assertEqual(response.status_code, 422)
        self.assertIn("Datum", response.content.decode())
        self.assertFalse(EventPage.objects.filter(title="Nähcafé").exists())

    def test_every_content_language_has_the_index(self):
        codes = set(
            Page.objects.filter(translation_key=self.index.translation_key).values_list(
                "locale__language_code", flat=True
            )
        )
        self.assertEqual(codes, {"de", "en", "ar", "fa", "uk", "ru", "tr"})
