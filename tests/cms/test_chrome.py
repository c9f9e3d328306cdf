"""The menu and the language versions carry what the templates read of them."""

import io

import pytest
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Site

from cms.templatetags.cms_tags import _read_chrome
from home.demo import synchronise_locale_trees
from tests.factories import make_page
from tests.factories.events import make_event_index

pytestmark = pytest.mark.django_db


def test_menu_items_and_versions_are_read_without_further_queries(demo_home):
    page = make_page(demo_home, "Kontakt", "kontakt")
    synchronise_locale_trees(io.StringIO())  # aliases of the page in every other language
    request = RequestFactory().get(page.url)
    request._wagtail_site = Site.objects.get(is_default_site=True)  # as cms.sites gives it
    page.get_url(request)  # the site root paths, cached once
    with translation.override("fa"):
        menu, versions = _read_chrome(demo_home, page)
        assert {version.locale.language_code for version in versions} >= {"de", "fa"}
        with CaptureQueriesContext(connection) as queries:
            for row in [*menu, *versions]:
                row.title, row.url_path, row.live, row.show_in_menus  # noqa: B018
                row.pk, row.locale_id, row.alias_of_id, row.translation_key  # noqa: B018
                row.locale.language_code, row.get_url(request), row.depth, row.path  # noqa: B018
        assert [q["sql"] for q in queries] == []


def test_pages_in_every_language_render_with_the_menu(demo_home):
    page = make_event_index(demo_home)
    synchronise_locale_trees(io.StringIO())
    client = Client()
    for code in ("de", "ar", "fa"):
        response = client.get(f"/{code}/{page.slug}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert 'hreflang="x-default"' in html
        assert page.title in html
