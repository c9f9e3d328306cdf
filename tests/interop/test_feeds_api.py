"""Feeds and the occurrences API list the same dates as the table and as calendar clients."""

import json
import re
from datetime import date, datetime, time, timedelta

import icalendar
from django.test import TestCase
from django.utils import timezone

from events.models import Category, Occurrence
from events.recurrence import CANCELLED, MOVED
from tests.clock import next_weekday
from tests.factories import make_demo_home
from tests.factories.events import make_event_index, make_event_page
from tests.factories.networks import make_network_index, make_network_page
from tests.ical_files import client_occurrences, instant


def parse_iso(value):
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


class InteropData(TestCase):
    """Four published series: weekly with changes and holidays, last Thursday, all-day, New York."""

    @classmethod
    def setUpTestData(cls):
        home = make_demo_home()
        cls.index = make_event_index(home)
        cls.network = make_network_page(make_network_index(home))
        cls.category = Category.objects.create(name="Café")
        monday = next_weekday(0)
        cls.cafe = make_event_page(
            cls.index,
            "Begegnungscafé",
            organiser=cls.network,
            categories=[cls.category],
            skip_public_holidays=True,
            exceptions=[
                {
                    "original_date": monday + timedelta(weeks=1),
                    "action": CANCELLED,
                    "note": "Das Team ist unterwegs; leider",
                },
                {
                    "original_date": monday + timedelta(weeks=2),
                    "action": MOVED,
                    "new_date": monday + timedelta(weeks=2, days=1),
                    "new_start_time": time(16),
                },
            ],
        )
        cls.meeting = make_event_page(
            cls.index,
            "Netzwerktreffen",
            start_date=date(2024, 1, 25),
            start_time=time(19),
            end_time=time(21),
            frequency="MONTHLY",
            monthly_mode="last",
            monthly_weekday="TH",
            weekdays=[],
        )
        cls.fest = make_event_page(
            cls.index,
            "Flohmarkt",
            start_date=date(2024, 1, 13),
            all_day=True,
            start_time=None,
            end_time=None,
            end_date=date(2024, 1, 14),
            frequency="MONTHLY",
            monthly_mode="nth",
            ordinals=["2"],
            monthly_weekday="SA",
            weekdays=[],
        )
        cls.call = make_event_page(
            cls.index,
            "Videocall",
            start_date=date(2024, 1, 2),
            start_time=time(9),
            end_time=time(10),
            time_zone="America/New_York",
            weekdays=["TU"],
            interval=2,
        )
        cls.start = timezone.localdate()
        cls.end = cls.start + timedelta(days=180)

    def feed(self, **params):
        return self.client.get("/feeds/events.ics", params)

    def api(self, **params):
        params.setdefault("start", self.start.isoformat())
        params.setdefault("end", self.end.isoformat())
        return self.client.get("/api/v3/events/occurrences/", params)

    def api_rows(self, **params):
        data = self.api(limit=1000, **params).json()
        rows = [
            (instant(parse_iso(i["start"])), instant(parse_iso(i["end"])), i["status"])
            for i in data["items"]
        ]
        return sorted(rows, key=lambda row: (row[0].isoformat(), row[2]))


