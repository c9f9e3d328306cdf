"""What visitors see: fallbacks for untranslated pages, sitemap, local formats."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.test import Client
from django.utils import formats, translation

from tests.i18n.factories import translation_of

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def main_of(html):
    return re.search(r'<main id="main".*?</main>', html, re.S).group(0)


def test_alias_is_reachable_in_the_visitors_language_and_marked_german(tree):
    response = Client().get("/fa/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fa" dir="rtl">' in html
    main = main_of(html)
    notice = re.search(r'<aside class="notice notice--translation".*?</aside>', main, re.S)
    assert notice is not None
    assert '<bdi lang="de" dir="ltr">Deutsch</bdi>' in notice.group(0)
    content = re.search(r'<div class="page-content" lang="de" dir="ltr">', main)
    assert content is not None
    assert main.index(notice.group(0)) < content.start()
    assert "Willkommen im Quartier Prohlis" in main[content.end() :]
    assert '<link rel="canonical" href="http://testserver/de/">' in html


def test_notice_is_in_the_visitors_language(tree):
    with translation.override("fa"):
        expected = translation.gettext(
            "This page has not been translated into your language yet. "
            "You are reading the original:"
        )
    html = Client().get("/fa/").content.decode()
    assert expected in main_of(html)


def test_nested_alias_pages_are_reachable(tree):
    response = Client().get("/tr/netzwerk-familie/elterncafe/")
    assert response.status_code == 200
    assert "Elterncafé" in response.content.decode()
    assert response.context["page"].alias_of_id == tree.meeting.pk


def test_translated_pages_have_no_notice(tree):
    for url in ("/ar/", "/de/", "/en/"):
        html = Client().get(url).content.decode()
        assert "notice--translation" not in html, url
        assert '<div class="page-content">' in html, url
        assert 'rel="canonical"' not in html, url
    assert "شبكة العائلة" in Client().get("/ar/netzwerk-familie/").content.decode()


def test_translation_without_translated_strings_still_shows_the_notice(tree):
    from cms.translation import translate_instance

    translate_instance(tree.home, "ru", {})
    assert translation_of(tree.home, "ru").alias_of_id is None
    html = Client().get("/ru/").content.decode()
    assert "notice--translation" in html
    assert '<div class="page-content" lang="de" dir="ltr">' in html


def test_hreflang_skips_aliases_and_the_switcher_marks_them(tree):
    html = Client().get("/de/").content.decode()
    assert 'hreflang="ar" href="http://testserver/ar/"' in html
    assert 'rel="alternate" hreflang="fa"' not in html
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/ar/" hreflang="ar" lang="ar" dir="rtl">' in switcher
    # The Farsi alias is reachable, marked as not translated yet.
    assert (
        'href="/fa/" hreflang="fa" lang="fa" dir="rtl" class="language-switcher__untranslated"'
        in (switcher)
    )


def test_mixed_content_is_isolated(tree):
    html = Client().get("/fa/").content.decode()
    assert '<a class="site-name" href="/fa/"><bdi>' in html
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    assert re.search(r'<a href="/fa/kontakt/" dir="auto">Kontakt</a>', nav)


def sitemap_entries():
    response = Client().get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.iter(f"{SITEMAP}url"):
        alternates = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
        entries[url.find(f"{SITEMAP}loc").text] = alternates
    return entries


def test_sitemap_lists_every_locales_pages_with_alternates(tree):
    entries = sitemap_entries()
    base = "http://localhost"  # the demo Site's host name
    for url in ("/de/", "/en/", "/ar/", "/de/netzwerk-familie/", "/ar/netzwerk-familie/"):
        assert base + url in entries, url
    # Aliases mirror the German page and are not listed on their own.
    assert base + "/fa/kontakt/" not in entries
    network_ar = entries[base + "/ar/netzwerk-familie/"]
    assert network_ar == {
        "ar": base + "/ar/netzwerk-familie/",
        "de": base + "/de/netzwerk-familie/",
        "x-default": base + "/de/netzwerk-familie/",
    }
    assert entries[base + "/de/kontakt/"] == {
        "de": base + "/de/kontakt/",
        "x-default": base + "/de/kontakt/",
    }
    assert set(entries[base + "/en/"]) == {"de", "en", "ar", "x-default"}


def test_sitemap_queries_are_bounded(tree, django_assert_max_num_queries):
    from tests.i18n.factories import add_page

    for number in range(10):
        add_page(tree.home, f"Seite {number}", f"seite-{number}")
    with django_assert_max_num_queries(15):
        # German: home, network, meeting, contact and ten more; en and ar home, ar network.
        assert len(sitemap_entries()) == 4 + 10 + 3


@pytest.mark.parametrize(
    ("language", "expected_date", "expected_time"),
    [
        ("de", "5. März 2025", "18:30"),
        ("ar", "5 مارس، 2025", "6:30 م"),
        ("uk", "05 березня 2025 р.", "18:30"),
        ("ru", "5 марта 2025 г.", "18:30"),
        ("tr", "05 Mart 2025", "18:30"),
        ("en", "March 5, 2025", "6:30 p.m."),
    ],
)
def test_dates_and_times_follow_the_language(language, expected_date, expected_time):
    with translation.override(language):
        assert formats.date_format(datetime.date(2025, 3, 5)) == expected_date
        assert formats.time_format(datetime.time(18, 30)) == expected_time


def test_numbers_use_the_local_decimal_separator():
    with translation.override("de"):
        assert formats.localize(1234.5) == "1234,5"
    with translation.override("en"):
        assert formats.localize(1234.5) == "1234.5"
