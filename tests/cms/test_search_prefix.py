"""The site search as people type: word beginnings, any case and accent, in every language.

A small site is built once for the module: German events, a network and a
page, translated into en, ar, fa, uk, ru and tr, plus a draft, a page with a
newer draft title and a page behind a password. Every answer is a rendered
search page; results are read from its groups.
"""

import io
import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection, transaction
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page, PageViewRestriction

from cms.search_backend import fold, fold_query, matching
from cms.translation import translate_instance
from home.demo import synchronise_locale_trees
from tests.factories import make_demo_home
from tests.factories.events import make_event_index, make_event_page
from tests.factories.networks import make_network_index, make_network_page

BERLIN = ZoneInfo("Europe/Berlin")

#: German title and its translations, by language.
TRANSLATIONS = {
    "Begegnungscafé": {
        "en": "Meeting café",
        "ar": "مقهى اللقاء",
        "fa": "کافه دیدار",
        "uk": "Кафе зустрічей",
        "ru": "Кафе встреч",
        "tr": "Buluşma Kafesi",
    },
    "Deutschtreff": {"tr": "Işık Sohbeti", "ru": "Ёлочный клуб"},
    "Nähcafé Zaunkönig": {"tr": "İstanbul Dikiş Kafesi", "fa": "می\u200cخواهم بدوزم"},
}

SECRET = "Zaunkönigrunde Geheimsache"
DRAFT = "Zaunkönig Entwurfstreffen"
DRAFT_TITLE = "Wendehals Neuplanung"


def _build():
    home = make_demo_home()
    events = make_event_index(home)
    networks = make_network_index(home)
    network = make_network_page(
        networks, "Prohlis ist bunt", short_description="Willkommen im Begegnungscafé."
    )
    pages = {
        "Begegnungscafé": make_event_page(events, "Begegnungscafé", organiser=network),
        "Deutschtreff": make_event_page(events, "Deutschtreff", weekdays=["TH"]),
    }
    sewing = Page(title="Nähcafé Zaunkönig", slug="naehcafe")
    home.add_child(instance=sewing)
    sewing.save_revision().publish()
    pages["Nähcafé Zaunkönig"] = sewing
    make_event_page(events, DRAFT, publish=False, live=False)
    secret = make_event_page(events, SECRET, weekdays=["FR"])
    synchronise_locale_trees(io.StringIO())
    for source, targets in TRANSLATIONS.items():
        for language, title in targets.items():
            translate_instance(pages[source], language, {source: title})
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="Geheim-123"
    )
    # A newer title only in a draft: the live title is what is found.
    deutschtreff = pages["Deutschtreff"]
    deutschtreff.title = DRAFT_TITLE
    deutschtreff.save_revision()