class FeedAndApiTests(InteropData):
    def test_feed_expanded_by_a_client_equals_api_and_table(self):
        response = self.feed()
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/calendar; charset=utf-8")
        expected = client_occurrences(response.content, self.start, self.end + timedelta(days=1))
        self.assertEqual(self.api_rows(), expected)
        statuses = {row[2] for row in expected}
        self.assertEqual(statuses, {"scheduled", CANCELLED, MOVED})
        self.assertEqual(
            len(expected),
            Occurrence.objects.filter(
                start_utc__lt=timezone.make_aware(
                    datetime.combine(self.end + timedelta(days=1), time.min)
                ),
                end_utc__gt=timezone.make_aware(datetime.combine(self.start, time.min)),
            ).count(),
        )

    def test_feed_shape_and_caching(self):
        response = self.feed()
        calendar = icalendar.Calendar.from_ical(response.content)
        self.assertEqual(calendar.get_missing_tzids(), set())
        self.assertEqual(
            {tz.tz_name for tz in calendar.timezones}, {"Europe/Berlin", "America/New_York"}
        )
        masters = [e for e in calendar.walk("VEVENT") if "RECURRENCE-ID" not in e]
        self.assertEqual(len(masters), 4)
        cafe = next(e for e in masters if str(e["SUMMARY"]) == "Begegnungscafé")
        self.assertEqual(cafe["RRULE"].to_ical(), b"FREQ=WEEKLY;BYDAY=MO")
        self.assertTrue(str(cafe["UID"]).startswith(f"event-{self.cafe.translation_key}@"))
        fest = next(e for e in masters if str(e["SUMMARY"]) == "Flohmarkt")
        self.assertIsInstance(fest.decoded("DTSTART"), date)
        self.assertNotIsInstance(fest.decoded("DTSTART"), datetime)
        self.assertIn(b"COMMENT:Das Team ist unterwegs\\; leider", response.content)
        self.assertIn("max-age=", response["Cache-Control"])
        self.assertTrue(response["ETag"])
        self.assertTrue(response["Last-Modified"])
        again = self.client.get("/feeds/events.ics", HTTP_IF_NONE_MATCH=response["ETag"])
        self.assertEqual(again.status_code, 304)

    def test_feed_filters(self):
        only_cafe = icalendar.Calendar.from_ical(self.feed(network=self.network.pk).content)
        self.assertEqual({str(e["SUMMARY"]) for e in only_cafe.walk("VEVENT")}, {"Begegnungscafé"})
        by_category = icalendar.Calendar.from_ical(self.feed(category=self.category.pk).content)
        self.assertEqual(
            {str(e["SUMMARY"]) for e in by_category.walk("VEVENT")}, {"Begegnungscafé"}
        )
        english = icalendar.Calendar.from_ical(self.feed(locale="en").content)
        self.assertTrue(all(str(e["UID"]) for e in english.walk("VEVENT")))

    def test_feed_bad_parameters_answer_400(self):
        for params in (
            {"network": "abc"},
            {"network": "999999"},
            {"category": "999999"},
            {"locale": "xx"},
        ):
            response = self.feed(**params)
            self.assertEqual(response.status_code, 400, params)
            self.assertTrue(response.content.decode().strip())

    def test_event_feed(self):
        response = self.client.get(f"/feeds/events/{self.cafe.pk}.ics")
        self.assertEqual(response.status_code, 200)
        self.assertIn("attachment", response["Content-Disposition"])
        calendar = icalendar.Calendar.from_ical(response.content)
        self.assertEqual({str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}, {"Begegnungscafé"})
        self.assertEqual(self.client.get("/feeds/events/999999.ics").status_code, 404)

    def test_api_items_pagination_and_series_mode(self):
        everything = self.api(limit=1000).json()
        total = everything["meta"]["total_count"]
        self.assertEqual(total, len(everything["items"]))
        page = self.api(limit=3, offset=2).json()
        self.assertEqual(page["meta"]["total_count"], total)
        self.assertEqual(page["items"], everything["items"][2:5])
        item = everything["items"][0]
        self.assertEqual(
            set(item),
            {
                "uid",
                "page_id",
                "title",
                "url",
                "start",
                "end",
                "all_day",
                "timezone",
                "status",
                "note",
                "schedule_text",
                "location",
            },
        )
        cancelled = [i for i in everything["items"] if i["status"] == CANCELLED]
        self.assertIn("Das Team ist unterwegs; leider", {i["note"] for i in cancelled})
        series = self.api(mode="series").json()
        self.assertEqual(series["meta"]["total_count"], 4)
        by_title = {i["title"]: i for i in series["items"]}
        self.assertEqual(by_title["Netzwerktreffen"]["rrule"], "FREQ=MONTHLY;BYDAY=-1TH")
        self.assertEqual(by_title["Flohmarkt"]["dtstart"], "2024-01-13")
        self.assertEqual(by_title["Videocall"]["timezone"], "America/New_York")

    def test_api_filters(self):
        items = self.api(network=self.network.pk).json()["items"]
        self.assertEqual({i["title"] for i in items}, {"Begegnungscafé"})
        items = self.api(category=self.category.pk).json()["items"]
        self.assertEqual({i["page_id"] for i in items}, {self.cafe.pk})

    def test_api_errors_are_400_or_422_with_a_message(self):
        cases = [
            ({"start": "2025-02-01", "end": "2025-01-01"}, 400),
            ({"start": "2025-01-01", "end": "2027-06-01"}, 400),
            ({"network": 999999}, 400),
            ({"category": 999999}, 400),
            ({"locale": "xx"}, 400),
            ({"limit": 0}, 422),
            ({"limit": 1001}, 422),
            ({"offset": -1}, 422),
            ({"start": "gestern"}, 422),
            ({"mode": "everything"}, 422),
        ]
        for params, status in cases:
            response = self.api(**params)
            self.assertEqual(response.status_code, status, params)
            body = response.json()
            self.assertTrue(body.get("detail") or body.get("errors"), params)

    def test_openapi_documents_the_endpoint(self):
        schema = self.client.get("/api/v3/openapi.json").json()
        operation = schema["paths"]["/api/v3/events/occurrences/"]["get"]
        names = {p["name"] for p in operation["parameters"]}
        self.assertTrue(
            {"start", "end", "network", "category", "locale", "limit", "offset", "mode"} <= names
        )
        self.assertIn("OccurrenceSchema", json.dumps(schema["components"]))


