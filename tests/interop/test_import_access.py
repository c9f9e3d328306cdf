"""Who may import a calendar in the admin, and into which event index."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from cms import roles
from events.ical.admin import can_import, importable_indexes
from events.models import EventPage
from home.demo import synchronise_locale_trees
from tests.factories import make_user
from tests.ical_files import FILES
from tests.interop.uploads import confirm_fields, preview

URL = reverse("events_import_ics")


@pytest.fixture
def event_index_with_aliases(event_index):
    """The German index and its copies in the other languages (aliases)."""
    synchronise_locale_trees(io.StringIO())
    return event_index


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_redaktion_may_import_and_sees_only_the_german_index(event_index_with_aliases):
    editor = make_user("redakteurin", Group.objects.get(name=roles.EDITORS_GROUP))
    assert can_import(editor)
    assert list(importable_indexes(editor)) == [event_index_with_aliases]
    client = client_for(editor)
    response = client.get(URL)
    assert response.status_code == 200
    choices = [str(label) for _value, label in response.context["form"].fields["index"].choices]
    assert choices.count(event_index_with_aliases.title) == 1
    # The header names the page, not just "Home".
    with translation.override("de"):
        title = gettext("Import calendar")
    assert [item["label"] for item in response.context["breadcrumbs_items"]][-1] == title
    data = (FILES / "rfc_series.ics").read_bytes()
    response = preview(client, URL, data, index=event_index_with_aliases.pk)
    assert EventPage.objects.child_of(event_index_with_aliases).count() == 0
    response = client.post(URL, confirm_fields(response))
    assert response.status_code == 302
    assert EventPage.objects.child_of(event_index_with_aliases).count() == 8


@pytest.mark.django_db
def test_another_languages_index_is_no_target(event_index_with_aliases):
    arabic = event_index_with_aliases.get_translation(Locale.objects.get(language_code="ar"))
    admin = make_user("admin", superuser=True)
    assert arabic not in importable_indexes(admin)
    good = SimpleUploadedFile("good.ics", (FILES / "rfc_series.ics").read_bytes())
    response = client_for(admin).post(URL, {"file": good, "index": arabic.pk})
    assert response.status_code == 200
    assert "index" in response.context["form"].errors
    assert EventPage.objects.filter(locale__language_code="de").count() == 0


@pytest.mark.django_db
def test_translators_and_strangers_may_not_import(event_index_with_aliases):
    translator = make_user("ar", Group.objects.get(name=roles.translator_group_name("ar")))
    nobody = make_user("nobody")
    for user in (translator, nobody):
        assert not can_import(user)
        assert client_for(user).get(URL).status_code in (302, 403)
    assert Client().get(URL).status_code == 302  # to the login page
