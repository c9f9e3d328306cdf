"""The weekly programme to print: ``<index>/programm/?week=YYYY-Www``, as HTML and as PDF.

Every test runs at one chosen instant, a Wednesday in November 2026, so that
the weeks below mean the same whatever instant the suite runs at: 2026 has
an ISO week 53 (28 December to 3 January, across New Year), 2027 has none and
starts its week 1 on Monday 4 January; 2020-W53 exists; Berlin moves to
summer time on Sunday 28 March 2027 (2027-W12).
"""

import io
import re
import subprocess
from datetime import date, datetime, time, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

import pypdf
import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, PageViewRestriction

from events import programme_pdf
from events.models import Category, EventException, EventIndexPage, EventPage, Location
from tests.factories import make_page
from tests.factories.events import make_event_index, make_event_page

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=BERLIN)
#: Directional formatting characters pdftotext writes around right-to-left runs.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(autouse=True)
def programme_clock(clock):
    clock.move_to(NOW)
    cache.clear()
    yield clock
    cache.clear()


@pytest.fixture
def demo_events(demo_home):
    """The demo's events, loaded at NOW: a cancelled Thursday in 2026-W50 and a
    monthly meeting moved from Wednesday 30 to Thursday 31 December (2026-W53)."""
    from events import demo

    demo.load(demo_home, io.StringIO())
    return EventIndexPage.objects.get(locale=Locale.get_default(), slug="veranstaltungen")


def programme(index, query="", client=None, language=None):
    url = index.url
    if language is not None:
        url = index.get_translation(Locale.objects.get(language_code=language)).url
    return (client or Client()).get(f"{url}programm/{query}")


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def entries(response):
    """``(title, start)`` of every date listed, in order (not the "moved to" notes)."""
    found = []
    for item in soup(response).select(".programme li.programme__item"):
        if "programme__item--moved-away" in item["class"]:
            continue
        found.append(
            (
                item.select_one(".programme__name").get_text(strip=True),
                item.select_one(".programme__time time")["datetime"],
            )
        )
    return found


def day_dates(response):
    return [t["datetime"] for t in soup(response).select(".programme__date time")]


def day_texts(response):
    """``{"2026-12-31": "text of that day", …}``."""
    return {
        day.select_one(".programme__date time")["datetime"]: day.get_text(" ", strip=True)
        for day in soup(response).select(".programme__day")
    }


def empty_days(response):
    """The days that say there is nothing on."""
    return [
        day.select_one(".programme__date time")["datetime"]
        for day in soup(response).select(".programme__day")
        if day.select_one(".programme__none")
    ]


def pdf_text(pdf_bytes, tmp_path):
    path = tmp_path / "programme.pdf"
    path.write_bytes(pdf_bytes)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    )
    return BIDI_CONTROLS.sub("", result.stdout)


def embedded_fonts(reader):
    """Base font names of the fonts whose program is embedded in the PDF."""
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is None:
                    continue
                descriptor = descriptor.get_object()
                if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    names.add(str(descriptor["/FontName"]).split("+", 1)[-1])
    return names


# -- the week -----------------------------------------------------------------


def test_the_programme_lists_the_dates_the_occurrences_api_lists(demo_events):
    client = Client()
    for week, first, last in [
        ("2026-W47", date(2026, 11, 16), date(2026, 11, 22)),  # this week
        ("2026-W50", date(2026, 12, 7), date(2026, 12, 13)),  # a cancelled date
        ("2026-W53", date(2026, 12, 28), date(2027, 1, 3)),  # a moved date, New Year
    ]:
        response = programme(demo_events, f"?week={week}", client)
        assert response.status_code == 200
        api = client.get(
            "/api/v3/events/occurrences/",
            {"start": first.isoformat(), "end": last.isoformat(), "locale": "de"},
        ).json()
        expected = [(item["title"], item["start"]) for item in api["items"]]
        assert expected, week
        assert entries(response) == expected, week
        assert day_dates(response) == [(first + timedelta(days=n)).isoformat() for n in range(7)]


