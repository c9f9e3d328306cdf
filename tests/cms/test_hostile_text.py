"""Markup typed by an editor, a translator or an imported file stays text everywhere.

The same payload goes in through the admin form, the translation editor and
the calendar import; every output (page HTML, the event list, JSON-LD, the
feeds, API v2 and v3) must show it as text and never as markup.
"""

import json
import re

import icalendar
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset
from wagtail_localize.strings import StringValue

from cms.translation import translate_instance
from events.ical.importer import import_calendar
from events.models import EventPage
from tests.clock import next_weekday
from tests.factories import make_demo_home
from tests.factories.events import event_form_data, make_event_index

PAYLOAD = "<img src=x onerror=alert(1)>\"'</script><script>alert(2)</script>"
ARABIC_PAYLOAD = "مقهى <svg onload=alert(3)></script>"
RAW_MARKUP = ("<img src=x", "<script>alert", "<svg onload")


def as_segment(text):
    return StringValue.from_plaintext(text).data


def jsonld(html):
    """The JSON-LD objects of a page, and the raw text of their script elements."""
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(script) for script in scripts], scripts


class HostileTextTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()
        cls.index = make_event_index(cls.home)

    def setUp(self):
        self.login()
        self.visitor = Client()

    def create_through_the_admin(self):
        monday = next_weekday(0)
        data = event_form_data(
            title=PAYLOAD,
            slug="hostile",
            teaser=PAYLOAD,
            exceptions=inline_formset(
                [{"original_date": monday.isoformat(), "action": "cancelled", "note": PAYLOAD}]
            ),
        )
        data["action-publish"] = "publish"
        add = reverse("wagtailadmin_pages:add", args=("events", "eventpage", self.index.pk))
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(add, data)
        self.assertEqual(response.status_code, 302)
        return EventPage.objects.get(slug="hostile", locale=Locale.get_default())

    def assert_text_everywhere(self, page, text):
        """``text`` is shown as text in every output of ``page``; no markup of it survives."""
        outputs = {
            "page": self.visitor.get(page.url),
            "index": self.visitor.get(page.get_parent().url),
            "month": self.visitor.get(page.get_parent().url, {"view": "month"}),
        }
        for name, response in outputs.items():
            with self.subTest(output=name):
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                for markup in RAW_MARKUP:
                    self.assertNotIn(markup, html)
        html = outputs["page"].content.decode()
        self.assertIn("&lt;", html)
        objects, scripts = jsonld(html)
        self.assertTrue(objects, "the event page has JSON-LD")
        self.assertEqual(objects[0]["name"], text)
        self.assertFalse(any("<" in script for script in scripts))

        feed = self.visitor.get(reverse("events_feeds:event", args=[page.pk]))
        self.assertEqual(feed.status_code, 200)
        calendar = icalendar.Calendar.from_ical(feed.content)
        summaries = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
        self.assertIn(text, summaries)

        v2 = self.visitor.get(f"/api/v2/pages/{page.pk}/")
        self.assertEqual(v2.json()["title"], text)
        v3 = self.visitor.get(f"/api/v3/pages/{page.pk}/")
        self.assertEqual(v3.json()["title"], text)

    def test_admin_form_input_is_text_everywhere(self):
        page = self.create_through_the_admin()
        self.assertEqual(page.title, PAYLOAD)
        self.assertEqual(page.exceptions.get().note, PAYLOAD)
        self.assert_text_everywhere(page, PAYLOAD)
        # The exception's note too, in the list of dates.
        html = self.visitor.get(page.url).content.decode()
        self.assertIn("&lt;img src=x onerror=alert(1)&gt;", html)

    def test_translators_text_is_text_everywhere(self):
        page = self.create_through_the_admin()
        with self.captureOnCommitCallbacks(execute=True):
            # Segments hold text as wagtail-localize stores it (escaped markup).
            arabic = translate_instance(
                page, "ar", {as_segment(PAYLOAD): as_segment(ARABIC_PAYLOAD)}
            )
        arabic = EventPage.objects.get(pk=arabic.pk)
        self.assertEqual(arabic.title, ARABIC_PAYLOAD)
        self.assert_text_everywhere(arabic, ARABIC_PAYLOAD)

    def test_imported_text_is_text_everywhere(self):
        ics = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//DE\r\n"
            "BEGIN:VEVENT\r\nUID:hostile@example.org\r\nDTSTAMP:20261101T120000Z\r\n"
            "DTSTART;TZID=Europe/Berlin:20261116T150000\r\n"
            "DTEND;TZID=Europe/Berlin:20261116T170000\r\n"
            "RRULE:FREQ=WEEKLY;BYDAY=MO\r\n"
            f"SUMMARY:{icalendar.vText(PAYLOAD).to_ical().decode()}\r\n"
            f"DESCRIPTION:{icalendar.vText(PAYLOAD).to_ical().decode()}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ).encode()
        with self.captureOnCommitCallbacks(execute=True):
            import_calendar(ics, self.index)
        page = EventPage.objects.get(title=PAYLOAD, locale=Locale.get_default())
        self.assert_text_everywhere(page, PAYLOAD)

    def test_a_title_of_nothing_but_control_characters_is_refused_at_the_field(self):
        data = event_form_data(title="\u202e\r\x0b\u2066\u2069", slug="leer")
        add = reverse("wagtailadmin_pages:add", args=("events", "eventpage", self.index.pk))
        response = self.client.post(add, data)
        self.assertEqual(response.status_code, 200)
        self.assertIn("title", response.context["form"].errors)
        self.assertFalse(EventPage.objects.filter(slug="leer").exists())
        # A real title with them is kept, without them.
        data = event_form_data(title="Nähcafé\u202e\x0b", slug="naehcafe")
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(add, data)
        created = EventPage.objects.get(slug="naehcafe", locale=Locale.get_default())
        self.assertEqual(created.title, "Nähcafé")
