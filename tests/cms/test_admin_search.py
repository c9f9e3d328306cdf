"""The admin's searches take any text too: the backend itself sees only plain words."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from modelsearch.query import Phrase, PlainText

from cms.search_backend import plain_words

HOSTILE = ['"', '"Begegnungscafé', "Begegnungscafé AND", "NOT (", "*", "-", "a:b", "'"]
ADMIN_SEARCHES = [
    "/admin/pages/search/",
    "/admin/pages/",
    "/admin/snippets/networks/organisation/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/choose-page/search/",
    "/admin/users/",
]


@pytest.fixture
def admin_client_with_demo(client, django_user_model):
    call_command("load_demo", verbosity=0)
    client.force_login(django_user_model.objects.create_superuser("admin", password="pw"))
    return client


@pytest.mark.django_db
def test_admin_searches_answer_any_text(admin_client_with_demo):
    client = admin_client_with_demo
    statuses = {
        (url, query): client.get(url, {"q": query}).status_code
        for url in ADMIN_SEARCHES
        for query in HOSTILE
    }
    assert set(statuses.values()) == {200}, statuses
    # A quoted title with an operator still finds the page.
    response = client.get("/admin/pages/search/", {"q": '"Begegnungscafé AND'})
    assert "Begegnungscafé" in response.content.decode()


@pytest.mark.django_db
def test_the_page_search_counts_pages_not_none(admin_client_with_demo):
    response = admin_client_with_demo.get(
        "/admin/pages/search/", {"q": "Deutschtreff"}, HTTP_ACCEPT_LANGUAGE="de"
    )
    header = " ".join(
        BeautifulSoup(response.content, "html.parser").select_one("th.title").text.split()
    )
    assert re.search(r"1-\d+ von \d+ Seite", header), header
    assert "None" not in header


def test_query_objects_keep_their_kind_and_lose_the_syntax():
    assert plain_words('"Café" AND') == "Café"
    text = plain_words(PlainText('deutsch" OR', operator="or"))
    assert (type(text), text.query_string, text.operator) == (PlainText, "deutsch", "or")
    assert plain_words(Phrase('"Nähcafé')).query_string == "Nähcafé"
