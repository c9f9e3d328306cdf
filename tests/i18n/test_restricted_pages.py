"""A private page stays private in every language and through every door.

The German event “Quarzlampentreff” (password), the network “Netz Zebrafink”
(login) and “Bernsteinrunde”, below the index “Interne Termine” (groups), have
aliases in every locale and the event an Arabic translation. As an anonymous
visitor none of their titles, words or addresses appears in any listing,
feed, API answer or search, in any language; their twins “Kolibritreff” and
“Netz Birkenhain” appear everywhere. Editors still find everything in the admin.
"""

import io
import json
import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import transaction
from django.test import Client, TestCase
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from cms import restrictions
from cms.translation import translate_instance
from cms.visibility import visible_page_ids
from home.demo import synchronise_locale_trees
from tests.factories import make_demo_home
from tests.factories.events import make_event_index, make_event_page
from tests.factories.networks import make_network_index, make_network_page

#: Every content language: German, a translation (ar) and aliases.
LOCALES = ("de", "en", "ar", "fa", "uk", "ru", "tr")
PASSWORD = "Geheim-123"
ARABIC_TITLE = "ملتقى المصباح"

#: Words only the private pages carry: titles, teasers, body text, slugs (lower case).
PRIVATE_WORDS = (
    "quarzlampentreff",
    "mondscheinsonate",
    "zaubertrank",
    ARABIC_TITLE,
    "zebrafink",
    "tintenfischsuppe",
    "bernsteinrunde",
    "kupferkessel",
    "interne-termine",
    "interne termine",
)


def _restrict(page, kind, **fields):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)
    return restriction


def _build():
    home = make_demo_home()
    events = make_event_index(home)
    events.show_in_menus = True
    events.save_revision().publish()
    internal = make_event_index(home, title="Interne Termine", slug="interne-termine")
    internal.show_in_menus = True
    internal.save_revision().publish()
    networks = make_network_index(home)
    zebrafink = make_network_page(
        networks, "Netz Zebrafink", slug="netz-zebrafink", short_description="Tintenfischsuppe."
    )
    birkenhain = make_network_page(networks, "Netz Birkenhain", slug="netz-birkenhain")
    body = [("paragraph", "<p>Bitte das Zaubertrank-Rezept mitbringen.</p>")]
    secret = make_event_page(
        events,
        "Quarzlampentreff",
        teaser="Mondscheinsonate am Klavier",
        body=body,
        organiser=birkenhain,
    )
    twin = make_event_page(
        events,
        "Kolibritreff",
        teaser="Sonnenblumen am Fenster",
        weekdays=["TU"],
        organiser=birkenhain,
    )
    lantern = make_event_page(events, "Laternenumzug", weekdays=["WE"], organiser=zebrafink)
    board = make_event_page(
        internal, "Bernsteinrunde", teaser="Kupferkessel", weekdays=["TH"], organiser=birkenhain
    )
    synchronise_locale_trees(io.StringIO())
    translate_instance(secret, "ar", {"Quarzlampentreff": ARABIC_TITLE})
    # Restricted once the other languages exist, as an editor would do it.
    _restrict(secret, PageViewRestriction.PASSWORD, password=PASSWORD)
    _restrict(zebrafink, PageViewRestriction.LOGIN)
    board_group = Group.objects.create(name="Vorstand")
    _restrict(internal, PageViewRestriction.GROUPS).groups.add(board_group)

    def versions(page):
        return {
            code: Page.objects.get(
                translation_key=page.translation_key, locale__language_code=code
            ).specific
            for code in ("de", "en", "ar", "fa", "uk", "ru", "tr")
        }

    today = timezone.localdate()
    return SimpleNamespace(
        home=home,
        secret=versions(secret),
        twin=versions(twin),
        lantern=versions(lantern),
        board=versions(board),
        internal=versions(internal),
        zebrafink=versions(zebrafink),
        birkenhain=versions(birkenhain),
        group=board_group,
        today=today,
        month=f"{today:%Y-%m}",
        next_month=f"{(today.replace(day=1) + timedelta(days=32)):%Y-%m}",
    )


