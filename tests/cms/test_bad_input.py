"""Bad query parameters anywhere give a clear 4xx answer, never a server error."""

import io

import pytest
from django.core.management import call_command

BAD_URLS = [
    "/de/search/?q=%00%ff",
    "/de/search/?q=x&page=abc",
    "/de/veranstaltungen/?month=abc",
    "/de/veranstaltungen/?view=month&month=99999-01",
    "/de/veranstaltungen/?page=-1",
    "/de/veranstaltungen/?network=abc",
    "/de/veranstaltungen/?language=zz&free=maybe",
    "/de/netzwerke/?topic=x",
    "/feeds/events.ics?locale=xx",
    "/feeds/events.ics?network=99999999999999999999",
    "/feeds/events/abc.ics",
    "/api/v2/pages/?search=%00",
    "/api/v2/pages/?offset=99999999999999999999",
    "/api/v2/pages/?limit=99999999999999999999",
    "/api/v2/pages/?order=foo",
    "/api/v2/pages/?child_of=abc",
    "/api/v3/pages/?offset=99999999999999999999",
    "/api/v3/events/occurrences/?start=2026-13-01&end=2026-12-01",
    "/api/v3/events/occurrences/?start=2026-01-01&end=2029-01-01",
    "/api/v3/networks/?offset=99999999999",
    "/api/v3/events/occurrences/?start=0001-01-01&end=0001-02-01",
    "/api/v3/events/occurrences/?start=9999-12-01&end=9999-12-31",
    "/api/v3/events/occurrences/?start=%D9%A2%D9%A0%D9%A2%D9%A6-11-01&end=2026-11-30",
    "/de/veranstaltungen/?view=month&month=9999-12",
    "/de/veranstaltungen/?view=month&month=0001-01",
    "/de/veranstaltungen/?view=month&month=%D9%A2%D9%A0%D9%A2%D9%A6-01",
    "/api/v2/pages/?search=Treff&search_operator=foo",
    "/api/v3/pages/?search=Treff&search_operator=foo",
    "/de/search/?q=x&type=foo",
    "/de/veranstaltungen/programm/?week=2026-W99",
    "/de/veranstaltungen/programm/?week=%D9%A2%D9%A0%D9%A2%D9%A6-W49",
    "/de/veranstaltungen/programm/?week=9999-W01&format=pdf",
    "/de/veranstaltungen/programm/?week=2026-W49&format=docx",
]

#: Numbers people and programs send instead of ids and page sizes: "²" (``isdigit()``
#: is true, ``int()`` fails), Arabic-Indic "١٢" (``int()`` reads 12), beyond 64 bits.
BAD_NUMBERS = ["%C2%B2", "%D9%A1%D9%A2", "99999999999999999999"]
OCCURRENCES = "/api/v3/events/occurrences/?start=2026-11-01&end=2026-11-30&"
NUMBER_URLS = [
    "/de/search/?q=Treff&page={}",
    "/de/veranstaltungen/?page={}",
    "/de/veranstaltungen/?network={}",
    "/de/veranstaltungen/?category={}",
    "/feeds/events.ics?network={}",
    "/feeds/events.ics?category={}",
    "/feeds/events/{}.ics",
    "/api/v2/pages/{}/",
    "/api/v2/pages/?limit={}",
    "/api/v2/pages/?offset={}",
    "/api/v2/pages/?id={}",
    "/api/v2/pages/?child_of={}",
    "/api/v2/pages/?descendant_of={}",
    "/api/v2/pages/?ancestor_of={}",
    "/api/v2/pages/?translation_of={}",
    "/api/v2/images/?id={}",
    "/api/v3/pages/{}/",
    "/api/v3/pages/?limit={}",
    "/api/v3/pages/?offset={}",
    "/api/v3/pages/?id={}",
    "/api/v3/pages/?child_of={}",
    "/api/v3/pages/?descendant_of={}",
    "/api/v3/pages/?translation_of={}",
    OCCURRENCES + "network={}",
    OCCURRENCES + "category={}",
    OCCURRENCES + "limit={}",
    OCCURRENCES + "offset={}",
    "/api/v3/networks/?limit={}",
    "/api/v3/networks/?offset={}",
]
BAD_URLS += [url.format(number) for url in NUMBER_URLS for number in BAD_NUMBERS]


@pytest.mark.django_db
def test_bad_parameters_never_cause_a_server_error(client):
    call_command("load_demo", verbosity=0, stdout=io.StringIO())
    answers = {url: client.get(url).status_code for url in BAD_URLS}
    assert all(status < 500 for status in answers.values()), answers
    assert {url: status for url, status in answers.items() if not 400 <= status < 500} == {}


@pytest.mark.django_db
def test_nul_characters_get_a_page_in_the_visitors_language(demo_home, client):
    response = client.get("/ar/search/?q=%00")
    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "طلب غير صالح" in html
    api = client.get("/api/v2/pages/?search=%00")
    assert api.status_code == 400
    assert "NUL" in api.json()["message"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("v2_query", "v3_query", "name_v2", "name_v3"),
    [
        ("offset=99999999999999999999", "offset=99999999999999999999", "offset", "offset"),
        # int() would read "١٢" as page 12 and answer its children.
        ("child_of=%D9%A1%D9%A2", "id=%D9%A1%D9%A2", "child_of", "id"),
    ],
)
def test_bad_numbers_answer_in_each_apis_format(
    demo_home, client, v2_query, v3_query, name_v2, name_v3
):
    v2 = client.get(f"/api/v2/pages/?{v2_query}")
    assert v2.status_code == 400 and name_v2 in v2.json()["message"]
    v3 = client.get(f"/api/v3/pages/?{v3_query}")
    assert v3.status_code == 422
    assert v3.headers["Content-Type"] == "application/problem+json"
    assert v3.json()["errors"][0]["loc"] == ["query", name_v3]


@pytest.mark.django_db
def test_ids_written_in_ascii_still_work(demo_home, client):
    assert client.get(f"/api/v2/pages/?child_of={demo_home.pk}").status_code == 200
    assert client.get("/api/v2/pages/?child_of=root").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "host", ["evil.example", "a" * 300, "[::1]:99999", "\u202eexample.com", "ex ample.com"]
)
def test_a_host_outside_allowed_hosts_gets_the_400_page_not_a_server_error(
    demo_home, settings, host
):
    from django.test import Client

    settings.ALLOWED_HOSTS = ["testserver"]
    client = Client(raise_request_exception=False)
    for path in ("/de/", "/ar/", "/api/v2/pages/", "/sitemap.xml"):
        assert client.get(path, HTTP_HOST=host).status_code == 400
