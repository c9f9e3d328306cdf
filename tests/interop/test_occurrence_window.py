"""The occurrences API answers any window, past or future, with what the series expand to.

Windows outside the occurrence table are computed from the schedules; the
answers are checked against the site's iCalendar feed as a calendar client
(recurring-ical-events) expands it, and, inside the table, against the same
window computed from the schedules.
"""

from datetime import date, datetime, time, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from events import conf
from events.models import ClosurePeriod, Location
from events.occurrence_window import table_covers
from events.recurrence import CANCELLED, MOVED, SCHEDULED
from tests.clock import next_weekday
from tests.factories import make_demo_home
from tests.factories.events import make_event_index, make_event_page
from tests.ical_files import client_occurrences, instant

BERLIN = ZoneInfo("Europe/Berlin")
API = "/api/v3/events/occurrences/"
ITEM_KEYS = {"start", "end", "all_day", "timezone", "status", "note"}


def parse_iso(value):
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


def midnight(day):
    return datetime.combine(day, time.min, tzinfo=BERLIN)


def last_sunday(year, month):
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() - 6) % 7)


def series_changes(monday, location):
    """A cancellation, a move (other day, time and place), an extra and a removed date."""
    return {
        "exceptions": [
            {"original_date": monday, "action": CANCELLED, "note": "Renovierung"},
            {
                "original_date": monday + timedelta(weeks=1),
                "action": MOVED,
                "new_date": monday + timedelta(weeks=1, days=2),
                "new_start_time": time(18),
                "new_location": location,
                "note": "Im Garten",
            },
            {"original_date": monday + timedelta(weeks=3), "action": "excluded"},
        ],
        "extra_dates": [{"date": monday + timedelta(weeks=2, days=3), "start_time": time(10)}],
    }


class WindowData(TestCase):
    """Series that began three years ago, with changes a year ago and two years ahead."""

    @classmethod
    def setUpTestData(cls):
        cls.today = timezone.localdate()
        cls.past = (cls.today - timedelta(days=410), cls.today - timedelta(days=320))
        cls.ahead = (cls.today + timedelta(days=690), cls.today + timedelta(days=780))
        cls.windows = (cls.past, cls.ahead)
        long_ago = cls.today - timedelta(weeks=160)
        locale = Locale.get_default()
        cls.garden = Location.objects.create(name="Gemeinschaftsgarten", locale=locale)
        changes, closures = {"exceptions": [], "extra_dates": []}, []
        cls.changed_mondays = [
            next_weekday(0, first + timedelta(days=7)) for first, _ in cls.windows
        ]
        for monday in cls.changed_mondays:
            for key, values in series_changes(monday, cls.garden).items():
                changes[key] += values
            closures.append(
                ClosurePeriod.objects.create(
                    name="Sommerpause",
                    start=monday + timedelta(weeks=5),
                    end=monday + timedelta(weeks=6, days=1),
                    locale=locale,
                )
            )
        index = make_event_index(make_demo_home())
        cls.cafe = make_event_page(
            index,
            "Sprachcafé",
            start_date=next_weekday(0, long_ago),
            skip_public_holidays=True,
            closure_periods=closures,
            **changes,
        )
        cls.call = make_event_page(
            index,
            "Videocall",
            start_date=next_weekday(1, long_ago),
            start_time=time(9),
            end_time=time(10),
            time_zone="America/New_York",
            weekdays=["TU"],
            interval=2,
        )
        cls.market = make_event_page(
            index,
            "Flohmarkt",
            start_date=long_ago,
            end_date=long_ago + timedelta(days=1),
            all_day=True,
            start_time=None,
            end_time=None,
            frequency="MONTHLY",
            monthly_mode="nth",
            ordinals=["2"],
            monthly_weekday="SA",
            weekdays=[],
        )
        cls.night = make_event_page(
            index,
            "Nachtwanderung",
            start_date=next_weekday(6, long_ago),
            start_time=time(2, 30),
            end_time=time(3, 30),
            weekdays=["SU"],
        )
        cls.breakfasts = [
            make_event_page(
                index,
                title,
                start_date=long_ago,
                start_time=time(hour),
                end_time=time(hour + 1),
                frequency="DAILY",
                weekdays=[],
                revision=False,
            )
            for title, hour in (("Frühstück", 8), ("Abendbrot", 18))
        ]
        cls.draft = make_event_page(
            index, "Entwurf", start_date=long_ago, publish=False, live=False
        )
        cls.private = make_event_page(index, "Intern", start_date=long_ago)
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type="password", password="x"
        )

    def api(self, first, last, **params):
        response = self.client.get(
            API, {"start": first.isoformat(), "end": last.isoformat(), **params}
        )
        self.assertEqual(response.status_code, 200, response.content[:300])
        return response.json()

    def everything(self, first, last, **params):
        """All items of the window, read page by page with ``limit=1000``."""
        items, offset = [], 0
        while True:
            data = self.api(first, last, limit=1000, offset=offset, **params)
            items += data["items"]
            offset += 1000
            if offset >= data["meta"]["total_count"]:
                self.assertEqual(len(items), data["meta"]["total_count"])
                return items

    def feed_rows(self, first, last, url="/feeds/events.ics"):
        """``(start, end, status)`` of the feed's dates in the window, as a client sees them."""
        feed = self.client.get(url)
        self.assertEqual(feed.status_code, 200)
        return client_occurrences(feed.content, midnight(first), midnight(last + timedelta(days=1)))

    def answer(self, source, first, last, **params):
        """The API's answer read from ``source`` ("table" or "core") whatever the window."""
        with mock.patch("events.occurrence_window.table_covers", return_value=source == "table"):
            return self.api(first, last, **params)