@pytest.fixture(scope="module")
def restricted_site_built_once(django_db_setup, django_db_blocker):
    """The pages above, built once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            built = _build()
        yield built
        transaction.set_rollback(True)
    cache.clear()


@pytest.fixture
def restricted_site(restricted_site_built_once, db):
    return restricted_site_built_once


# -- what the anonymous visitor asks for ---------------------------------------

#: Listings and feeds, per locale: ``name -> (url(world, code), twin words)``.
LISTINGS = {
    "event-list": (lambda w, c: f"/{c}/veranstaltungen/", ("kolibritreff",)),
    "month-view": (
        lambda w, c: f"/{c}/veranstaltungen/?view=month&month={w.month}",
        ("kolibritreff",),
    ),
    "next-month-view": (
        lambda w, c: f"/{c}/veranstaltungen/?view=month&month={w.next_month}",
        ("kolibritreff",),
    ),
    "network-section": (lambda w, c: f"/{c}/netzwerke/netz-birkenhain/", ("kolibritreff",)),
    "network-index": (lambda w, c: f"/{c}/netzwerke/", ("birkenhain",)),
    "home": (lambda w, c: f"/{c}/", ("veranstaltungen",)),
    "event-organised-by-private-network": (
        lambda w, c: f"/{c}/veranstaltungen/laternenumzug/",
        ("laternenumzug",),
    ),
    "site-feed": (lambda w, c: f"/feeds/events.ics?locale={c}", ("kolibritreff",)),
    "network-feed": (
        lambda w, c: f"/feeds/events.ics?locale={c}&network={w.birkenhain[c].pk}",
        ("kolibritreff",),
    ),
    "api-v2-listing": (
        lambda w, c: f"/api/v2/pages/?locale={c}&limit=100",
        ("kolibritreff", "birkenhain"),
    ),
    "api-v2-events": (
        lambda w, c: (
            f"/api/v2/pages/?type=events.EventPage&locale={c}&limit=100"
            "&fields=teaser,body,next_dates,organiser,localization"
        ),
        ("kolibritreff", "sonnenblumen"),
    ),
    "api-v2-networks": (
        lambda w, c: f"/api/v2/pages/?type=networks.NetworkPage&locale={c}&fields=*",
        ("birkenhain",),
    ),
    "api-v2-lantern-detail": (
        lambda w, c: f"/api/v2/pages/{w.lantern[c].pk}/",
        ("laternenumzug",),
    ),
    "api-v3-listing": (
        lambda w, c: f"/api/v3/pages/?locale={c}&limit=100",
        ("kolibritreff", "birkenhain"),
    ),
    "api-v3-lantern-detail": (
        lambda w, c: f"/api/v3/pages/{w.lantern[c].pk}/",
        ("laternenumzug",),
    ),
    "occurrences": (
        lambda w, c: (
            f"/api/v3/events/occurrences/?start={w.today}"
            f"&end={w.today + timedelta(days=40)}&locale={c}&limit=1000"
        ),
        ("kolibritreff",),
    ),
    "occurrences-far-ahead": (
        lambda w, c: (
            f"/api/v3/events/occurrences/?start={w.today + timedelta(days=400)}"
            f"&end={w.today + timedelta(days=430)}&locale={c}"
        ),
        ("kolibritreff",),
    ),
    "occurrences-of-network": (
        lambda w, c: (
            f"/api/v3/events/occurrences/?start={w.today}&end={w.today + timedelta(days=40)}"
            f"&locale={c}&network={w.birkenhain[c].pk}"
        ),
        ("kolibritreff",),
    ),
    "series": (
        lambda w, c: (
            f"/api/v3/events/occurrences/?start={w.today}"
            f"&end={w.today + timedelta(days=40)}&locale={c}&mode=series"
        ),
        ("kolibritreff",),
    ),
    "networks-v3": (lambda w, c: f"/api/v3/networks/?locale={c}", ("birkenhain",)),
}

#: Searches, per locale: the word asked for and where the results are.
SEARCH_WORDS = ("Quarzlampentreff", ARABIC_TITLE, "Mondscheinsonate", "Zebrafink", "Bernsteinrunde")


def _text(response):
    """The body in lower case; JSON with its escapes undone (Arabic titles come as \\u…)."""
    if response.get("Content-Type", "").startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False).lower()
    return response.content.decode().lower()


def _leaks(text):
    return [word for word in PRIVATE_WORDS if word.lower() in text]


def _get(url):
    return Client().get(url, follow=True)


@pytest.mark.parametrize("code", LOCALES)
@pytest.mark.parametrize("name", list(LISTINGS))
def test_private_pages_are_in_no_listing(restricted_site, name, code):
    url, _twin = LISTINGS[name]
    response = _get(url(restricted_site, code))
    assert response.status_code == 200, response.content[:300]
    assert _leaks(_text(response)) == []


@pytest.mark.parametrize("code", LOCALES)
@pytest.mark.parametrize("name", list(LISTINGS))
def test_the_public_twins_are_in_every_listing(restricted_site, name, code):
    url, twin_words = LISTINGS[name]
    text = _text(_get(url(restricted_site, code)))
    for word in twin_words:
        assert word in text, (name, code, word)


def test_sitemap_lists_no_private_page_in_any_language(restricted_site):
    text = _text(_get("/sitemap.xml"))
    assert _leaks(text) == []
    # Aliases are not listed (they mirror the German page), so the twins are German only.
    assert "/de/veranstaltungen/kolibritreff/</loc>" in text
    assert "/de/netzwerke/netz-birkenhain/</loc>" in text


def _search_results(response):
    section = re.search(r'<section class="search-results".*?</section>', _text(response), re.S)
    return section.group(0) if section else ""


@pytest.mark.parametrize("code", LOCALES)
@pytest.mark.parametrize("word", SEARCH_WORDS)
def test_search_finds_no_private_page(restricted_site, code, word):
    response = Client().get(f"/{code}/search/", {"q": word})
    assert response.status_code == 200
    assert list(response.context["results"]) == []
    assert _leaks(_search_results(response)) == []


@pytest.mark.parametrize("code", LOCALES)
def test_search_finds_the_twin(restricted_site, code):
    response = Client().get(f"/{code}/search/", {"q": "Kolibritreff"})
    assert [page.pk for page in response.context["results"]] == [restricted_site.twin[code].pk]


@pytest.mark.parametrize("code", LOCALES)
@pytest.mark.parametrize("api", ["v2", "v3"])
def test_api_search_finds_no_private_page(restricted_site, api, code):
    for word in SEARCH_WORDS:
        response = Client().get(f"/api/{api}/pages/", {"search": word, "locale": code})
        assert response.status_code == 200, response.content[:300]
        assert response.json()["items"] == [], (word, code)
    twin = Client().get(f"/api/{api}/pages/", {"search": "Kolibritreff", "locale": code})
    assert [item["id"] for item in twin.json()["items"]] == [restricted_site.twin[code].pk]


# -- the private pages themselves ------------------------------------------------

PRIVATE_PAGES = ("secret", "board", "zebrafink", "internal")

#: Addresses of one page: ``name -> url(page, code)``.
DETAILS = {
    "api-v2-detail": lambda page, code: f"/api/v2/pages/{page.pk}/",
    "api-v2-find-id": lambda page, code: f"/api/v2/pages/find/?id={page.pk}",
    "api-v3-detail": lambda page, code: f"/api/v3/pages/{page.pk}/",
    "api-v3-find-id": lambda page, code: f"/api/v3/pages/find/?id={page.pk}",
    "event-feed": lambda page, code: f"/feeds/events/{page.pk}.ics",
}


@pytest.mark.parametrize("code", LOCALES)
@pytest.mark.parametrize("which", PRIVATE_PAGES)
@pytest.mark.parametrize("door", list(DETAILS))
def test_private_page_detail_is_not_found(restricted_site, door, which, code):
    page = getattr(restricted_site, which)[code]
    response = _get(DETAILS[door](page, code))
    assert response.status_code == 404
    assert _leaks(_text(response)) == []


@pytest.mark.parametrize("code", LOCALES)
@pytest.mark.parametrize("door", list(DETAILS))
def test_twin_detail_is_found(restricted_site, door, code):
    response = _get(DETAILS[door](restricted_site.twin[code], code))
    assert response.status_code == 200
    assert "kolibritreff" in _text(response)


@pytest.mark.parametrize("api", ["v2", "v3"])
def test_find_by_html_path_does_not_reveal_the_german_page(restricted_site, api):
    for path in ("/veranstaltungen/quarzlampentreff/", "/interne-termine/bernsteinrunde/"):
        response = _get(f"/api/{api}/pages/find/?html_path={path}")
        assert response.status_code == 404
        assert _leaks(_text(response)) == []
    twin = _get(f"/api/{api}/pages/find/?html_path=/veranstaltungen/kolibritreff/")
    assert twin.status_code == 200 and "kolibritreff" in _text(twin)


@pytest.mark.parametrize("code", LOCALES)
def test_private_event_asks_for_the_password_in_every_language(restricted_site, code):
    page = restricted_site.secret[code]
    response = Client().get(page.url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    # The addresses of the page's language versions (the language switcher)
    # name its slug, which the visitor has already; nothing else may show.
    text = _text(response)
    for version in page.get_translations(inclusive=True):
        text = text.replace(version.url.lower(), "")
    assert _leaks(text) == []


@pytest.mark.parametrize("code", LOCALES)
@pytest.mark.parametrize("which", ["zebrafink", "board", "internal"])
def test_login_and_group_pages_send_visitors_to_the_login(restricted_site, which, code):
    """The network (login) and the event below the board's index (groups)."""
    response = Client().get(getattr(restricted_site, which)[code].url)
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"]
    assert _leaks(_text(response)) == []


