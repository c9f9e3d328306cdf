"""The occurrence table, the event index (list, month, filters) and the event page."""

import io
import re
from datetime import time, timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Locale, Page

from cms.translation import translate_instance
from events import conf
from events.models import Category, ClosurePeriod, EventPage, Location, Occurrence
from events.public_holidays import public_holidays
from tests.clock import in_days, next_weekday
from tests.factories import make_page
from tests.factories.events import make_event_page

pytestmark = pytest.mark.django_db


def html_of(response):
    return response.content.decode()


def next_weekday_holiday():
    """A Saxon public holiday on a weekday within the next year, and its weekday."""
    holidays = public_holidays(in_days(1), in_days(365), language="de")
    day = min(d for d in holidays if d.weekday() < 5)
    return day, holidays[day]


# -- the occurrence table ----------------------------------------------------


def test_publish_builds_unpublish_removes_and_republish_updates(event_index):
    page = make_event_page(event_index)
    rows = Occurrence.objects.filter(page=page)
    assert rows.count() > 70  # about 550 days of Mondays
    first = rows.order_by("start_utc").first()
    local = first.start_utc.astimezone(
        page.zone if hasattr(page, "zone") else timezone.get_current_timezone()
    )
    assert (local.weekday(), local.hour) == (0, 15)

    page.unpublish()
    assert not Occurrence.objects.filter(page=page).exists()

    page.weekdays = ["TU"]
    page.save_revision().publish()
    tuesdays = Occurrence.objects.filter(page=page)
    assert tuesdays.exists()
    assert {
        r.start_utc.astimezone(timezone.get_current_timezone()).weekday() for r in tuesdays
    } == {1}

    page.delete()
    assert not Occurrence.objects.exists()


def test_wall_clock_15_00_in_winter_and_summer(event_index):
    page = make_event_page(event_index)
    hours = {
        r.start_utc.astimezone(timezone.get_current_timezone()).hour
        for r in Occurrence.objects.filter(page=page)
    }
    utc_hours = {r.start_utc.hour for r in Occurrence.objects.filter(page=page)}
    assert hours == {15}
    assert utc_hours == {13, 14}  # summer and winter time


def test_holidays_closures_and_exceptions_in_the_table(event_index):
    holiday, name = next_weekday_holiday()
    closure = ClosurePeriod.objects.create(
        name="Sommerpause", start=in_days(100), end=in_days(120), locale=Locale.get_default()
    )
    moved_from = next_weekday(holiday.weekday(), in_days(1))
    if moved_from == holiday:
        moved_from += timedelta(weeks=1)
    page = make_event_page(
        event_index,
        weekdays=[["MO", "TU", "WE", "TH", "FR"][holiday.weekday()]],
        skip_public_holidays=True,
        closure_periods=[closure],
        exceptions=[
            {
                "original_date": moved_from,
                "action": "moved",
                "new_date": moved_from + timedelta(days=1),
                "new_start_time": time(16),
                "note": "Ausnahmsweise später",
            }
        ],
    )
    rows = {
        r.original_start_utc.astimezone(timezone.get_current_timezone()).date(): r
        for r in Occurrence.objects.filter(page=page)
    }
    assert (rows[holiday].status, rows[holiday].reason, rows[holiday].note) == (
        "cancelled",
        "holiday",
        name,
    )
    # A public holiday inside the closure period keeps its own reason (it wins).
    closure_holidays = public_holidays(closure.start, closure.end, language="de")
    in_closure = {d: r for d, r in rows.items() if closure.start <= d <= closure.end}
    assert in_closure
    for day, row in in_closure.items():
        expected = (
            ("holiday", closure_holidays[day])
            if day in closure_holidays
            else ("closure", "Sommerpause")
        )
        assert (row.status, row.reason, row.note) == ("cancelled", *expected)
    moved = rows[moved_from]
    assert moved.status == "moved"
    assert moved.start_utc.astimezone(timezone.get_current_timezone()).hour == 16

    response = Client().get(event_index.url)
    html = html_of(response)
    assert "occurrence--moved" in html and "Ausnahmsweise später" in html
    if holiday < in_days(7 * 20):
        assert name in html


