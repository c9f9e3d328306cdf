"""Every page exists in every locale: an alias until it is translated."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

from cms.translation import translate_instance
from home.demo import synchronise_locale_trees
from tests.factories.i18n import translation_of

pytestmark = pytest.mark.django_db


def test_every_locale_follows_the_german_tree(translated_page_tree):
    german = Locale.objects.get(language_code="de")
    syncs = LocaleSynchronization.objects.select_related("locale", "sync_from")
    assert {sync.locale.language_code for sync in syncs} == {"en", "ar", "fa", "uk", "ru", "tr"}
    assert {sync.sync_from_id for sync in syncs} == {german.pk}
    for code in ("en", "ar", "fa", "uk", "ru", "tr"):
        for page in (
            translated_page_tree.home,
            translated_page_tree.network,
            translated_page_tree.meeting,
            translated_page_tree.contact,
        ):
            assert translation_of(page, code) is not None, (page, code)
    assert (
        translation_of(translated_page_tree.contact, "fa").alias_of_id
        == translated_page_tree.contact.pk
    )
    meeting_fa = translation_of(translated_page_tree.meeting, "fa")
    assert meeting_fa.get_parent().pk == translation_of(translated_page_tree.network, "fa").pk


def test_translating_an_alias_converts_it(translated_page_tree):
    alias = translation_of(translated_page_tree.contact, "uk")
    assert alias.alias_of_id == translated_page_tree.contact.pk
    translated = translate_instance(translated_page_tree.contact, "uk", {"Kontakt": "Контакт"})
    assert translated.pk == alias.pk
    translated.refresh_from_db()
    assert translated.alias_of_id is None
    assert translated.title == "Контакт"
    assert translated.live


def test_synchronising_again_creates_nothing(translated_page_tree):
    count = Page.objects.count()
    assert synchronise_locale_trees(io.StringIO()) == 0
    assert Page.objects.count() == count


def test_load_demo_builds_every_locale_tree_and_stays_idempotent(capsys):
    call_command("load_demo")
    count = Page.objects.count()
    capsys.readouterr()
    call_command("load_demo")
    assert "nothing new was created" in capsys.readouterr().out
    assert Page.objects.count() == count
    home = Page.objects.get(depth=2, locale__language_code="de")
    codes = set(home.get_translations().values_list("locale__language_code", flat=True))
    assert codes == {"en", "ar", "fa", "uk", "ru", "tr"}
    assert translation_of(home, "tr").alias_of_id == home.pk
    assert translation_of(home, "ar").alias_of_id is None