@pytest.mark.parametrize("code", LOCALES)
def test_twin_pages_are_served(restricted_site, code):
    response = Client().get(restricted_site.twin[code].url)
    assert response.status_code == 200
    assert "sonnenblumen" in _text(response)


# -- privacy follows the German page -----------------------------------------------


def _restriction(page):
    restrictions = list(PageViewRestriction.objects.filter(page=page))
    assert len(restrictions) <= 1, page
    return restrictions[0] if restrictions else None


def _all_versions(pages):
    return [page for code, page in sorted(pages.items()) if code != "de"]


def test_every_translation_and_alias_carries_the_restriction(restricted_site):
    for page in _all_versions(restricted_site.secret):
        restriction = _restriction(page)
        assert (restriction.restriction_type, restriction.password) == ("password", PASSWORD)
    for page in _all_versions(restricted_site.zebrafink):
        assert _restriction(page).restriction_type == "login"
    for page in _all_versions(restricted_site.internal):
        restriction = _restriction(page)
        assert restriction.restriction_type == "groups"
        assert list(restriction.groups.all()) == [restricted_site.group]
    assert restricted_site.secret["ar"].alias_of_id is None  # a translation, not only aliases
    assert restricted_site.secret["fa"].alias_of_id == restricted_site.secret["de"].pk