def test_saving_a_closure_period_rebuilds_its_events(event_index):
    closure = ClosurePeriod.objects.create(
        name="Winterpause", start=in_days(400), end=in_days(410), locale=Locale.get_default()
    )
    page = make_event_page(event_index, closure_periods=[closure])
    assert not Occurrence.objects.filter(
        page=page, reason="closure", start_utc__lt=timezone.now() + timedelta(days=90)
    ).exists()
    closure.start, closure.end = in_days(10), in_days(30)
    closure.save()
    assert Occurrence.objects.filter(page=page, reason="closure", note="Winterpause").count() >= 2


def test_refresh_occurrences_is_idempotent(event_index, capsys):
    page = make_event_page(event_index)
    make_event_page(event_index, "Deutschtreff", weekdays=["WE"])
    before = list(Occurrence.objects.order_by("id").values_list("id", "start_utc"))
    call_command("refresh_occurrences")
    out = capsys.readouterr().out
    assert "2 event page(s), 0 updated" in out
    assert list(Occurrence.objects.order_by("id").values_list("id", "start_utc")) == before
    Occurrence.objects.filter(page=page).delete()
    call_command("refresh_occurrences")
    assert "2 event page(s), 1 updated" in capsys.readouterr().out
    assert Occurrence.objects.filter(page=page).exists()


def test_horizon_setting(event_index, settings):
    settings.EVENTS_OCCURRENCE_HORIZON_DAYS = 30
    settings.EVENTS_OCCURRENCE_PAST_DAYS = 0
    page = make_event_page(event_index, frequency="DAILY", weekdays=[])
    assert 30 <= Occurrence.objects.filter(page=page).count() <= 32


# -- event index --------------------------------------------------------------


def test_index_lists_upcoming_dates_in_order_with_paging(event_index, settings):
    settings.EVENTS_PER_PAGE = 5
    make_event_page(event_index, "Begegnungscafé")
    make_event_page(
        event_index, "Deutschtreff", weekdays=["WE"], start_time=time(10), end_time=time(12)
    )
    client = Client()
    html = html_of(client.get(event_index.url))
    starts = re.findall(r'<time datetime="([^"]+)">', html)
    assert len(starts) == 5
    assert starts == sorted(starts)
    assert "Begegnungscafé" in html and "Deutschtreff" in html
    assert 'rel="next"' in html
    second = client.get(event_index.url + "?page=2")
    assert second.status_code == 200
    assert re.findall(r'<time datetime="([^"]+)">', html_of(second))[0] > starts[-1]


@pytest.mark.parametrize(
    "query",
    [
        "?page=0",
        "?page=abc",
        "?page=999",
        "?month=2025-13",
        "?view=year",
        "?network=99999",
        "?category=abc",
        "?audience=aliens",
        "?language=xx",
    ],
)
def test_bad_query_parameters_answer_400(event_index, query):
    make_event_page(event_index)
    response = Client().get(event_index.url + query)
    assert response.status_code == 400
    assert 'role="alert"' in html_of(response)


def test_filters(event_index, demo_home):
    network = make_page(demo_home, "Prohlis ist bunt", "prohlis-ist-bunt")
    language_cafe = Category.objects.create(name="Sprachcafé", locale=Locale.get_default())
    make_event_page(
        event_index,
        "Begegnungscafé",
        organiser=network,
        audience=["everyone"],
        languages=["de", "ar"],
        categories=[language_cafe],
    )
    make_event_page(
        event_index,
        "Theaterworkshop",
        weekdays=["FR"],
        audience=["young_people"],
        languages=["de"],
        is_free=False,
        cost="5 €",
    )
    client = Client()

    def titles(query):
        response = client.get(event_index.url + query)
        assert response.status_code == 200
        html = html_of(response).split('<ol class="occurrence-list">')[-1]
        return {t for t in ("Begegnungscafé", "Theaterworkshop") if t in html}

    assert titles("") == {"Begegnungscafé", "Theaterworkshop"}
    assert titles(f"?network={network.pk}") == {"Begegnungscafé"}
    assert titles(f"?category={language_cafe.pk}") == {"Begegnungscafé"}
    assert titles("?audience=young_people") == {"Theaterworkshop"}
    assert titles("?language=ar") == {"Begegnungscafé"}
    assert titles("?language=de&free=1") == {"Begegnungscafé"}
    assert titles("?audience=seniors") == set()
    html = html_of(client.get(event_index.url))
    assert f'<option value="{network.pk}">Prohlis ist bunt</option>' in html


