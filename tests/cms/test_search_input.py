"""Search text, numbers and texts as people type them: found, refused with 4xx, or cleaned.

Parameters that must answer 4xx are listed in ``tests/cms/test_bad_input.py``.
"""

import io
import json
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from icalendar import Calendar
from wagtail.models import Locale, Page, PageLogEntry

from cms.text import BIDI_CONTROLS
from cms.translation import translate_instance
from events.models import EventIndexPage, EventPage
from home.models import HomePage

#: The query syntax of SQLite FTS5 and PostgreSQL around a word of a demo title.
OPERATOR_CASES = [
    '"{w}',
    '{w}"',
    '"{w}" OR "',
    "{w} AND",
    "AND {w}",
    "OR {w} OR",
    "NOT {w}",
    "{w} NOT",
    "{w}*",
    "*{w}",
    "({w}",
    "{w})",
    "-{w}",
    "{w} -",
    "NEAR({w}",
    "NEAR({w})",
    "{w}^",
    "^{w}",
    "{w}:",
    ":{w}:*",
    "{{{w}}}",
    "{w} &|!<>",
    "'{w}",
    "{w}\\",
]

#: Language, a word typed, the demo event title that contains it.
SEARCHES = [("de", "Begegnungscafé", "Begegnungscafé"), ("ar", "مقهى", "مقهى اللقاء")]

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + BIDI_CONTROLS + "]")


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo, loaded once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", verbosity=0, stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
    cache.clear()


@pytest.fixture
def demo(demo_site, db):
    yield
    cache.clear()


@pytest.mark.django_db
def test_public_search_finds_the_event_whatever_syntax_surrounds_its_word(demo, client):
    answers = {}
    for language, word, title in SEARCHES:
        for case in OPERATOR_CASES:
            query = case.format(w=word)
            response = client.get(f"/{language}/search/", {"q": query})
            answers[language, query] = (response.status_code, title in response.content.decode())
    failed = {key: answer for key, answer in answers.items() if answer != (200, True)}
    assert not failed


@pytest.mark.django_db
def test_api_v2_and_v3_search_find_the_event_whatever_syntax_surrounds_its_word(demo, client):
    answers = {}
    for language, word, title in SEARCHES:
        for case in OPERATOR_CASES:
            query = case.format(w=word)
            for url in ("/api/v2/pages/", "/api/v3/pages/"):
                response = client.get(url, {"search": query, "locale": language})
                titles = (
                    [item["title"] for item in response.json()["items"]]
                    if response.status_code == 200
                    else []
                )
                answers[url, query] = (response.status_code, title in titles)
    failed = {key: answer for key, answer in answers.items() if answer != (200, True)}
    assert not failed


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", " ", '"', " * ", "AND OR NOT", "\u202e", "()"])
def test_searches_without_words_find_nothing(demo, client, query):
    html = client.get("/de/search/", {"q": query})
    assert html.status_code == 200
    assert "Begegnungscafé" not in html.content.decode()
    for url in ("/api/v2/pages/", "/api/v3/pages/"):
        response = client.get(url, {"search": query})
        assert response.status_code == 200, url
        assert response.json()["items"] == [], url


@pytest.mark.django_db
def test_search_is_not_confused_by_a_decomposed_accent(demo, client):
    response = client.get("/de/search/", {"q": "Begegnungscafe\u0301"})
    assert "Begegnungscafé" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("window", "first", "last"),
    [
        ("start=1900-01-01&end=1900-01-31", "1900-01-01", "1900-01-31"),
        ("start=2199-12-01&end=2199-12-31", "2199-12-01", "2199-12-31"),
        ("start=2198-01-01&end=2199-12-31", "2198-01-01", "2199-12-31"),
    ],
)
def test_occurrence_windows_at_the_edges_of_the_supported_years(demo, client, window, first, last):
    """Valid windows answer their dates (none before the demo's first dates in 1900)."""
    response = client.get(f"/api/v3/events/occurrences/?{window}&limit=1000")
    assert response.status_code == 200, response.content
    body = response.json()
    starts = [item["start"][:10] for item in body["items"]]
    assert all(first <= start <= last for start in starts), starts
    assert bool(starts) is (first > "2100"), body["meta"]


@pytest.mark.django_db
@pytest.mark.parametrize("month", ["1900-01", "2200-12"])
def test_month_view_at_the_edges_of_the_supported_years(demo, client, month):
    response = client.get("/de/veranstaltungen/", {"view": "month", "month": month})
    assert response.status_code == 200
    assert response.context["month_has_events"] is False


# ---------------------------------------------------------------------------
# Text saved with control and bidi characters
# ---------------------------------------------------------------------------

DIRTY_TITLE = "Caf\u202ee\r\x00\x0b\u2028"


