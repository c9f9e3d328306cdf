"""Snippet lists open on the user's own language; "All" shows every one, with a column."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale

from cms import roles
from cms.snippet_listing import own_locale
from events.models import Category
from networks.models import Organisation
from tests.factories import make_user


@pytest.fixture
def categories(demo_home):
    roles.setup_roles()
    locales = {code: Locale.objects.get(language_code=code) for code in ("de", "en", "ar")}
    Category.objects.create(name="Sprachcafé", locale=locales["de"])
    Category.objects.create(name="Language café", locale=locales["en"])
    Category.objects.create(name="مقهى اللغة", locale=locales["ar"])
    return locales


def listing(client, user, url_name, query=""):
    client.force_login(user)
    response = client.get(reverse(url_name) + query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    table = soup.select_one("table.listing")
    headings = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    rows = [row.get_text(" ", strip=True) for row in table.select("tbody tr")]
    return headings, rows


CATEGORIES = "wagtailsnippets_events_category:list"


@pytest.mark.django_db
def test_an_editor_sees_the_german_categories_only(client, categories):
    editor = make_user("redaktion", Group.objects.get(name=roles.EDITORS_GROUP))
    headings, rows = listing(client, editor, CATEGORIES)
    assert len(rows) == 1 and "Sprachcafé" in rows[0]
    assert "Sprache" not in " ".join(headings)


@pytest.mark.django_db
def test_all_languages_come_with_a_language_column(client, categories):
    admin = make_user("admin", superuser=True)
    client.force_login(admin)
    response = client.get(reverse(CATEGORIES), {"locale": ""}, HTTP_ACCEPT_LANGUAGE="de")
    soup = BeautifulSoup(response.content, "html.parser")
    rows = [row.get_text(" ", strip=True) for row in soup.select("table.listing tbody tr")]
    assert len(rows) == 3
    # Each language in its own name, as Wagtail's locale filter shows it.
    assert any("English" in row and "Language café" in row for row in rows)
    headings = [th.get_text(" ", strip=True) for th in soup.select("table.listing thead th")]
    assert headings.index("Sprache") == headings.index("Name") + 1


@pytest.mark.django_db
def test_another_language_can_be_chosen(client, categories):
    admin = make_user("admin", superuser=True)
    _headings, rows = listing(client, admin, CATEGORIES, "?locale=en")
    assert len(rows) == 1 and "Language café" in rows[0]


@pytest.mark.django_db
def test_a_translator_opens_on_their_language(client, categories):
    translator = make_user("ar", Group.objects.get(name=roles.translator_group_name("ar")))
    assert own_locale(translator) == categories["ar"]
    _headings, rows = listing(client, translator, CATEGORIES)
    assert len(rows) == 1 and "مقهى اللغة" in rows[0]


@pytest.mark.django_db
def test_organisations_open_on_german_too(client, categories):
    Organisation.objects.create(
        name="Ortsamt Prohlis", kind="district_office", locale=categories["de"]
    )
    Organisation.objects.create(
        name="District office", kind="district_office", locale=categories["en"]
    )
    admin = make_user("admin", superuser=True)
    _headings, rows = listing(client, admin, "wagtailsnippets_networks_organisation:list")
    assert len(rows) == 1 and "Ortsamt Prohlis" in rows[0]


@pytest.mark.django_db
def test_an_unknown_language_in_the_query_is_no_error(client, categories):
    admin = make_user("admin", superuser=True)
    client.force_login(admin)
    response = client.get(reverse(CATEGORIES), {"locale": "xx\u202e"})
    assert response.status_code in (200, 404)
