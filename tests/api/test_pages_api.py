"""Headless API basics: localization info, filters, limits, drafts, CORS, preview."""

import pytest
from django.test import override_settings
from wagtail.models import Locale, Page, PageViewRestriction

from home.models import HomePage


def page_ids(items):
    return {item["id"] for item in items}


@pytest.mark.django_db
def test_v2_items_carry_locale_direction_and_translations(client, demo_home):
    response = client.get("/api/v2/pages/?type=home.HomePage&fields=localization&locale=ar")
    assert response.status_code == 200
    (item,) = response.json()["items"]
    localization = item["localization"]
    assert localization["locale"] == "ar"
    assert localization["direction"] == "rtl"
    assert localization["is_alias"] is False
    links = {link["locale"]: link for link in localization["translations"]}
    assert links["de"]["id"] == demo_home.pk and links["de"]["url"] == "/de/"
    assert links["en"]["url"] == "/en/"


@pytest.mark.django_db
def test_v2_translation_of_filter(client, demo_home):
    response = client.get(f"/api/v2/pages/?translation_of={demo_home.pk}")
    assert response.status_code == 200
    locales = {item["meta"]["locale"] for item in response.json()["items"]}
    assert {"en", "ar"} <= locales
    assert "de" not in locales


@pytest.mark.django_db
def test_v3_detail_is_typed_and_localized(client, demo_home):
    ar_home = demo_home.get_translation(Locale.objects.get(language_code="ar"))
    response = client.get(f"/api/v3/pages/{ar_home.pk}/")
    assert response.status_code == 200
    body = response.json()
    assert body["localization"]["direction"] == "rtl"
    assert body["title"] == "أهلاً بكم في حي بروليس"
    schema = client.get("/api/v3/openapi.json").json()
    components = schema["components"]["schemas"]
    assert "Localization" in components
    assert components["Localization"]["properties"]["direction"]["type"] == "string"


@pytest.mark.django_db
def test_drafts_and_private_pages_never_leak_anonymously(client, demo_home):
    draft = HomePage(title="Geheimer Entwurf", slug="entwurf", live=False)
    Page.get_first_root_node().add_child(instance=draft)
    private = Page(title="Nur intern", slug="intern")
    demo_home.add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    demo_home.title = "Unveröffentlichte Überschrift"
    demo_home.save_revision()  # a newer draft revision of a live page

    v2 = client.get("/api/v2/pages/?limit=100").json()["items"]
    v3 = client.get("/api/v3/pages/?limit=100").json()["items"]
    for items in (v2, v3):
        assert draft.pk not in page_ids(items)
        assert private.pk not in page_ids(items)
        assert all(item["title"] != "Unveröffentlichte Überschrift" for item in items)
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v3/pages/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v3/pages/{private.pk}/").status_code == 404
    assert (
        client.get(f"/api/v3/pages/{demo_home.pk}/").json()["title"]
        != "Unveröffentlichte Überschrift"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?limit=abc",
        "/api/v2/pages/?limit=100000",
        "/api/v2/pages/?locale=xx",
        "/api/v2/pages/?type=nope.Nope",
        "/api/v3/pages/?limit=-1",
        "/api/v3/pages/?type=nope.Nope",
    ],
)
def test_bad_parameters_answer_4xx_with_a_message(client, demo_home, url):
    response = client.get(url)
    assert 400 <= response.status_code < 500
    assert response.json()


@pytest.mark.django_db
def test_cors_is_closed_by_default(client, demo_home):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://app.example.org")
    assert "access-control-allow-origin" not in response.headers


@pytest.mark.django_db
@override_settings(CORS_ALLOWED_ORIGINS=["https://app.example.org"])
def test_cors_allows_configured_origins_on_the_api_only(client, demo_home):
    response = client.get("/api/v3/pages/", HTTP_ORIGIN="https://app.example.org")
    assert response.headers["access-control-allow-origin"] == "https://app.example.org"
    other = client.get("/api/v3/pages/", HTTP_ORIGIN="https://evil.example.com")
    assert "access-control-allow-origin" not in other.headers
    page = client.get("/de/", HTTP_ORIGIN="https://app.example.org")
    assert "access-control-allow-origin" not in page.headers


@pytest.mark.django_db
def test_preview_is_wagtails_own_without_a_frontend(admin_client, demo_home):
    response = demo_home.serve_preview(admin_client.get("/").wsgi_request, "")
    html = response.render().content.decode()
    assert response.status_code == 200
    assert "Willkommen im Quartier Prohlis" in html


@pytest.mark.django_db
def test_preview_goes_to_the_frontend_when_configured(admin_client, demo_home, settings):
    settings.HEADLESS_PREVIEW_URL = "https://frontend.example.org"
    settings.WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": {"default": "https://frontend.example.org"}}
    response = demo_home.serve_preview(admin_client.get("/").wsgi_request, "")
    html = response.content.decode()
    assert "https://frontend.example.org/?content_type=home.homepage" in html
    assert "token=" in html


@pytest.mark.django_db
def test_rich_text_links_to_pages_are_resolved(client, demo_home):
    target = Page(title="Kontakt", slug="kontakt")
    demo_home.add_child(instance=target)
    target.save_revision().publish()
    demo_home.body = [
        ("paragraph", f'<p>Siehe <a linktype="page" id="{target.pk}">Kontakt</a>.</p>')
    ]
    demo_home.save_revision().publish()
    for url in (f"/api/v3/pages/{demo_home.pk}/", f"/api/v2/pages/{demo_home.pk}/"):
        body = client.get(url).json()["body"]
        assert body[0]["value"] == '<p>Siehe <a href="/de/kontakt/">Kontakt</a>.</p>', url
    raw = client.get(f"/api/v3/pages/{demo_home.pk}/?rich_text_format=db_html").json()["body"]
    assert 'linktype="page"' in raw[0]["value"]


@pytest.mark.django_db
def test_streamfields_are_typed_in_the_v3_schema(client, demo_home):
    components = client.get("/api/v3/openapi.json").json()["components"]["schemas"]
    body = components["NetworkPageSchema"]["properties"]["body"]
    mapping = body["items"]["discriminator"]["mapping"]
    assert {"heading", "paragraph", "project_list", "volunteer_call", "timeline"} <= set(mapping)
    heading_item = components[mapping["heading"].rsplit("/", 1)[-1]]
    assert heading_item["properties"]["type"]["const"] == "heading"
    heading = heading_item["properties"]["value"]["anyOf"][0]["$ref"].rsplit("/", 1)[-1]
    assert set(components[heading]["properties"]) == {"text", "level", "anchor"}
    # The typed schema still accepts what the API sends.
    response = client.get(f"/api/v3/pages/{demo_home.pk}/")
    assert response.status_code == 200
    assert [block["type"] for block in response.json()["body"]] == [
        "week_ahead",
        "paragraph",
        "networks_glance",
        "languages",
    ]
