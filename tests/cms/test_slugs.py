"""New pages get slugs in plain Latin letters, umlauts written out."""

import pytest
from wagtail.models import Locale, Page

from cms.slugs import TransliteratingSlugInput, ascii_slug
from tests.factories.events import make_event_index, make_event_page


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Nähcafé", "naehcafe"),
        ("Straßenfest", "strassenfest"),
        ("ÖFFNUNGSZEITEN Übersicht", "oeffnungszeiten-uebersicht"),
        ("Begegnungscafé", "begegnungscafe"),
        ("Çay saati", "cay-saati"),
        ("مقهى اللقاء", ""),
        ("  ", ""),
    ],
)
def test_ascii_slug(text, slug):
    assert ascii_slug(text) == slug


@pytest.mark.django_db
def test_a_new_page_from_its_title_gets_umlauts_written_out(demo_home):
    index = make_event_index(demo_home)
    page = make_event_page(index, "Nähcafé")  # the factory slugifies as Wagtail does: "nahcafe"
    assert page.slug == "naehcafe"
    assert page.url.endswith("/naehcafe/")


@pytest.mark.django_db
def test_a_typed_slug_with_umlauts_is_written_out_and_stays_unique(demo_home):
    index = make_event_index(demo_home)
    first = Page(title="Nähcafé", slug="nähcafé")
    index.add_child(instance=first)
    second = Page(title="Nähcafé", slug="nähcafé")
    index.add_child(instance=second)
    assert (first.slug, second.slug) == ("naehcafe", "naehcafe-2")


@pytest.mark.django_db
def test_existing_pages_and_translations_keep_their_slugs(demo_home):
    index = make_event_index(demo_home)
    page = Page(title="Café", slug="mein-cafe")
    index.add_child(instance=page)
    assert page.slug == "mein-cafe"
    Page.objects.filter(pk=page.pk).update(slug="nähcafé")
    page.refresh_from_db()
    page.title = "Nähcafé neu"
    page.save()
    assert page.slug == "nähcafé"  # an address already out there is not changed
    arabic = Locale.objects.get(language_code="ar")
    translated = index.copy_for_translation(arabic, copy_parents=True)
    assert translated.slug == index.slug


def test_the_admin_slug_field_writes_umlauts_out():
    attrs = TransliteratingSlugInput().attrs
    assert '"ae"' in attrs["data-w-slug-formatters-value"]
    assert '"ss"' in attrs["data-w-slug-formatters-value"]