def test_without_a_week_the_current_week_in_the_site_time_zone(event_index, programme_clock):
    make_event_page(event_index)
    assert day_dates(programme(event_index))[0] == "2026-11-16"
    # Monday 00:30 in Berlin is still Sunday in UTC: the programme shows the new week.
    programme_clock.move_to(datetime(2026, 11, 23, 0, 30, tzinfo=BERLIN))
    response = programme(event_index)
    assert day_dates(response)[0] == "2026-11-23"
    assert 'aria-current="date"' in response.content.decode()


@pytest.mark.parametrize(
    ("week", "monday", "sunday"),
    [
        ("2026-W53", "2026-12-28", "2027-01-03"),
        ("2027-W01", "2027-01-04", "2027-01-10"),
        ("2027-w01", "2027-01-04", "2027-01-10"),
        ("2020-W53", "2020-12-28", "2021-01-03"),
        ("1900-W01", "1900-01-01", "1900-01-07"),
        ("2199-W52", "2199-12-23", "2199-12-29"),
    ],
)
def test_iso_weeks(event_index, week, monday, sunday):
    response = programme(event_index, f"?week={week}")
    assert response.status_code == 200
    dates = day_dates(response)
    assert (dates[0], dates[-1], len(dates)) == (monday, sunday, 7)
    assert empty_days(response) == dates


@pytest.mark.parametrize(
    "query",
    [
        "?week=2027-W53",  # 2027 has 52 weeks
        "?week=2026-W00",
        "?week=2026-W54",
        "?week=2026-W4",
        "?week=2026-49",
        "?week=2026W49",
        "?week=garbage",
        "?week=%D9%A2%D9%A0%D9%A2%D9%A6-W49",  # ٢٠٢٦-W49
        "?week=2026-W%D9%A4%D9%A9",  # 2026-W٤٩
        "?week=99999999999999999999-W01",
        "?week=1899-W52",
        "?week=2200-W01",
        "?format=doc",
        "?network=99999",
        "?category=abc",
        "?audience=aliens",
        "?language=xx",
    ],
)
def test_bad_parameters_answer_400_on_the_site_layout(event_index, query):
    make_event_page(event_index)
    response = programme(event_index, query)
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one('[role="alert"] li').get_text(strip=True)
    assert page.select_one(".site-header") is not None
    assert page.select_one(".programme") is None
    assert "Cache-Control" not in response


def test_a_week_across_the_change_to_summer_time(event_index):
    make_event_page(
        event_index,
        "Sonntagsfrühstück",
        start_date=date(2027, 3, 7),
        start_time=time(10),
        end_time=time(12),
        weekdays=["SU"],
    )
    make_event_page(event_index, "Begegnungscafé")  # Mondays 15:00
    w12 = programme(event_index, "?week=2027-W12")
    assert entries(w12) == [
        ("Begegnungscafé", "2027-03-22T15:00:00+01:00"),
        ("Sonntagsfrühstück", "2027-03-28T10:00:00+02:00"),
    ]
    assert day_dates(w12)[-1] == "2027-03-28"
    w13 = programme(event_index, "?week=2027-W13")
    assert entries(w13)[0] == ("Begegnungscafé", "2027-03-29T15:00:00+02:00")
    assert "10:00" in day_texts(w12)["2027-03-28"]


# -- what a date shows --------------------------------------------------------