def rows(items):
    """``(start, end, status)`` of API items, comparable with :func:`client_occurrences`."""
    found = [
        (instant(parse_iso(i["start"])), instant(parse_iso(i["end"])), i["status"]) for i in items
    ]
    return sorted(found, key=lambda row: (row[0].isoformat(), row[2]))


def starts_and_statuses(found):
    return [(row[0], row[2]) for row in found]


class AnyWindowTests(WindowData):
    """A year ago and two years ahead, outside the table: computed from the schedules."""

    def test_windows_lie_outside_the_table(self):
        for first, last in self.windows:
            self.assertFalse(table_covers(midnight(first), midnight(last + timedelta(days=1))))

    def test_dates_as_a_calendar_client_expands_each_event_feed(self):
        unchanged = [self.call, self.market, self.night, *self.breakfasts]
        for first, last in self.windows:
            items = self.everything(first, last)
            for page in unchanged:
                feed = self.feed_rows(first, last, url=f"/feeds/events/{page.pk}.ics")
                mine = rows(i for i in items if i["page_id"] == page.pk)
                self.assertEqual(starts_and_statuses(mine), starts_and_statuses(feed), page.title)
                self.assertTrue(mine, page.title)

    def test_dates_and_statuses_as_a_calendar_client_expands_the_site_feed(self):
        # The feed writes cancelled and moved dates outside the table's window
        # too (events.ical.sources.computed_overrides).
        for first, last in self.windows:
            items = self.everything(first, last)
            self.assertEqual(
                starts_and_statuses(rows(items)), starts_and_statuses(self.feed_rows(first, last))
            )

    def test_changes_holidays_and_closures_in_any_window(self):
        """An editor's change wins over a public holiday, which wins over a closure."""
        from events.public_holidays import public_holidays

        for (first, last), monday in zip(self.windows, self.changed_mondays, strict=True):
            holidays = public_holidays(first, last, language="de")
            cafe = {
                date.fromisoformat(i["start"][:10]): i
                for i in self.everything(first, last)
                if i["page_id"] == self.cafe.pk
            }
            cancelled = cafe.pop(monday)
            self.assertEqual((cancelled["status"], cancelled["note"]), (CANCELLED, "Renovierung"))
            self.assertNotIn(monday + timedelta(weeks=1), cafe)
            moved = cafe.pop(monday + timedelta(weeks=1, days=2))
            self.assertEqual((moved["status"], moved["note"]), (MOVED, "Im Garten"))
            self.assertRegex(moved["start"], r"T18:00:00\+0[12]:00$")
            self.assertEqual(moved["location"]["name"], "Gemeinschaftsgarten")
            extra = cafe[monday + timedelta(weeks=2, days=3)]
            self.assertRegex(extra["start"], r"T10:00:00\+0[12]:00$")
            self.assertNotIn(monday + timedelta(weeks=3), cafe)  # removed from the series
            closed = {monday + timedelta(weeks=5), monday + timedelta(weeks=6)}
            for day, item in cafe.items():
                if day in holidays:
                    expected = (CANCELLED, holidays[day])
                elif day in closed:
                    expected = (CANCELLED, "Sommerpause")
                else:
                    expected = (SCHEDULED, "")
                self.assertEqual((item["status"], item["note"]), expected, day)
            self.assertTrue(closed <= set(cafe))

    def test_only_live_public_pages_in_any_window(self):
        for first, last in (self.past, self.ahead, (self.today, self.today + timedelta(days=30))):
            titles = {i["title"] for i in self.everything(first, last)}
            self.assertIn("Sprachcafé", titles)
            self.assertFalse({"Entwurf", "Intern"} & titles, (first, titles))

    def test_dst_nights_a_year_ago_and_ahead(self):
        year = self.today.year
        # The week before, the night itself, the week after; 02:30 does not exist in
        # the spring night (it moves on to 03:30) and exists twice in the autumn one.
        nights = {
            last_sunday(year - 1, 3): ("02:30:00+01:00", "03:30:00+02:00", "02:30:00+02:00"),
            last_sunday(year - 1, 10): ("02:30:00+02:00", "02:30:00+02:00", "02:30:00+01:00"),
            last_sunday(year + 2, 3): ("02:30:00+01:00", "03:30:00+02:00", "02:30:00+02:00"),
        }
        week = timedelta(weeks=1)
        for night, local in nights.items():
            first, last = night - week, night + week
            items = [i for i in self.everything(first, last) if i["page_id"] == self.night.pk]
            self.assertEqual(
                [i["start"] for i in items],
                [f"{day}T{value}" for day, value in zip((first, night, last), local, strict=True)],
            )
            feed = self.feed_rows(first, last, url=f"/feeds/events/{self.night.pk}.ics")
            self.assertEqual(starts_and_statuses(rows(items)), starts_and_statuses(feed))

    def test_series_mode_in_any_window(self):
        published = {"Sprachcafé", "Videocall", "Flohmarkt", "Nachtwanderung", "Frühstück"}
        published.add("Abendbrot")
        for first, last in self.windows:
            series = self.api(first, last, mode="series")
            self.assertEqual(series["meta"]["total_count"], len(published))
            self.assertEqual({i["title"] for i in series["items"]}, published)
        before = self.cafe.start_date - timedelta(days=400)
        nothing = self.api(before, before + timedelta(days=300), mode="series")
        self.assertEqual(nothing, {"meta": {"total_count": 0}, "items": []})


