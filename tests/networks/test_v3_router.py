"""``/api/v3/networks/``: the networks of a locale with their members, in one request."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


@pytest.mark.django_db
def test_lists_the_five_demo_networks_with_members(client, demo):
    response = client.get("/api/v3/networks/")
    assert response.status_code == 200
    body = response.json()
    assert body["meta"]["total_count"] == 5
    titles = [item["title"] for item in body["items"]]
    assert titles[0] == "Prohlis ist bunt"
    bunt = body["items"][0]
    assert bunt["founded"]["display"] == "Frühjahr 2014"
    assert bunt["members"] and all(member["name"] for member in bunt["members"])
    kinet = next(item for item in body["items"] if item["status"]["code"] == "continued_elsewhere")
    assert "KiNet" in kinet["status"]["successor"]["name"]

    body = client.get("/api/v3/networks/?locale=ar").json()
    assert body["meta"]["total_count"] == 5
    assert all(item["locale"] == "ar" for item in body["items"])
    assert body["items"][0]["url"].startswith("/ar/netzwerke/")
    assert body["items"][0]["founded"]["display"] == "ربيع 2014"


@pytest.mark.django_db
def test_queries_bad_parameters_and_schema(client, demo):
    with CaptureQueriesContext(connection) as two:
        client.get("/api/v3/networks/?limit=2")
    with CaptureQueriesContext(connection) as five:
        client.get("/api/v3/networks/?limit=5")
    assert len(five) - len(two) <= 2

    for query, status in [
        ("locale=xx", 400),
        ("limit=0", 422),
        ("limit=501", 422),
        ("offset=-1", 422),
    ]:
        response = client.get(f"/api/v3/networks/?{query}")
        assert response.status_code == status, query
        assert response.json()["detail"], query

    schema = client.get("/api/v3/openapi.json").json()
    assert "/api/v3/networks/" in schema["paths"]
    assert "NetworkItem" in schema["components"]["schemas"]