def test_cancelled_and_moved_dates_are_marked(event_index):
    treff = Location.objects.create(name="Stadtteiltreff", locale=Locale.get_default())
    hall = Location.objects.create(name="Kirchsaal", locale=Locale.get_default())
    make_event_page(
        event_index,
        "Begegnungscafé",
        location=treff,
        start_date=date(2026, 11, 2),
        exceptions=[
            {"original_date": date(2026, 12, 7), "action": "cancelled", "note": "Teamfortbildung"},
            {
                "original_date": date(2026, 12, 14),
                "action": "moved",
                "new_date": date(2026, 12, 16),
                "new_start_time": time(16),
                "new_end_time": time(18),
                "new_location": hall,
                "note": "Diesmal im Saal",
            },
        ],
    )
    cancelled = programme(event_index, "?week=2026-W50")
    monday = day_texts(cancelled)["2026-12-07"]
    assert "Fällt aus" in monday and "Teamfortbildung" in monday
    assert soup(cancelled).select(".programme__item--cancelled")

    moved = programme(event_index, "?week=2026-W51")
    days = day_texts(moved)
    assert entries(moved) == [("Begegnungscafé", "2026-12-16T16:00:00+01:00")]
    wednesday = days["2026-12-16"]
    assert "Verlegt" in wednesday and "Montag, 14. Dezember 2026 15:00" in wednesday
    assert "Kirchsaal" in wednesday and "Stadtteiltreff" in wednesday  # where to, where from
    assert "Diesmal im Saal" in wednesday
    # The original Monday says where the date went.
    assert "Mittwoch, 16. Dezember 2026 16:00" in days["2026-12-14"]
    assert soup(moved).select(".programme__item--moved-away")


def test_an_all_day_festival_is_on_each_of_its_days(event_index):
    make_event_page(
        event_index,
        "Stadtteilfest",
        start_date=date(2026, 12, 4),
        end_date=date(2026, 12, 6),
        all_day=True,
        start_time=None,
        end_time=None,
        frequency="",
        weekdays=[],
    )
    response = programme(event_index, "?week=2026-W49")
    days = day_texts(response)
    assert [day for day, text in days.items() if "Stadtteilfest" in text] == [
        "2026-12-04",
        "2026-12-05",
        "2026-12-06",
    ]
    assert "ganztägig" in days["2026-12-05"]
    assert empty_days(response) == ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03"]


def test_only_visible_events_of_this_index(event_index, demo_home):
    make_event_page(event_index, "Begegnungscafé")
    make_event_page(event_index, "Entwurf", publish=False)
    secret = make_event_page(event_index, "Vorstandssitzung", weekdays=["TU"])
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    changed = make_event_page(event_index, "Kochtreff", weekdays=["WE"])
    changed.title = "Kochtreff (neuer Entwurf)"
    changed.save_revision()  # a draft on a live page: the published title stays
    other_index = make_event_index(demo_home, title="Archiv", slug="archiv")
    make_event_page(other_index, "Anderer Kalender", weekdays=["TH"])
    english_home = demo_home.get_translation(Locale.objects.get(language_code="en"))
    english_index = make_event_index(english_home, title="Events", slug="events")
    make_event_page(english_index, "English only", weekdays=["FR"])

    titles = {title for title, _start in entries(programme(event_index, "?week=2026-W48"))}
    assert titles == {"Begegnungscafé", "Kochtreff"}
    assert {t for t, _s in entries(programme(english_index, "?week=2026-W48"))} == {"English only"}


def test_filters_narrow_the_programme_and_stay_in_its_links(event_index, demo_home):
    network = make_page(demo_home, "Prohlis ist bunt", "prohlis-ist-bunt")
    language = Category.objects.create(name="Sprache", locale=Locale.get_default())
    make_event_page(
        event_index,
        "Begegnungscafé",
        organiser=network,
        audience=["everyone"],
        categories=[language],
    )
    make_event_page(event_index, "Jugendtreff", weekdays=["FR"], audience=["young_people"])
    week = "week=2026-W48"

    def titles(query):
        response = programme(event_index, f"?{week}&{query}")
        assert response.status_code == 200
        return {title for title, _start in entries(response)}

    assert titles("") == {"Begegnungscafé", "Jugendtreff"}
    assert titles(f"network={network.pk}") == {"Begegnungscafé"}
    assert titles(f"category={language.pk}") == {"Begegnungscafé"}
    assert titles("audience=young_people") == {"Jugendtreff"}
    assert titles("audience=seniors") == set()

    page = soup(programme(event_index, f"?{week}&audience=young_people"))
    nav = page.select_one(".programme__nav")
    base = f"{event_index.url}programm/"
    assert nav.select_one("a[rel=prev]")["href"] == f"{base}?audience=young_people&week=2026-W47"
    assert nav.select_one("a[rel=next]")["href"] == f"{base}?audience=young_people&week=2026-W49"
    assert nav.select_one("a")["href"] == f"{event_index.url}?audience=young_people"
    pdf_link = page.select_one(".programme__actions a")["href"]
    assert pdf_link == f"{base}?audience=young_people&week=2026-W48&format=pdf"
    # The subscription keeps the filters the feed knows, as an absolute address.
    subscribe = programme(event_index, f"?{week}&network={network.pk}")
    feed = soup(subscribe).select_one(".programme__feed")
    assert feed["href"] == f"http://testserver/feeds/events.ics?locale=de&network={network.pk}"
    assert feed.get_text(strip=True) == feed["href"]
    assert soup(subscribe).select_one(".programme__qr svg title")


