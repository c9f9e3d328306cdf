"""An Arabic translator translates the Nähcafé: sees only words, each with its context and
in German wording, machine-translates the rest, publishes and reads the Arabic page."""

import io
from datetime import date

import pytest
import time_machine
from django.contrib.auth.models import Group
from playwright.sync_api import expect, sync_playwright
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from cms import roles
from cms.translation import translate_instance
from events.models import EventPage
from home.demo import synchronise_locale_trees
from tests.browser.session import launch, signed_in
from tests.factories import make_demo_home, make_user
from tests.factories.events import make_event_index, make_event_page

#: When the German page is published.
PUBLISHED = "2026-11-18T10:00:00+01:00"


@pytest.fixture
def arabic_draft(live_server):
    """The Nähcafé in German with an exception, its Arabic translation started."""
    home = make_demo_home()
    roles.setup_roles()
    index = make_event_index(home)
    with time_machine.travel(PUBLISHED, tick=False):
        page = make_event_page(
            index,
            "Nähcafé",
            teaser="Gemeinsam nähen und plaudern.",
            start_date=date(2026, 11, 4),
            weekdays=["WE"],
            exceptions=[
                {
                    "original_date": date(2026, 12, 23),
                    "action": "cancelled",
                    "note": "Pause über Weihnachten",
                }
            ],
        )
    synchronise_locale_trees(io.StringIO())
    arabic = translate_instance(page, "ar", {"Nähcafé": "مقهى الخياطة"})
    translator = make_user(
        "ar", Group.objects.get(name=roles.translator_group_name("ar")), password="geheim-123"
    )
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "de"
    profile.save()
    return arabic


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_translate_machine_translate_publish_and_read(live_server, arabic_draft, screenshots):
    edit_url = f"{live_server.url}/admin/pages/{arabic_draft.pk}/edit/"
    public_url = live_server.url + arabic_draft.url
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = signed_in(browser, live_server, "ar", "geheim-123")
        page.goto(edit_url)

        editor = page.locator("main")
        expect(editor).to_contain_text("Übersetzung aus Deutsch in العربية")
        expect(editor).to_contain_text("Ausnahme am 23. Dezember 2026: Fällt aus")
        expect(editor).to_contain_text("Pause über Weihnachten")
        expect(editor).to_contain_text("18. November 2026")
        text = editor.inner_text()
        for english in ("to العربية translation", "December", "More actions", "None"):
            assert english not in text
        # Words only: no slug, no organiser, no dates to translate.
        assert "naehcafe" not in text
        page.screenshot(path=screenshots / "translator-editor.png", animations="disabled")

        page.get_by_role("button", name="Übersetzen mit Dummyübersetzer").first.click()
        expect(editor).to_contain_text("Übersetzt mit Dummyübersetzer am")
        page.get_by_role("button", name="Veröffentlichen in العربية").click()
        expect(page.locator(".messages")).to_contain_text("veröffentlicht")
        page.screenshot(path=screenshots / "translator-published.png", animations="disabled")

        visitor = browser.new_page(viewport={"width": 390, "height": 844}, locale="ar")
        visitor.goto(public_url)
        expect(visitor.locator("html")).to_have_attribute("dir", "rtl")
        expect(visitor.locator("html")).to_have_attribute("lang", "ar")
        expect(visitor.locator("h1")).to_contain_text("مقهى الخياطة")
        visitor.screenshot(path=screenshots / "translator-arabic-page.png", animations="disabled")
        browser.close()

    arabic = EventPage.objects.get(pk=arabic_draft.pk)
    assert arabic.locale == Locale.objects.get(language_code="ar")
    note = arabic.exceptions.get().note
    assert note == "Weihnachten über Pause"  # the test translator reverses the words