def test_visibility_does_not_depend_on_the_copies(restricted_site):
    """Listings leave out every language version of a private page on their own."""
    PageViewRestriction.objects.exclude(page__locale__language_code="de").delete()
    ids = [getattr(restricted_site, which)[code].pk for which in PRIVATE_PAGES for code in LOCALES]
    assert visible_page_ids(ids) == set()
    assert visible_page_ids([restricted_site.twin["fa"].pk]) == {restricted_site.twin["fa"].pk}
    text = _text(_get("/fa/veranstaltungen/"))
    assert _leaks(text) == [] and "kolibritreff" in text


def test_an_alias_asks_for_the_password_without_a_copy_of_the_restriction(restricted_site):
    """Serving an alias checks its German source, also when the copies are gone."""
    PageViewRestriction.objects.exclude(page__locale__language_code="de").delete()
    aliases = [page for page in restricted_site.secret.values() if page.alias_of_id]
    assert aliases
    for page in aliases:
        assert 'name="password"' in Client().get(page.url).content.decode(), page.url
    twin = Client().get(restricted_site.twin["fa"].url)
    assert twin.status_code == 200 and 'name="password"' not in twin.content.decode()


def test_removing_the_german_restriction_opens_every_language(restricted_site):
    PageViewRestriction.objects.get(page=restricted_site.secret["de"]).delete()
    assert [_restriction(page) for page in _all_versions(restricted_site.secret)] == [None] * 6
    for code in LOCALES:
        title = restricted_site.secret[code].title
        assert title in _get(f"/{code}/veranstaltungen/").content.decode()
        page = Client().get(restricted_site.secret[code].url)
        assert page.status_code == 200 and "Zaubertrank" in page.content.decode()
    titles = {item["title"] for item in _get("/api/v3/pages/?locale=ar").json()["items"]}
    assert ARABIC_TITLE in titles