@pytest.fixture(scope="class")
def search_site_built_once(django_db_setup, django_db_blocker):
    """The site of :func:`_build`, built once for the class and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            _build()
        yield
        transaction.set_rollback(True)
    cache.clear()


@pytest.fixture
def search_site(search_site_built_once, db):
    yield
    cache.clear()


def _search(client, language, query, **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200, (language, query)
    return response


def _titles(response):
    return [page.title for page in response.context["results"]]


def _group_titles(response):
    """``{group key: [titles]}`` as the page shows them."""
    sections = response.content.decode().split('<section class="search-group search-group--')
    return {
        section.split('"', 1)[0]: re.findall(r'<h3><a href="[^"]*">([^<]*)</a></h3>', section)
        for section in sections[1:]
    }


#: Language, what is typed, the title found.
FOUND = [
    ("de", "Begegn", "Begegnungscafé"),
    ("de", "BEGEGN", "Begegnungscafé"),
    ("de", "begegnungscafe", "Begegnungscafé"),
    ("de", "deutschtr", "Deutschtreff"),
    ("de", "Nähc", "Nähcafé Zaunkönig"),
    ("de", "nahc", "Nähcafé Zaunkönig"),
    ("de", "NAHCAFE zaunk", "Nähcafé Zaunkönig"),
    ("de", "zaunkonig nah", "Nähcafé Zaunkönig"),
    ("de", "Nähcafe\u0301", "Nähcafé Zaunkönig"),
    ("en", "cafe", "Meeting café"),
    ("en", "CAFÉ meet", "Meeting café"),
    ("ar", "مقه", "مقهى اللقاء"),
    ("ar", "اللق", "مقهى اللقاء"),
    ("ar", "مَقهى", "مقهى اللقاء"),
    ("fa", "کاف", "کافه دیدار"),
    ("fa", "كافه ديد", "کافه دیدار"),
    ("fa", "میخو", "می\u200cخواهم بدوزم"),
    ("fa", "می خوا", "می\u200cخواهم بدوزم"),
    ("fa", "می\u200cخواهم", "می\u200cخواهم بدوزم"),
    ("uk", "ЗУСТР", "Кафе зустрічей"),
    ("uk", "каф", "Кафе зустрічей"),
    ("ru", "встр", "Кафе встреч"),
    ("ru", "елоч", "Ёлочный клуб"),
    ("ru", "ЁЛ", "Ёлочный клуб"),
    ("tr", "ışık", "Işık Sohbeti"),
    ("tr", "IŞIK", "Işık Sohbeti"),
    ("tr", "isik", "Işık Sohbeti"),
    ("tr", "Işı", "Işık Sohbeti"),
    ("tr", "istanbul", "İstanbul Dikiş Kafesi"),
    ("tr", "İST", "İstanbul Dikiş Kafesi"),
    ("tr", "dikis kaf", "İstanbul Dikiş Kafesi"),
    ("tr", "bulusma", "Buluşma Kafesi"),
]

#: Query syntax of FTS5 and tsquery, bidi controls and odd characters around a word.
AROUND_A_WORD = [
    '"{w}',
    '{w}"',
    '"{w}" OR "',
    "{w} AND",
    "OR {w}",
    "NOT {w}",
    "{w} NOT",
    "{w}*",
    "*{w}",
    "({w}",
    "{w})",
    "-{w}",
    "{w} -",
    "{w}^",
    "^{w}",
    "{w}:",
    ":{w}:*",
    "NEAR({w})",
    "NEAR({w}",
    "{w}\\",
    "\\{w}",
    "{w}\\\\'",
    "{{{w}}}",
    "\u202e{w}\u202c",
    "\u2066{w}\u2069",
    "{w}\u200f",
    "\uff02{w}\uff02",  # full-width quotes, which decompose to '"'
    "{w} " * 1000,
]

#: Texts without any word to find, up to 5,000 characters.
WITHOUT_WORDS = [
    "",
    " ",
    '"',
    '""',
    "'",
    "*",
    "-",
    "(",
    ")",
    ":",
    "^",
    "AND",
    "OR NOT",
    "NEAR",
    "NEAR(",
    "AND OR NOT NEAR",
    "\\",
    '"\\"',
    "\u202e",
    "\u202e\u202d\u2066\u2069",
    "\u0301\u0301",
    "\uff0a",
    "&|!<>",
    "@@",
    "—",
    "…",
    "%",
    "_",
    "x" * 5000,
    "ä" * 5000,
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
]


@pytest.mark.django_db
class TestOneSmallSite:
    """Searches on the site of :func:`_build`, in all seven languages."""

    # Beginnings of words, case and accents, in every language

    @pytest.mark.parametrize(("language", "query", "title"), FOUND)
    def test_beginnings_of_words_find_the_page_in_its_language(
        self, search_site, client, language, query, title
    ):
        response = _search(client, language, query)
        assert title in _titles(response)
        assert title in response.content.decode()

    @pytest.mark.parametrize(
        ("language", "query"),
        [
            ("de", "مقه"),  # the Arabic title is in the Arabic tree only
            ("ar", "ЗУСТР"),
            ("uk", "встр"),  # Russian, not Ukrainian
            ("ru", "зустр"),
            ("de", "cafe"),  # "café" inside a word is no beginning
            ("de", "egegn"),
            ("tr", "Kafesi Buluşmas"),  # all the words must be there
        ],
    )
    def test_words_are_found_only_where_they_are(self, search_site, client, language, query):
        assert _titles(_search(client, language, query)) == []

    def test_every_result_is_live_public_and_in_the_visitors_language(self, search_site, client):
        for language in ("de", "en", "ar", "fa", "uk", "ru", "tr"):
            response = _search(client, language, "zaunk")
            html = response.content.decode()
            assert {page.locale.language_code for page in response.context["results"]} <= {language}
            assert all(page.live for page in response.context["results"])
            for hidden in (SECRET, DRAFT, "Geheimsache", "Entwurf"):
                assert hidden not in html, (language, hidden)
        assert _titles(_search(client, "de", "Entwurfs")) == []
        assert _titles(_search(client, "de", "Geheims")) == []
        assert _titles(_search(client, "de", "wendeh")) == []
        assert _titles(_search(client, "de", "deutschtr")) == ["Deutschtreff"]

    # Any text: never a server error

    @pytest.mark.parametrize("case", AROUND_A_WORD)
    def test_query_syntax_around_a_word_still_finds_it(self, search_site, client, case):
        for page_type in ("", "events"):
            response = _search(client, "de", case.format(w="Begegn"), type=page_type)
            assert "Begegnungscafé" in _titles(response), page_type

    @pytest.mark.parametrize("query", WITHOUT_WORDS)
    def test_text_without_words_finds_nothing(self, search_site, client, query):
        for page_type in ("", "networks", "pages"):
            response = _search(client, "ar", query, type=page_type)
            assert _titles(response) == []
            assert response.context["count"] == 0

    @settings(
        max_examples=120,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(value=st.text(max_size=40))
    def test_any_text_reaches_the_database_as_words(self, search_site, value):
        pages = Page.objects.live()
        list(matching(pages, value))
        list(pages.autocomplete(value))
        list(pages.autocomplete(value, operator="or"))


def test_folding_examples():
    assert fold("Nähcafé STRASSE Straße") == "nahcafe strasse strasse"
    assert fold("Işık İstanbul") == "isik istanbul"
    assert fold("مَقهى یک کتاب") == fold("مقهي يك كتاب")
    assert fold("Ёлка ٢٠٢٦ ۲۰۲۶") == "елка 2026 2026"
    assert fold_query('"Café" AND \uff02x\uff02') == "cafe x"
    assert fold_query("AND and") == "and"


# ---------------------------------------------------------------------------
# Groups, next dates, pages of results
# ---------------------------------------------------------------------------

FIXED = datetime(2026, 11, 18, 10, 0, tzinfo=BERLIN)


@pytest.mark.django_db
def test_results_come_in_groups_and_events_show_their_next_date(client):
    with time_machine.travel(FIXED, tick=False):
        home = make_demo_home()
        network = make_network_page(make_network_index(home), "Zaunkönignetz")
        events = make_event_index(home)
        make_event_page(
            events,
            "Zaunkönig-Deutschtreff",
            start_date=date(2026, 1, 1),
            start_time=time(16),
            end_time=time(18),
            weekdays=["TH"],
            organiser=network,
            exceptions=[{"original_date": date(2026, 11, 19), "action": "cancelled"}],
        )
        make_event_page(
            events,
            "Zaunkönigfest",
            frequency="",
            start_date=date(2026, 6, 1),
            start_time=time(14),
            end_time=time(20),
        )
        page = Page(title="Zaunkönige im Stadtteil", slug="zaunkoenige")
        home.add_child(instance=page)
        page.save_revision().publish()

        response = _search(client, "de", "zaunk")

    assert _group_titles(response) == {
        "networks": ["Zaunkönignetz"],
        "events": ["Zaunkönig-Deutschtreff", "Zaunkönigfest"],
        "pages": ["Zaunkönige im Stadtteil"],
    }
    html = response.content.decode()
    assert "Netzwerke <span" in html and "(1)" in html
    assert "Veranstaltungen <span" in html and "(2)" in html
    assert response.context["count"] == 4
    events_html = html[html.index("search-group--events") : html.index("search-group--pages")]
    # The cancelled Thursday is skipped: the next date is a week later.
    assert '<time datetime="2026-11-26T16:00:00+01:00">Donnerstag, 26. November 2026</time>' in (
        events_html
    )
    assert "16:00–18:00" in events_html
    assert "19. November" not in events_html
    # The festival was in June: no date to show.
    assert "Keine kommenden Termine." in events_html


def _count_queries(client, *params):
    _search(client, "de", "zaunk", **dict(params))  # warm the caches
    with CaptureQueriesContext(connection) as queries:
        response = _search(client, "de", "zaunk", **dict(params))
    return len(queries), response


def _add(home, networks, events, numbers):
    for number in numbers:
        make_network_page(networks, f"Zaunkönig Netz {number}", slug=f"netz-{number}")
        make_event_page(events, f"Zaunkönig Treff {number}", revision=False)
        page = Page(title=f"Zaunkönig Seite {number}", slug=f"seite-{number}")
        home.add_child(instance=page)
        page.save_revision().publish()


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_the_results(client):
    home = make_demo_home()
    networks, events = make_network_index(home), make_event_index(home)
    _add(home, networks, events, [1])
    views = [(), (("type", "events"),), (("type", "networks"),), (("type", "pages"),)]
    few = {view: _count_queries(client, *view) for view in views}
    assert few[()][1].context["count"] == 3

    _add(home, networks, events, range(2, 13))
    many = {view: _count_queries(client, *view) for view in views}
    assert {view: count for view, (count, _response) in many.items()} == {
        view: count for view, (count, _response) in few.items()
    }

    overview = many[()][1]
    assert overview.context["count"] == 36
    assert {key: len(titles) for key, titles in _group_titles(overview).items()} == {
        "networks": 5,
        "events": 5,
        "pages": 5,
    }
    html = overview.content.decode()
    assert html.count("&amp;type=") == 3
    assert "?q=zaunk&amp;type=events" in html
    alone = many[(("type", "events"),)][1]
    assert len(alone.context["results"]) == 10
    assert list(_group_titles(alone)) == ["events"]
    assert 'rel="next"' in alone.content.decode()
    second = _search(client, "de", "zaunk", type="events", page="2")
    assert len(second.context["results"]) == 2
    assert 'rel="prev"' in second.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{"type": "foo"}, {"type": "events", "page": "x"}])
def test_an_unknown_group_or_page_number_answers_400(demo_home, client, params):
    response = client.get("/de/search/", {"q": "zaunk", **params})
    assert response.status_code == 400
