"""API v2 page listings of mixed types cost the same queries for 3 or 30 pages."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import make_page

pytestmark = pytest.mark.django_db


def test_a_listing_of_any_length_takes_the_same_queries_and_hides_private_pages(demo_home):
    secret = make_page(demo_home, "Geheim", "geheim")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    client = Client()

    def listing():
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/v2/pages/?limit=50")
        assert response.status_code == 200
        items = response.json()["items"]
        assert all(item["meta"]["locale"] for item in items)
        assert secret.pk not in {item["id"] for item in items}
        return len(items), len(queries)

    for number in range(3):
        make_page(demo_home, f"Seite {number}", f"seite-{number}")
    few, few_queries = listing()
    for number in range(3, 30):
        make_page(demo_home, f"Seite {number}", f"seite-{number}")
    many, many_queries = listing()
    assert many == few + 27
    assert many_queries == few_queries <= 6
