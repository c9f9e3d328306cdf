"""The favicon, the web app manifest and the link previews, per language."""

import json
import re

import pytest
from django.test import Client
from wagtail.models import Locale

from cms.social import page_description


@pytest.mark.django_db
def test_favicon_redirects_to_the_static_icon():
    response = Client().get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("cms/icons/favicon.ico")
    assert "max-age=86400" in response["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "direction"), [("de", "ltr"), ("ar", "rtl"), ("fa", "rtl")])
def test_manifest_speaks_the_visitors_language(demo_home, code, direction):
    response = Client().get(f"/{code}/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    data = json.loads(response.content)
    assert (data["lang"], data["dir"], data["start_url"]) == (code, direction, f"/{code}/")
    sizes = {icon["sizes"] for icon in data["icons"]}
    assert {"192x192", "512x512", "any"} <= sizes


@pytest.mark.django_db
def test_pages_link_icons_and_manifest(demo_home):
    html = Client().get("/ar/").content.decode()
    assert '<link rel="manifest" href="/ar/manifest.webmanifest">' in html
    assert 'rel="icon" href="/static/cms/icons/favicon.svg"' in html
    assert 'rel="apple-touch-icon"' in html


def _meta(html, prop):
    found = re.findall(rf'<meta (?:property|name)="{re.escape(prop)}" content="([^"]*)">', html)
    return found


@pytest.mark.django_db
def test_open_graph_in_each_language(demo_home):
    german = Client().get("/de/").content.decode()
    arabic = Client().get("/ar/").content.decode()
    assert _meta(german, "og:title") == ["Willkommen im Quartier Prohlis"]
    assert _meta(arabic, "og:title") == ["أهلاً بكم في حي بروليس"]
    assert _meta(german, "og:locale") == ["de_DE"]
    assert _meta(arabic, "og:locale") == ["ar_AR"]
    # Only real translations are alternates; aliases (fa, uk, ru, tr) are not.
    assert sorted(_meta(german, "og:locale:alternate")) == ["ar_AR", "en_GB"]
    assert _meta(arabic, "og:url") == ["http://testserver/ar/"]
    # The description is the page's introduction, in the page's language, and
    # the same text as the search engines' description.
    (description,) = _meta(arabic, "og:description")
    assert description.startswith("تجدون هنا شبكات")
    assert _meta(arabic, "description") == [description]
    assert _meta(arabic, "twitter:card") == ["summary"]


@pytest.mark.django_db
def test_an_untranslated_page_points_previews_at_its_original(demo_home):
    turkish = Client().get("/tr/").content.decode()
    assert _meta(turkish, "og:url") == ["http://testserver/de/"]
    assert _meta(turkish, "og:locale") == ["tr_TR"]


@pytest.mark.django_db
def test_description_is_cleaned_and_short(demo_home):
    demo_home.search_description = ""
    demo_home.intro = "Erste Zeile\u202e umgedreht\n" + "lang " * 100
    description = page_description(demo_home)
    assert "\u202e" not in description and "\n" not in description
    assert len(description) <= 200
    demo_home.search_description = "Für Suchmaschinen"
    assert page_description(demo_home) == "Für Suchmaschinen"


@pytest.mark.django_db
def test_network_page_preview_has_its_image(demo_home, image):
    from tests.factories.networks import make_network_index, make_network_page

    network = make_network_page(
        make_network_index(demo_home),
        "Prohlis ist bunt",
        short_description="Willkommensnetzwerk",
        image=image,
        image_alt="Menschen am Tisch",
    )
    html = Client().get(network.url).content.decode()
    (url,) = _meta(html, "og:image")
    assert url.startswith("http://testserver/") and url.endswith(".jpg")
    # Cropped to the 1.91:1 of link previews (a small original is not enlarged).
    ((width,), (height,)) = _meta(html, "og:image:width"), _meta(html, "og:image:height")
    assert abs(int(width) / int(height) - 1200 / 630) < 0.02
    assert _meta(html, "og:image:alt") == ["Menschen am Tisch"]
    assert _meta(html, "twitter:card") == ["summary_large_image"]
    assert Locale.objects.count() == 7


@pytest.mark.django_db
def test_a_password_page_previews_nothing_of_the_page(demo_home):
    from wagtail.models import PageViewRestriction

    demo_home.search_description = "Geheime Beschreibung"
    demo_home.save_revision().publish()
    PageViewRestriction.objects.create(
        page=demo_home, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    html = Client().get("/de/").content.decode()
    assert "og:" not in html and "twitter:" not in html
    assert demo_home.title not in html and "Geheime Beschreibung" not in html