def _event(title, **fields):
    index = EventIndexPage.objects.get(locale__language_code="de")
    template = EventPage.objects.get(slug="begegnungscafe", locale=index.locale)
    page = EventPage(
        title=title,
        slug="schmutziger-titel",
        start_date=template.start_date,
        start_time=template.start_time,
        end_time=template.end_time,
        frequency="WEEKLY",
        weekdays=["MO"],
        **fields,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _jsonld(html):
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def _calendar_texts(ics):
    calendar = Calendar.from_ical(ics)
    texts = [str(calendar.get("NAME", "")), str(calendar.get("X-WR-CALNAME", ""))]
    texts += [str(event.get("SUMMARY")) for event in calendar.walk("VEVENT")]
    return texts


@pytest.mark.django_db
def test_a_dirty_title_is_stored_and_shown_clean_everywhere(demo, client):
    page = _event(DIRTY_TITLE, teaser="Zeile 1\r\nZeile 2\u202e\x00\rZeile 3")
    assert page.title == page.draft_title == "Cafe"
    assert page.teaser == "Zeile 1\nZeile 2\nZeile 3"
    assert page.get_latest_revision_as_object().title == "Cafe"

    html = client.get(page.url).content.decode()
    assert "<h1>Cafe</h1>" in html or ">Cafe<" in html
    assert not CONTROL.search(html.replace("\n", "").replace("\t", "").replace("\r", ""))
    assert _jsonld(html)["name"] == "Cafe"

    for feed in ("/feeds/events.ics", f"/feeds/events/{page.pk}.ics"):
        texts = _calendar_texts(client.get(feed).content)
        assert texts and not any(CONTROL.search(text) for text in texts), feed
    assert "Cafe" in _calendar_texts(client.get(f"/feeds/events/{page.pk}.ics").content)

    v2 = client.get(f"/api/v2/pages/{page.pk}/").json()
    v3 = client.get(f"/api/v3/pages/{page.pk}/").json()
    assert v2["title"] == v3["title"] == "Cafe"
    assert v2["meta"]["slug"] == "schmutziger-titel"


@pytest.mark.django_db
def test_a_draft_is_cleaned_in_its_revision_too(demo, client):
    page = EventPage.objects.get(slug="begegnungscafe", locale__language_code="de")
    page.title = DIRTY_TITLE
    page.teaser = "Kaffee\u2029Kuchen\u202e"
    revision = page.save_revision(log_action=True)
    revision.refresh_from_db()
    assert (revision.content["title"], revision.content["teaser"]) == ("Cafe", "Kaffee\nKuchen")
    assert revision.object_str == "Cafe"
    assert PageLogEntry.objects.filter(revision=revision).get().label == "Cafe"
    page.refresh_from_db()
    assert (page.title, page.draft_title) == ("Begegnungscafé", "Cafe")
    revision.publish()
    page.refresh_from_db()
    assert page.title == "Cafe"


@pytest.mark.django_db
def test_old_dirty_data_cannot_break_the_feed(demo, client):
    page = EventPage.objects.get(slug="begegnungscafe", locale__language_code="de")
    # Written past save() (as old rows were), so nothing cleaned it.
    EventPage.objects.filter(pk=page.pk).update(title="Begegnungs\rcafé\u202e\x0b")
    for feed in ("/feeds/events.ics", f"/feeds/events/{page.pk}.ics"):
        response = client.get(feed)
        assert response.status_code == 200
        assert b"Begegnungs\r" not in response.content
        texts = _calendar_texts(response.content)
        assert not any(CONTROL.search(text) for text in texts), (feed, texts)
        assert "Begegnungs café" in texts, (feed, texts)


@pytest.mark.django_db
def test_arabic_and_farsi_titles_keep_their_direction_marks_and_joiners(demo, client):
    title = "مقهى اللقاء\u200f (٢٠٢٦)"
    page = _event(title)
    assert page.title == title
    assert client.get(f"/api/v2/pages/{page.pk}/").json()["title"] == title
    page.title = "می\u200cخواهم\u061c"
    page.save()
    page.refresh_from_db()
    assert page.title == "می\u200cخواهم\u061c"


@pytest.mark.django_db
def test_snippets_and_network_pages_are_cleaned_on_save(demo):
    from events.models import Category
    from networks.models import NetworkPage

    category = Category.objects.filter(locale__language_code="de").first()
    category.name = "\u2066Begegnung\u2069\x07"
    category.save()
    category.refresh_from_db()
    assert category.name == "Begegnung"

    network = NetworkPage.objects.filter(locale__language_code="de").first()
    network.short_description = "Erste Zeile\u2028zweite\x1b Zeile"
    network.seo_title = "Netz\u202dwerk"
    network.save()
    network.refresh_from_db()
    assert network.short_description == "Erste Zeile\nzweite Zeile"
    assert network.seo_title == "Netzwerk"


@pytest.mark.django_db
def test_a_translation_published_through_wagtail_localize_is_cleaned(demo, client):
    home = HomePage.objects.get(locale__language_code="de")
    page = Page(title="Treff der Nachbarn", slug="treff")
    home.add_child(instance=page)
    page.save_revision().publish()
    translated = translate_instance(page, "ar", {"Treff der Nachbarn": "ملتقى\u202e الجيران\r"})
    translated.refresh_from_db()
    assert translated.locale == Locale.objects.get(language_code="ar")
    assert translated.title == "ملتقى الجيران"
    assert translated.live
    assert "ملتقى الجيران" in client.get(translated.url).content.decode()