class TableAndCoreTests(WindowData):
    """Inside the table's window both sources give the same answer, page for page; any
    window up to two years is answered, paged the same way, with a bounded number of queries."""

    def test_window_inside_the_table_equals_the_core(self):
        first, last = self.today - timedelta(days=40), self.today + timedelta(days=500)
        self.assertTrue(table_covers(midnight(first), midnight(last + timedelta(days=1))))
        from_table = self.everything(first, last)
        self.assertGreater(len(from_table), 1000)
        self.assertEqual({i["status"] for i in from_table}, {SCHEDULED, CANCELLED})
        with mock.patch("events.occurrence_window.table_covers", return_value=False):
            self.assertEqual(self.everything(first, last), from_table)
        for params in ({"limit": 7, "offset": 995}, {"mode": "series", "limit": 2, "offset": 1}):
            self.assertEqual(
                self.answer("core", first, last, **params),
                self.answer("table", first, last, **params),
            )

    def test_paging_with_limit_1000_sorted_by_start_then_page(self):
        first = self.today - timedelta(days=800)
        last = first + timedelta(days=730)
        first_page = self.api(first, last, limit=1000)
        total = first_page["meta"]["total_count"]
        self.assertGreater(total, 1000)
        self.assertEqual(len(first_page["items"]), 1000)
        second_page = self.api(first, last, limit=1000, offset=1000)
        self.assertEqual(second_page["meta"]["total_count"], total)
        self.assertEqual(len(second_page["items"]), total - 1000)
        items = first_page["items"] + second_page["items"]
        keys = [(instant(parse_iso(i["start"])).isoformat(), i["page_id"]) for i in items]
        self.assertEqual(keys, sorted(keys))
        self.assertEqual(self.api(first, last, limit=1000, offset=total)["items"], [])

    def test_queries_do_not_grow_with_the_pages(self):
        windows = [self.past, (self.today, self.today + timedelta(days=30))]

        def queries():
            counts = []
            for first, last in windows:
                for mode in ("occurrences", "series"):
                    with CaptureQueriesContext(connection) as context:
                        self.api(first, last, limit=1000, mode=mode)
                    counts.append(len(context.captured_queries))
            return counts

        queries()  # the site's root paths are cached after the first request
        before = queries()
        index = self.cafe.get_parent().specific
        for number in range(3):
            make_event_page(
                index,
                f"Nähtreff {number}",
                start_date=self.cafe.start_date,
                closure_periods=list(self.cafe.closure_periods.all()),
                **series_changes(
                    next_weekday(0, self.past[0]) + timedelta(weeks=number), self.garden
                ),
            )
        queries()  # the sites, forgotten when a page is saved, are cached again
        self.assertEqual(queries(), before)
        self.assertLessEqual(max(before), 9, before)

    def test_two_years_from_today_and_at_the_edges_of_the_supported_years(self):
        longest = timedelta(days=732)
        for first in (date(1900, 1, 1), self.today, date(2199, 12, 31) - longest):
            data = self.api(first, first + longest, limit=1000)
            self.assertEqual(len(data["items"]), min(data["meta"]["total_count"], 1000))
        self.assertGreater(self.api(self.today, self.today + longest)["meta"]["total_count"], 1000)