class EventPageInteropTests(InteropData):
    """The event page embeds JSON-LD and links to its calendar file."""

    def jsonld(self, page):
        html = self.client.get(page.url).content.decode()
        match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        self.assertIsNotNone(match)
        return html, json.loads(match.group(1))

    def test_jsonld_names_the_schedule(self):
        html, data = self.jsonld(self.cafe)
        self.assertEqual(data["@type"], "Event")
        self.assertEqual(data["name"], "Begegnungscafé")
        self.assertEqual(data["inLanguage"], "de")
        schedule = data["eventSchedule"]
        self.assertEqual(schedule["@type"], "Schedule")
        self.assertEqual(schedule["repeatFrequency"], "P1W")
        self.assertEqual(schedule["byDay"], ["https://schema.org/Monday"])
        self.assertEqual((schedule["startTime"], schedule["endTime"]), ("15:00:00", "17:30:00"))
        self.assertEqual(schedule["scheduleTimezone"], "Europe/Berlin")
        self.assertTrue(schedule["name"])
        cancelled = (next_weekday(0) + timedelta(weeks=1)).isoformat()
        self.assertIn(cancelled, schedule["exceptDate"])
        self.assertIn(
            data["eventStatus"],
            {"https://schema.org/EventScheduled", "https://schema.org/EventRescheduled"},
        )
        self.assertTrue(datetime.fromisoformat(data["startDate"]).tzinfo)
        self.assertEqual(data["organizer"]["name"], "Prohlis ist bunt")
        self.assertIn(f"/feeds/events/{self.cafe.pk}.ics", html)
        self.assertIn("webcal://", html)

    def test_jsonld_monthly_last_weekday(self):
        _html, data = self.jsonld(self.meeting)
        schedule = data["eventSchedule"]
        self.assertEqual(schedule["repeatFrequency"], "P1M")
        self.assertEqual(schedule["byMonthWeek"], [-1])
        self.assertEqual(schedule["byDay"], ["https://schema.org/Thursday"])