def test_month_view_is_an_accessible_table_with_navigation(event_index):
    page = make_event_page(event_index)
    client = Client()
    month = timezone.localdate().replace(day=1)
    response = client.get(event_index.url + f"?view=month&month={month:%Y-%m}")
    html = html_of(response)
    assert response.status_code == 200
    assert "<caption>" in html and 'scope="col"' in html
    mondays = [d for d in range(1, 32) if _is_monday(month, d)]
    for day in mondays:
        assert f'<time datetime="{month.replace(day=day):%Y-%m-%d}">' in html
    # Every Monday of the month since the series began (and within the table).
    first_shown = max(page.start_date, in_days(-conf.past_days()))
    assert html.count("month__item--") == len(
        [d for d in mondays if month.replace(day=d) >= first_shown]
    )
    assert 'rel="prev"' in html and 'rel="next"' in html
    assert 'aria-current="date"' in html
    assert "Begegnungscafé" in html


def _is_monday(month, day):
    try:
        return month.replace(day=day).weekday() == 0
    except ValueError:
        return False


@pytest.mark.slow
def test_index_query_count_does_not_grow_with_the_number_of_series(event_index):
    client = Client()
    location = Location.objects.create(name="Palitzschhof", locale=Locale.get_default())

    def count_queries(query=""):
        client.get(event_index.url + query)  # warm caches (site root paths)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(event_index.url + query)
        assert response.status_code == 200
        return len(captured)

    for number in range(10):
        make_event_page(event_index, f"Treff {number}", location=location, revision=False)
    ten = (count_queries(), count_queries("?view=month"), count_queries("?language=de"))
    for number in range(10, 500):
        make_event_page(event_index, f"Treff {number}", location=location, revision=False)
    assert EventPage.objects.count() == 500
    five_hundred = (count_queries(), count_queries("?view=month"), count_queries("?language=de"))
    assert ten == five_hundred


def test_a_busy_day_in_the_month_shows_the_first_dates_and_links_to_all(event_index, settings):
    settings.EVENTS_MONTH_DAY_LIMIT = 2
    day = in_days(9)
    for number, hour in enumerate((18, 9, 14)):
        make_event_page(
            event_index,
            f"Treff {number}",
            start_date=day,
            start_time=time(hour),
            end_time=time(hour + 1),
            frequency="",
            weekdays=[],
            revision=False,
        )
    month = Client().get(f"{event_index.url}?view=month&month={day:%Y-%m}")
    cell = re.search(
        rf'<time datetime="{day:%Y-%m-%d}">.*?</td>', month.content.decode(), re.S
    ).group(0)
    assert re.findall(r">(Treff \d)<", cell) == ["Treff 1", "Treff 2"]  # the earliest two
    more = re.search(r'class="month__more" href="([^"]+)">([^<]+)<', cell)
    assert "(3)" in more.group(2)
    assert f"day={day:%Y-%m-%d}" in more.group(1) and "view=month" not in more.group(1)
    listing = Client().get(event_index.url + more.group(1).replace("&amp;", "&"))
    assert listing.status_code == 200
    text = listing.content.decode()
    assert [text.index(f"Treff {n}") for n in (1, 2, 0)] == sorted(
        text.index(f"Treff {n}") for n in (1, 2, 0)
    )
    assert 'class="occurrence-day"' in text


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "2027-02-30", "١٢", "x"])
def test_a_day_that_cannot_be_read_answers_400_and_says_why(event_index, value):
    response = Client().get(event_index.url, {"day": value})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


# -- event page ----------------------------------------------------------------


def test_event_page_shows_schedule_text_next_dates_and_facts(event_index, demo_home):
    location = Location.objects.create(
        name="Palitzschhof", address="Gamigstraße 24", locale=Locale.get_default()
    )
    page = make_event_page(
        event_index,
        location=location,
        languages=["de", "ar"],
        registration_required=True,
        registration_contact="0351 000000",
        skip_public_holidays=True,
    )
    response = Client().get(page.url)
    html = html_of(response)
    assert response.status_code == 200
    assert "Montag" in html and "15:00" in html  # schedule text in German names
    assert html.count('class="occurrence ') == 10
    assert "Palitzschhof" in html and "Gamigstraße 24" in html
    assert '<bdi dir="auto">0351 000000</bdi>' in html