def _password_form_action(response):
    return re.search(r'<form action="([^"]+)"', response.content.decode()).group(1)


def test_a_new_password_reaches_every_language(restricted_site):
    restriction = PageViewRestriction.objects.get(page=restricted_site.secret["de"])
    restriction.password = "Neu-456"
    restriction.save()
    assert {_restriction(page).password for page in _all_versions(restricted_site.secret)} == {
        "Neu-456"
    }
    arabic = restricted_site.secret["ar"]
    for password, opens in ((PASSWORD, False), ("Neu-456", True)):
        client = Client()
        action = _password_form_action(client.get(arabic.url))
        client.post(action, {"password": password, "return_url": arabic.url})
        response = client.get(arabic.url)
        assert (ARABIC_TITLE in response.content.decode()) is opens, password


def test_a_change_of_type_and_groups_reaches_every_language(restricted_site):
    restriction = PageViewRestriction.objects.get(page=restricted_site.internal["de"])
    other = Group.objects.create(name="Kassenprüfung")
    restriction.groups.add(other)
    restriction.groups.remove(restricted_site.group)
    assert {
        tuple(_restriction(p).groups.all()) for p in _all_versions(restricted_site.internal)
    } == {(other,)}
    restriction.restriction_type = PageViewRestriction.LOGIN
    restriction.save()
    assert {_restriction(p).restriction_type for p in _all_versions(restricted_site.internal)} == {
        "login"
    }


def test_a_translators_change_gives_way_to_the_german_restriction(restricted_site):
    arabic = PageViewRestriction.objects.get(page=restricted_site.secret["ar"])
    arabic.password = "nur-arabisch"
    arabic.save()
    assert _restriction(restricted_site.secret["ar"]).password == PASSWORD
    assert _restriction(restricted_site.secret["de"]).password == PASSWORD
    PageViewRestriction.objects.get(page=restricted_site.secret["fa"]).delete()
    assert _restriction(restricted_site.secret["fa"]).password == PASSWORD
    assert _leaks(_text(_get("/fa/veranstaltungen/"))) == []


def test_making_a_translation_private_makes_every_language_private(restricted_site):
    _restrict(restricted_site.twin["fa"], PageViewRestriction.PASSWORD, password="x")
    assert {_restriction(page).password for page in restricted_site.twin.values()} == {"x"}
    for code in LOCALES:
        assert "kolibritreff" not in _text(_get(f"/{code}/veranstaltungen/"))


def test_deleting_an_alias_leaves_the_others_private(restricted_site):
    restricted_site.secret["tr"].delete()
    assert _restriction(restricted_site.secret["de"]).password == PASSWORD
    assert _restriction(restricted_site.secret["fa"]).password == PASSWORD


