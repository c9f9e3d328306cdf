"""``networks`` in a Wagtail site without ``events`` and without this site's ``home``."""

import sys

import pytest
from django.apps import apps
from django.test import Client
from wagtail.models import Locale, Page, Site

from networks.models import NetworkIndexPage, NetworkPage, VolunteerFormPage
from tests.factories import make_user
from tests.factories.networks import make_network_index, make_network_page, make_organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(db):
    """A published network of two organisations below a plain page at the site's root."""
    german = Locale.objects.get_or_create(language_code="de")[0]
    root = Page.get_first_root_node()
    Page.objects.filter(pk=root.pk).update(locale=german)
    home = Page(title="Start", slug="start", locale=german)
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "testserver"}
    )
    index = make_network_index(home, title="Netzwerke im Quartier")
    return make_network_page(
        index,
        "Willkommensnetzwerk",
        members=[(make_organisation("Ortsamt"), "Koordination"), make_organisation("Kita Sonne")],
        founded_year=2014,
        founded_season="spring",
    )


def test_events_is_not_installed_and_never_imported(network):
    assert apps.is_installed("networks")
    assert not apps.is_installed("events")
    assert not apps.is_installed("home")
    Client().get(network.get_url())
    Client().get("/api/v2/pages/?type=networks.NetworkPage&fields=*")
    assert not [name for name in sys.modules if name.split(".")[0] in {"events", "home"}]


def test_the_index_and_the_network_page_render_in_german(network):
    index = network.get_parent().specific
    listing = Client().get(index.get_url())
    assert listing.status_code == 200
    assert "Willkommensnetzwerk" in listing.text
    page = Client().get(network.get_url())
    assert page.status_code == 200
    assert 'lang="de"' in page.text
    assert "Ortsamt" in page.text and "Koordination" in page.text
    assert "Frühjahr 2014" in page.text  # the founding season from the networks catalogue


def test_a_translation_renders_right_to_left(network):
    arabic = Locale.objects.create(language_code="ar")
    network.get_parent().get_parent().copy_for_translation(arabic).save_revision().publish()
    network.get_parent().copy_for_translation(arabic).save_revision().publish()
    translation = network.copy_for_translation(arabic)
    translation.save_revision().publish()
    response = Client().get(translation.get_url())
    assert response.status_code == 200
    assert 'dir="rtl"' in response.text


def test_the_api_lists_network_pages_with_their_fields(network):
    response = Client().get("/api/v2/pages/?type=networks.NetworkPage&fields=*")
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["title"] == "Willkommensnetzwerk"
    assert item["short_description"] == network.short_description


def test_editors_create_a_network_in_the_admin(network):
    client = Client()
    client.force_login(make_user("admin", superuser=True))
    index = network.get_parent()
    add = client.get(f"/admin/pages/add/networks/networkpage/{index.pk}/")
    assert add.status_code == 200
    edit = client.get(f"/admin/pages/{network.pk}/edit/")
    assert edit.status_code == 200
    assert "Willkommensnetzwerk" in edit.text


def test_the_volunteer_form_renders_without_events(network):
    form_page = VolunteerFormPage(title="Mitmachen", slug="mitmachen")
    network.add_child(instance=form_page)
    form_page.save_revision().publish()
    response = Client().get(form_page.get_url())
    assert response.status_code == 200
    assert NetworkIndexPage.objects.count() == 1
    assert NetworkPage.objects.live().count() == 1