def as_instant(value, zone):
    """An API start or end as an instant (all-day: midnight in the event's zone)."""
    value = parse_iso(value)
    if not isinstance(value, datetime):
        value = datetime.combine(value, time.min, tzinfo=ZoneInfo(zone))
    return value


class LocalTimeTests(WindowData):
    """One convention: wall-clock time in the event's zone with its offset, plus the zone."""

    def test_next_dates_and_occurrences_give_the_same_strings(self):
        now = timezone.now()
        items = self.api(
            self.today - timedelta(days=1), self.today + timedelta(days=200), limit=1000
        )
        for page in (self.cafe, self.call, self.market, self.night):
            upcoming = [
                {key: item[key] for key in ITEM_KEYS}
                for item in items["items"]
                if item["page_id"] == page.pk and as_instant(item["end"], item["timezone"]) >= now
            ][:5]
            self.assertEqual(len(upcoming), 5, page.title)
            for version in ("v2", "v3"):
                response = self.client.get(f"/api/{version}/pages/{page.pk}/")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.json()["next_dates"], upcoming, (page.title, version))

    def test_times_are_local_with_offset_and_zone(self):
        winter = next_weekday(0, date(self.today.year + 1, 1, 4))
        summer = next_weekday(0, date(self.today.year + 1, 7, 6))
        for day, offset in ((winter, "+01:00"), (summer, "+02:00")):
            items = self.api(day, day, limit=1000)["items"]
            cafe = next(i for i in items if i["page_id"] == self.cafe.pk)
            self.assertEqual(
                (cafe["start"], cafe["end"]), (f"{day}T15:00:00{offset}", f"{day}T17:30:00{offset}")
            )
            self.assertEqual(cafe["timezone"], "Europe/Berlin")
        weeks = self.everything(winter, winter + timedelta(days=40))
        call = next(i for i in weeks if i["page_id"] == self.call.pk)
        self.assertRegex(call["start"], r"^\d{4}-\d{2}-\d{2}T09:00:00-05:00$")
        self.assertEqual(call["timezone"], "America/New_York")
        market = next(i for i in weeks if i["page_id"] == self.market.pk)
        self.assertTrue(market["all_day"])
        self.assertRegex(market["start"], r"^\d{4}-\d{2}-\d{2}$")
        length = date.fromisoformat(market["end"]) - date.fromisoformat(market["start"])
        self.assertEqual(length, timedelta(days=2))


class BadInputTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_demo_home()

    def assert_answers(self, cases):
        for params, status in cases:
            response = self.client.get(API, params)
            self.assertEqual(response.status_code, status, params)
            self.assertEqual(response["Content-Type"], "application/problem+json", params)
            body = response.json()
            self.assertTrue(body.get("detail") or body.get("errors"), params)

    def test_bad_windows_answer_400_with_a_message(self):
        self.assert_answers(
            [
                ({"start": "2025-02-01", "end": "2025-01-01"}, 400),
                ({"start": "2025-01-01", "end": "2027-01-04"}, 400),  # 733 days
                ({"start": "0001-01-01", "end": "0001-01-31"}, 400),
                ({"start": "0001-01-01", "end": "0001-01-01"}, 400),
                ({"start": "9999-12-01", "end": "9999-12-31"}, 400),
                ({"start": "1899-12-31", "end": "1900-01-01"}, 400),
                ({"start": "2199-12-31", "end": "2200-01-01"}, 400),
                ({"start": "2999-01-01", "end": "2999-12-31"}, 400),
            ]
        )
        response = self.client.get(API, {"start": "9999-12-31", "end": "9999-12-31"})
        self.assertIn("1900", response.json()["detail"])

    def test_non_ascii_digits_answer_422(self):
        today = timezone.localdate().isoformat()
        window = {"start": today, "end": today}
        self.assert_answers(
            [
                ({"start": "٢٠٢٦-01-01", "end": today}, 422),
                ({"start": today, "end": "２０２６-01-01"}, 422),
                ({**window, "limit": "١٢"}, 422),
                ({**window, "offset": "١٢"}, 422),
                ({**window, "network": "²"}, 422),
                ({**window, "network": "١٢"}, 422),
                ({**window, "category": "١٢"}, 422),
            ]
        )

    def test_superscript_digits_in_limit_and_offset_answer_422(self):
        # "²".isdigit() is true, but int() refuses it: the query guard must not crash.
        today = timezone.localdate().isoformat()
        self.client.raise_request_exception = False
        self.assert_answers(
            [
                ({"start": today, "end": today, "limit": "²"}, 422),
                ({"start": today, "end": today, "offset": "²"}, 422),
            ]
        )


def test_table_covers_its_window_with_a_margin_at_both_edges():
    today = date(2026, 11, 18)
    past, ahead = conf.past_days(), conf.horizon_days()

    def covers(first, last):
        return table_covers(midnight(first), midnight(last), today)

    assert covers(today, today + timedelta(days=30))
    assert covers(today - timedelta(days=past - 7), today + timedelta(days=ahead - 7))
    assert not covers(today - timedelta(days=past - 6), today)
    assert not covers(today, today + timedelta(days=ahead - 6))
    assert not covers(today - timedelta(days=400), today - timedelta(days=300))