def test_the_index_links_to_the_programme_with_its_filters(event_index):
    make_event_page(event_index)
    client = Client()

    def button(query=""):
        response = client.get(event_index.url + query)
        link = soup(response).select_one(".event-programme-link a")
        return response.status_code, link["href"] if link else None

    assert button() == (200, f"{event_index.url}programm/")
    assert button("?audience=children&free=1") == (
        200,
        f"{event_index.url}programm/?audience=children&free=1",
    )
    assert button("?view=month&month=2026-12") == (200, f"{event_index.url}programm/")
    assert button("?audience=aliens") == (400, None)
    response = client.get(f"{event_index.url}programm/")
    assert response.status_code == 200


def test_arabic_programme_and_its_errors_are_right_to_left(demo_events):
    client = Client()
    response = programme(demo_events, "?week=2026-W53", client, language="ar")
    page = soup(response)
    assert (page.html["lang"], page.html["dir"]) == ("ar", "rtl")
    assert ("مقهى اللقاء", "2026-12-28T15:00:00+01:00") in entries(response)
    assert page.select_one(".programme__time bdi")["dir"] == "ltr"

    bad = programme(demo_events, "?week=2027-W53", client, language="ar")
    assert bad.status_code == 400
    page = soup(bad)
    assert (page.html["lang"], page.html["dir"]) == ("ar", "rtl")
    assert "2027" in page.select_one('[role="alert"]').get_text()


def test_query_count_does_not_grow_with_the_number_of_series(event_index):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert programme(event_index, "?week=2026-W48").status_code == 200
        return len(captured)

    make_event_page(event_index, "Treff 0", revision=False)
    queries()  # the site's and the locales' lookups are cached after the first request
    few = queries()
    for n in range(1, 8):
        make_event_page(
            event_index, f"Treff {n}", weekdays=[["TU", "WE", "TH"][n % 3]], revision=False
        )
    assert len(entries(programme(event_index, "?week=2026-W48"))) == 8
    assert queries() == few


def test_cache_headers(event_index, django_user_model):
    make_event_page(event_index)
    anonymous = programme(event_index, "?week=2026-W48")
    assert anonymous["Cache-Control"] == "public, max-age=900"
    editor = Client()
    editor.force_login(django_user_model.objects.create_user("redaktion", password="x"))
    signed_in = programme(event_index, "?week=2026-W48", editor)
    assert "private" in signed_in["Cache-Control"]
    assert "public" not in signed_in["Cache-Control"]


