"""The editor's live preview and the published page give the same dates and the same errors."""

import io
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset
from wagtail.users.models import UserProfile

from cms.translation import translate_instance
from events.models import ClosurePeriod, EventPage
from events.public_holidays import public_holidays
from home.demo import synchronise_locale_trees
from tests.clock import in_days, next_weekday
from tests.factories import make_demo_home
from tests.factories.events import event_form_data, make_event_index

ZONE = ZoneInfo("Europe/Berlin")


def upcoming_rows(page, count=10):
    """The page's next dates as the published page reads them (the occurrence table)."""
    rows = page.occurrences.upcoming(timezone.now())[:count]
    return [(row.start_utc.astimezone(ZONE).isoformat(), row.status, row.note) for row in rows]


def preview_dates(payload):
    return [(d["start"], d["status"], d["note"]) for d in payload["dates"]]


class PreviewMatchesPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()
        cls.index = make_event_index(cls.home)
        synchronise_locale_trees(io.StringIO())
        cls.monday = next_weekday(0, in_days(1))
        cls.closure = ClosurePeriod.objects.create(
            name="Pause",
            reason="Das Team macht Pause",
            start=cls.monday + timedelta(weeks=2),
            end=cls.monday + timedelta(weeks=3),
            locale=Locale.get_default(),
        )

    def setUp(self):
        self.user = self.login()
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = "de"
        profile.save()

    def publish(self, data, slug):
        data = {**data, "slug": slug, "action-publish": "publish"}
        url = reverse("wagtailadmin_pages:add", args=("events", "eventpage", self.index.pk))
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content[:3000])
        return EventPage.objects.get(slug=slug, locale=Locale.get_default())

    def preview(self, data, **query):
        url = reverse("events_schedule_preview")
        response = self.client.post(
            url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else ""), data
        )
        self.assertEqual(response.status_code, 200)
        return response.json()

    def cases(self):
        monday = self.monday
        holiday = min(d for d in public_holidays(in_days(1), in_days(400), language="de"))
        weekday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][holiday.weekday()]
        yield (
            "excluded",
            event_form_data(
                exceptions=inline_formset(
                    [{"original_date": monday.isoformat(), "action": "excluded"}]
                )
            ),
        )
        yield (
            "moved",
            event_form_data(
                exceptions=inline_formset(
                    [
                        {
                            "original_date": (monday + timedelta(weeks=1)).isoformat(),
                            "action": "moved",
                            "new_date": (monday + timedelta(weeks=1, days=1)).isoformat(),
                            "new_start_time": "16:00",
                            "note": "Im Garten",
                        }
                    ]
                )
            ),
        )
        yield (
            "cancelled",
            event_form_data(
                exceptions=inline_formset(
                    [
                        {
                            "original_date": monday.isoformat(),
                            "action": "cancelled",
                            "note": "Ausflug",
                        }
                    ]
                )
            ),
        )
        yield (
            "holiday",
            event_form_data(
                start_date=(holiday - timedelta(weeks=4)).isoformat(),
                weekdays=[weekday],
                skip_public_holidays="on",
            ),
        )
        yield "closure", event_form_data(closure_periods=[str(self.closure.pk)])
        yield (
            "extra date",
            event_form_data(
                extra_dates=inline_formset(
                    [{"date": (monday + timedelta(days=3)).isoformat(), "start_time": "18:00"}]
                )
            ),
        )

    def test_preview_and_page_agree(self):
        for number, (case, data) in enumerate(self.cases()):
            with self.subTest(case):
                page = self.publish(data, f"fall-{number}")
                page_dates = upcoming_rows(page)
                self.assertEqual(len(page_dates), 10)
                # Before saving (a new page) and while editing the saved one.
                self.assertEqual(
                    preview_dates(self.preview(data, parent=self.index.pk)), page_dates
                )
                edit = {**data, "slug": page.slug}
                self.assertEqual(preview_dates(self.preview(edit, page=page.pk)), page_dates)
        statuses = {status for _s, status, _n in page_dates}
        self.assertLessEqual(statuses, {"scheduled", "cancelled", "moved"})

    def test_translation_preview_shows_the_source_schedule_and_translated_closure(self):
        page = self.publish(event_form_data(closure_periods=[str(self.closure.pk)]), "pause")
        translate_instance(self.index, "ar", {"Veranstaltungen": "الفعاليات"})
        arabic = translate_instance(page, "ar", {"Begegnungscafé": "مقهى اللقاء"})
        translate_instance(self.closure, "ar", {"Das Team macht Pause": "الفريق في استراحة"})
        arabic = EventPage.objects.get(pk=arabic.pk)
        rows = upcoming_rows(arabic)
        self.assertIn("الفريق في استراحة", {note for _s, _status, note in rows})
        # The translator's form posts other times: the preview still shows the source's.
        data = event_form_data(slug=arabic.slug, title="مقهى اللقاء", start_time="09:00")
        self.assertEqual(preview_dates(self.preview(data, page=arabic.pk)), rows)

    def test_preview_errors_are_the_errors_of_a_save(self):
        tuesday = next_weekday(1)
        bad_inputs = {
            "interval 0": {"interval": "0"},
            "interval absurd": {"interval": "100000"},
            "interval negative": {"interval": "-2"},
            "date in German style": {"start_date": "31.02.2027"},
            "date garbage": {"start_date": "gestern"},
            "year 1": {"start_date": "0001-01-01", "ends": "on_date", "until": "0001-01-08"},
            "year 9999": {"start_date": "9999-12-31"},
            "exception not in the series": {
                "exceptions": inline_formset(
                    [{"original_date": tuesday.isoformat(), "action": "cancelled"}]
                )
            },
            "moved without anything new": {
                "exceptions": inline_formset(
                    [{"original_date": self.monday.isoformat(), "action": "moved"}]
                )
            },
            "never occurs": {"frequency": "MONTHLY", "month_day": "31", "months": ["2"]},
        }
        url = reverse("wagtailadmin_pages:add", args=("events", "eventpage", self.index.pk))
        for case, overrides in bad_inputs.items():
            with self.subTest(case):
                data = event_form_data(**overrides)
                response = self.client.post(url, {**data, "action-publish": "publish"})
                self.assertEqual(response.status_code, 200)
                form = response.context["form"]
                saved = {str(m) for messages in form.errors.values() for m in messages}
                for formset in form.formsets.values():
                    for row in formset.forms:
                        saved |= {str(m) for messages in row.errors.values() for m in messages}
                payload = self.preview(data, parent=self.index.pk)
                shown = {m for messages in payload["errors"].values() for m in messages}
                self.assertTrue(shown, case)
                self.assertEqual(shown, saved)
                self.assertEqual(payload["dates"], [])
                self.assertFalse(EventPage.objects.filter(slug="begegnungscafe").exists())
