"""What visitors see: fallbacks for untranslated pages and the sitemap.

Local date formats are tested where our code writes dates (``tests/events/test_schedule_text.py``).
"""

import re
import xml.etree.ElementTree as ET

import pytest
from django.test import Client
from django.utils import translation

from tests.factories.i18n import translation_of

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def main_of(html):
    return re.search(r'<main id="main".*?</main>', html, re.S).group(0)


def test_alias_is_reachable_in_the_visitors_language_and_marked_german(translated_page_tree):
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


def test_notice_is_in_the_visitors_language(translated_page_tree):
    with translation.override("fa"):
        expected = translation.gettext(
            "This page has not been translated into your language yet. "
            "You are reading the original:"
        )
    html = Client().get("/fa/").content.decode()
    assert expected in main_of(html)


def test_nested_alias_pages_are_reachable(translated_page_tree):
    response = Client().get("/tr/netzwerk-familie/elterncafe/")
    assert response.status_code == 200
    assert "Elterncafé" in response.content.decode()
    assert response.context["page"].alias_of_id == translated_page_tree.meeting.pk


def test_translated_pages_have_no_notice(translated_page_tree):
    for url in ("/ar/", "/de/", "/en/"):
        html = Client().get(url).content.decode()
        assert "notice--translation" not in html, url
        assert '<div class="page-content">' in html, url
        assert 'rel="canonical"' not in html, url
    assert "شبكة العائلة" in Client().get("/ar/netzwerk-familie/").content.decode()


def test_translation_without_translated_strings_still_shows_the_notice(translated_page_tree):
    from cms.translation import translate_instance

    translate_instance(translated_page_tree.home, "ru", {})
    assert translation_of(translated_page_tree.home, "ru").alias_of_id is None
    html = Client().get("/ru/").content.decode()
    assert "notice--translation" in html
    assert '<div class="page-content" lang="de" dir="ltr">' in html


def test_hreflang_skips_aliases_and_the_switcher_marks_them(translated_page_tree):
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


def test_mixed_content_is_isolated(translated_page_tree):
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


def test_sitemap_lists_every_locales_pages_with_alternates(translated_page_tree):
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


def test_sitemap_queries_are_bounded(translated_page_tree, django_assert_max_num_queries):
    from tests.factories import make_page

    for number in range(10):
        make_page(translated_page_tree.home, f"Seite {number}", f"seite-{number}")
    with django_assert_max_num_queries(15):
        # German: home, network, meeting, contact and ten more; en and ar home, ar network.
        assert len(sitemap_entries()) == 4 + 10 + 3
