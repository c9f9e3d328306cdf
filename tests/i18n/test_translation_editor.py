"""What a translator sees in wagtail-localize's editor: only words, each with its context,
and the editor's own words and dates in the translator's language."""

import html
import io
import json
import re
from datetime import date

import pytest
import time_machine
from django.contrib.auth.models import Group
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from cms import roles
from cms.translation import translate_instance
from home.demo import synchronise_locale_trees
from tests.factories import make_user
from tests.factories.events import make_event_index, make_event_page
from tests.factories.networks import make_network_index, make_network_page

#: When the German page is published (the editor shows this date).
PUBLISHED = "2026-11-18T10:00:00+01:00"


@pytest.fixture
def arabic_event(demo_home):
    roles.setup_roles()
    network = make_network_page(make_network_index(demo_home), "Willkommensnetzwerk")
    index = make_event_index(demo_home)
    with time_machine.travel(PUBLISHED, tick=False):
        page = make_event_page(
            index,
            "Nähcafé",
            start_date=date(2026, 11, 2),
            organiser=network,
            exceptions=[
                {"original_date": date(2026, 12, 7), "action": "cancelled", "note": "Ausflug"},
                {"original_date": date(2026, 12, 14), "action": "note", "note": "Im Garten"},
            ],
        )
    synchronise_locale_trees(io.StringIO())
    translate_instance(network, "ar", {"Willkommensnetzwerk": "شبكة الترحيب"})
    return translate_instance(page, "ar", {"Nähcafé": "مقهى الخياطة"})


def editor(client, page, language):
    translator = make_user(
        f"ar-{language}", Group.objects.get(name=roles.translator_group_name("ar"))
    )
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = language
    profile.save()
    client.force_login(translator)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    body = response.content.decode()
    props = json.loads(html.unescape(re.search(r'data-props="([^"]*)"', body).group(1)))
    return body, props


@pytest.mark.django_db
def test_only_words_with_the_date_they_belong_to(client, arabic_event):
    _body, props = editor(client, arabic_event, "de")
    sources = {segment.get("source") for segment in props["segments"]}
    assert "Ausflug" in sources and "Im Garten" in sources
    # The slug and the organising network are not the translator's to choose.
    assert "naehcafe" not in sources
    fields = [segment["location"]["field"] for segment in props["segments"]]
    assert "Kurzer Name" not in " ".join(fields)
    assert not any(segment["type"] == "synchronised_value" for segment in props["segments"])
    labels = {segment["source"]: segment["location"]["field"] for segment in props["segments"]}
    assert labels["Ausflug"] == "Ausnahme am 7. Dezember 2026: Fällt aus"
    assert labels["Im Garten"].startswith("Ausnahme am 14. Dezember 2026")
    assert "None" not in json.dumps(props, ensure_ascii=False).replace('": null', "")


@pytest.mark.django_db
def test_the_editors_own_words_and_dates_are_in_the_users_language(client, arabic_event):
    body, props = editor(client, arabic_event, "de")
    assert props["object"]["lastPublishedDate"] == "18. November 2026"
    words = json.loads(
        re.search(r'id="cms-translation-editor-words"[^>]*>(.*?)</script>', body).group(1)
    )
    assert words["title"]["text"] == "Übersetzung aus Deutsch in العربية"
    assert words["more_actions"]["text"] == "Weitere Aktionen"
    assert "cms/js/translation_editor.js" in body

    _body, props = editor(client, arabic_event, "ar")
    assert props["object"]["lastPublishedDate"] == "18 نوفمبر، 2026"


@pytest.mark.django_db
def test_the_translation_keeps_the_german_slug(arabic_event):
    assert arabic_event.slug == "naehcafe"
    assert arabic_event.locale == Locale.objects.get(language_code="ar")