def test_translated_event_keeps_the_schedule_and_translates_the_notes(event_index, demo_home):
    cancelled = next_weekday(0, in_days(1)) + timedelta(weeks=1)
    page = make_event_page(
        event_index,
        exceptions=[{"original_date": cancelled, "action": "cancelled", "note": "Ausflug"}],
    )
    translate_instance(event_index, "en", {"Veranstaltungen": "Events"})
    translated = translate_instance(
        page, "en", {"Begegnungscafé": "Meeting café", "Ausflug": "Trip"}
    )
    assert translated.rrule == page.rrule
    assert translated.start_time == page.start_time
    rows = Occurrence.objects.filter(page=translated)
    assert rows.count() == Occurrence.objects.filter(page=page).count()
    note = rows.get(status="cancelled")
    assert note.note == "Trip"
    html = html_of(Client().get(translated.url))
    assert "every Monday, 15:00–17:30" in html  # msgid; also correct English
    assert "Trip" in html


# -- the network section hook ------------------------------------------------------


def test_network_section_hook_reads_the_table_once(event_index, demo_home):
    network = make_page(demo_home, "Prohlis ist bunt", "prohlis-ist-bunt")
    make_event_page(event_index, "Begegnungscafé", organiser=network)
    make_event_page(event_index, "Andere Gruppe")
    (fn,) = [
        f
        for f in hooks.get_hooks("networks_page_sections")
        if f.__module__ == "events.wagtail_hooks"
    ]
    from django.test import RequestFactory

    request = RequestFactory().get("/de/")
    fn(network, request)  # warm the site cache
    with CaptureQueriesContext(connection) as captured:
        section = fn(network, request)
    occurrence_queries = [q for q in captured if "events_occurrence" in q["sql"]]
    assert len(occurrence_queries) == 1
    assert section["html"].count("Begegnungscafé") == 5
    assert "Andere Gruppe" not in section["html"]
    other = Page(title="Stadtteilrunde", slug="stadtteilrunde")
    demo_home.add_child(instance=other)
    assert fn(other, request) is None


def test_event_page_query_count_does_not_grow_with_dates_exceptions_categories_or_languages(
    event_index, demo_home
):
    """The café with one of everything, then with many, in German, as an Arabic
    translation and as a Farsi alias: at most 15 queries, the same for one and many."""
    from home.demo import synchronise_locale_trees
    from tests.factories.networks import make_network_index, make_network_page

    client = Client()
    german = Locale.get_default()
    location = Location.objects.create(name="Stadtteiltreff", locale=german)
    network = make_network_page(make_network_index(demo_home), "Prohlis ist bunt")
    for code in ("ar", "fa"):
        translate_instance(location, code, {"Stadtteiltreff": f"Stadtteiltreff ({code})"})
        translate_instance(network, code, {"Prohlis ist bunt": f"Prohlis ist bunt ({code})"})
    monday = next_weekday(0, in_days(1))

    def event(title, count):
        categories = [
            Category.objects.create(name=f"{title} {n}", locale=german) for n in range(count)
        ]
        closures = [
            ClosurePeriod.objects.create(
                name=f"Pause {n}",
                start=in_days(200 + 10 * n),
                end=in_days(205 + 10 * n),
                locale=german,
            )
            for n in range(count)
        ]
        for snippet in (*categories, *closures):
            translate_instance(snippet, "ar", {snippet.name: f"{snippet.name} (ar)"})
        page = make_event_page(
            event_index,
            title,
            location=location,
            organiser=network,
            categories=categories,
            closure_periods=closures,
            exceptions=[
                {"original_date": monday + timedelta(weeks=n), "action": "cancelled"}
                for n in range(count)
            ],
            extra_dates=[{"date": in_days(3 + n)} for n in range(count)],
        )
        return page

    def queries(page):
        client.get(page.url)  # warm the site's caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get(page.url)
        assert response.status_code == 200
        return len(captured)

    one, many = event("Nähcafé", 1), event("Sprachcafé", 6)
    for page in (one, many):
        translate_instance(page, "ar", {page.title: f"{page.title} (ar)"})
    synchronise_locale_trees(io.StringIO())  # the Farsi aliases
    arabic, farsi = (Locale.objects.get(language_code=code) for code in ("ar", "fa"))
    counts = {
        (language, size): queries(
            EventPage.objects.get(translation_key=page.translation_key, locale=locale)
        )
        for language, locale in (("de", german), ("ar", arabic), ("fa", farsi))
        for size, page in (("one", one), ("many", many))
    }
    assert EventPage.objects.get(translation_key=many.translation_key, locale=farsi).alias_of_id
    for language in ("de", "ar", "fa"):
        assert counts[language, "one"] == counts[language, "many"], counts
    assert max(counts.values()) <= 15, counts