def test_a_password_protected_index_is_never_stored_by_caches(event_index):
    make_event_page(event_index)
    restriction = PageViewRestriction.objects.create(
        page=event_index, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    client = Client()
    asked = programme(event_index, "?week=2026-W48", client)
    assert "Begegnungscafé" not in asked.content.decode()
    client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, event_index.pk]),
        {"password": "geheim", "return_url": f"{event_index.url}programm/"},
    )
    shown = programme(event_index, "?week=2026-W48", client)
    assert soup(shown).select_one(".programme") is not None  # past the password form
    assert soup(asked).select_one(".programme") is None
    pdf = programme(event_index, "?week=2026-W48&format=pdf", client)
    assert pdf["Content-Type"] == "application/pdf"
    for response in (shown, pdf):
        cache_control = response["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control
        assert "public" not in cache_control


# -- the PDF ------------------------------------------------------------------


def test_pdf_in_german_and_arabic(demo_events, tmp_path):
    client = Client()
    german = programme(demo_events, "?week=2026-W53&format=pdf", client)
    assert german.status_code == 200
    assert german["Content-Type"] == "application/pdf"
    assert german["Content-Disposition"] == 'inline; filename="programm-2026-W53-de.pdf"'
    assert german["Cache-Control"] == "public, max-age=900"
    reader = pypdf.PdfReader(io.BytesIO(german.content))
    assert len(reader.pages) == 1
    assert any(name.startswith("Noto-Sans") for name in embedded_fonts(reader))
    text = pdf_text(german.content, tmp_path)
    for words in ("Begegnungscafé", "Deutschtreff", "Vernetzungstreffen der Vereine", "Verlegt"):
        assert words in text

    arabic = client.get(
        f"{demo_events.get_translation(Locale.objects.get(language_code='ar')).url}"
        "programm/?format=pdf&week=2026-w53"
    )
    assert arabic["Content-Disposition"] == 'inline; filename="programm-2026-W53-ar.pdf"'
    reader = pypdf.PdfReader(io.BytesIO(arabic.content))
    assert len(reader.pages) == 1
    assert "Noto-Sans-Arabic" in embedded_fonts(reader)
    # pdftotext gives the Arabic letters in logical order between bidi controls
    # (titles without the lam-alef ligature, which it spells in reverse).
    text = pdf_text(arabic.content, tmp_path)
    assert "مقهى اللقاء" in text
    assert "ملتقى حي بروليس" in text


def test_the_pdf_reads_static_files_locally_and_nothing_else():
    fetcher = programme_pdf.StaticFilesFetcher("http://quartier.example/")
    css = fetcher.fetch("http://quartier.example/static/events/css/programme.css")
    assert css.content_type == "text/css"
    assert b"@page" in css.read()
    for url in (
        "http://elsewhere.example/static/events/css/programme.css",
        "http://quartier.example/de/veranstaltungen/",
        "file:///etc/passwd",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    with pytest.raises(FileNotFoundError):
        fetcher.fetch("http://quartier.example/static/../../etc/passwd")


def test_the_pdf_comes_from_the_cache_until_a_date_changes(event_index, tmp_path):
    page = make_event_page(event_index, "Begegnungscafé", start_date=date(2026, 11, 2))
    client = Client()
    url = "?week=2026-W49&format=pdf"
    with mock.patch.object(programme_pdf, "render_pdf", wraps=programme_pdf.render_pdf) as render:
        first = programme(event_index, url, client).content
        again = programme(event_index, url, client).content
        assert again == first
        assert render.call_count == 1
        assert "Fällt aus" not in pdf_text(first, tmp_path)

        page = EventPage.objects.get(pk=page.pk)
        page.exceptions.add(
            EventException(
                original_date=date(2026, 11, 30), action="cancelled", note="Heizung kaputt"
            )
        )
        page.save_revision().publish()
        changed = programme(event_index, url, client).content
        assert render.call_count == 2
    assert changed != first
    text = pdf_text(changed, tmp_path)
    assert "Fällt aus" in text and "Heizung kaputt" in text


def test_other_languages_link_to_the_same_weeks_programme(demo_events):
    response = programme(demo_events, "?week=2026-W53&free=1")
    page = soup(response)
    arabic_url = demo_events.get_translation(Locale.objects.get(language_code="ar")).url
    switcher = page.select_one(".language-switcher a[hreflang=ar]")
    # The week goes along; the filters do not (their ids differ between languages).
    assert switcher["href"] == f"{arabic_url}programm/?week=2026-W53"
    alternate = page.select_one('link[rel=alternate][hreflang="ar"]')
    assert alternate["href"] == f"http://testserver{arabic_url}programm/?week=2026-W53"
    og_url = page.select_one('meta[property="og:url"]')["content"]
    assert og_url == f"http://testserver{demo_events.url}programm/?week=2026-W53"
    og_title = page.select_one('meta[property="og:title"]')["content"]
    assert "2026-W53" in og_title