def test_new_aliases_and_translations_of_a_private_page_start_private(restricted_site):
    page = make_event_page(
        restricted_site.home.get_children().get(slug="veranstaltungen"), "Mitternachtsbad"
    )
    _restrict(page, PageViewRestriction.PASSWORD, password="nachts")
    synchronise_locale_trees(io.StringIO())
    versions = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    assert versions.count() == 6
    assert {_restriction(version).password for version in versions} == {"nachts"}
    # A page that starts in another language, then gets its German copy restricted first.
    restricted_site.secret["ru"].delete()
    russian = restricted_site.secret["de"].copy_for_translation(
        Locale.objects.get(language_code="ru")
    )
    assert _restriction(russian).password == PASSWORD


def test_restrictions_are_copied_for_existing_data(restricted_site):
    """What ``migrate`` does for sites restricted before the copies existed."""
    token = restrictions._syncing.set(True)
    try:
        PageViewRestriction.objects.exclude(page__locale__language_code="de").delete()
    finally:
        restrictions._syncing.reset(token)
    assert _restriction(restricted_site.secret["fa"]) is None
    assert restrictions.sync_all() == 3
    assert _restriction(restricted_site.secret["fa"]).password == PASSWORD
    assert _restriction(restricted_site.internal["uk"]).restriction_type == "groups"


# -- editors ----------------------------------------------------------------------


def test_editors_still_find_private_pages_in_the_admin(restricted_site):
    editor = get_user_model().objects.create_superuser("chefin", "chefin@example.org", "pw")
    client = Client()
    client.force_login(editor)
    listing = client.get(f"/admin/pages/{restricted_site.secret['de'].get_parent().pk}/")
    assert listing.status_code == 200
    assert "Quarzlampentreff" in listing.content.decode()
    arabic_listing = client.get(f"/admin/pages/{restricted_site.secret['ar'].get_parent().pk}/")
    assert ARABIC_TITLE in arabic_listing.content.decode()
    assert client.get(f"/admin/pages/{restricted_site.secret['de'].pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{restricted_site.zebrafink['fa'].pk}/edit/").status_code == 200


def _set_privacy(client, page, **data):
    response = client.post(f"/admin/pages/{page.pk}/privacy/", data)
    assert response.status_code == 200, response.content[:300]
    assert '"step": "set_privacy_done"' in response.content.decode()


def test_privacy_set_in_the_admin_reaches_every_language(restricted_site):
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.org", "pw"))
    _set_privacy(
        client, restricted_site.twin["de"], restriction_type="password", password="Kolibri-1"
    )
    assert {_restriction(page).password for page in restricted_site.twin.values()} == {"Kolibri-1"}
    _set_privacy(
        client,
        restricted_site.twin["de"],
        restriction_type="groups",
        groups=[restricted_site.group.pk],
    )
    assert {
        (_restriction(page).restriction_type, tuple(_restriction(page).groups.all()))
        for page in restricted_site.twin.values()
    } == {("groups", (restricted_site.group,))}
    # On the Arabic copy, another setting does not stick; the German one holds.
    _set_privacy(client, restricted_site.twin["ar"], restriction_type="password", password="anders")
    assert {
        (_restriction(page).restriction_type, tuple(_restriction(page).groups.all()))
        for page in restricted_site.twin.values()
    } == {("groups", (restricted_site.group,))}
    _set_privacy(client, restricted_site.twin["de"], restriction_type="none")
    assert [_restriction(page) for page in restricted_site.twin.values()] == [None] * 7
    assert "kolibritreff" in _text(_get("/fa/veranstaltungen/"))


def test_the_password_page_speaks_the_visitors_language_and_shows_nothing_of_the_page(
    restricted_site,
):
    arabic = restricted_site.secret["ar"]
    client = Client()
    response = client.get(arabic.url)
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "صفحة محمية" in html
    assert ARABIC_TITLE not in html
    action = _password_form_action(response)
    wrong = client.post(action, {"password": "falsch", "return_url": arabic.url})
    assert wrong.status_code == 200
    assert "كلمة المرور غير صحيحة" in wrong.content.decode()
    assert ARABIC_TITLE not in wrong.content.decode()
