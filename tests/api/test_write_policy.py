"""API v3 writes obey the admin's rules: one user may do the same things through both.

For each role of the permission matrix (``tests/i18n/test_permissions.py``)
and each write action of API v3, on a German object and on its Arabic
translation: the table below says what is allowed; the admin (its view, or
the permission test its form runs on submit) must agree; the API must answer
the same, a refusal with a 403 problem detail (401 without a token), and a
refused request must leave the database as it was.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.test import TestCase
from django.urls import reverse
from wagtail.models import APIToken, Locale, ModelLogEntry, Page, PageLogEntry, Revision

from cms import roles
from cms.translation import translate_instance
from networks.models import Organisation
from tests.factories import make_demo_home, make_user
from tests.factories.i18n import (
    ROLES,
    make_role_users,
    make_translated_network_tree,
    translation_of,
)
from tests.factories.networks import make_organisation

ALLOW, DENY = True, False
PROBLEM_JSON = "application/problem+json"

# fmt: off
PAGE_MATRIX = {
    #                                 super  editor netw.  tr. ar tr. fa anon.
    ("create", "de"):               (ALLOW, ALLOW, DENY,  DENY,  DENY,  DENY),
    ("create", "ar"):               (ALLOW, DENY,  DENY,  DENY,  DENY,  DENY),
    ("update", "de"):               (ALLOW, ALLOW, ALLOW, DENY,  DENY,  DENY),
    ("update", "ar"):               (ALLOW, DENY,  DENY,  ALLOW, DENY,  DENY),
    ("publish", "de"):              (ALLOW, ALLOW, ALLOW, DENY,  DENY,  DENY),
    ("publish", "ar"):              (ALLOW, DENY,  DENY,  ALLOW, DENY,  DENY),
    ("unpublish", "de"):            (ALLOW, ALLOW, ALLOW, DENY,  DENY,  DENY),
    # Translators cannot take pages offline: translations go with their German page.
    ("unpublish", "ar"):            (ALLOW, DENY,  DENY,  DENY,  DENY,  DENY),
    ("delete", "de"):               (ALLOW, ALLOW, ALLOW, DENY,  DENY,  DENY),
    # The tester's report: translations follow their German page.
    ("delete", "ar"):               (ALLOW, DENY,  DENY,  DENY,  DENY,  DENY),
    ("copy", "de"):                 (ALLOW, ALLOW, DENY,  DENY,  DENY,  DENY),
    ("copy", "ar"):                 (ALLOW, DENY,  DENY,  DENY,  DENY,  DENY),
    ("move", "de"):                 (ALLOW, ALLOW, DENY,  DENY,  DENY,  DENY),
    ("move", "ar"):                 (ALLOW, DENY,  DENY,  DENY,  DENY,  DENY),
    ("revert", "de"):               (ALLOW, ALLOW, ALLOW, DENY,  DENY,  DENY),
    ("revert", "ar"):               (ALLOW, DENY,  DENY,  ALLOW, DENY,  DENY),
    ("convert_alias", "ar"):        (ALLOW, DENY,  DENY,  ALLOW, DENY,  DENY),
    ("create_alias", "de"):         (ALLOW, ALLOW, DENY,  DENY,  DENY,  DENY),
    ("create_alias", "ar"):         (ALLOW, DENY,  DENY,  DENY,  DENY,  DENY),
    # Plain copies into another locale need simple_translation's permission,
    # which this site does not install: superusers only. Translators translate
    # with wagtail-localize in the admin.
    ("copy_for_translation", "de"): (ALLOW, DENY,  DENY,  DENY,  DENY,  DENY),
    ("copy_for_translation", "ar"): (ALLOW, DENY,  DENY,  DENY,  DENY,  DENY),
}
SNIPPET_MATRIX = {
    # A snippet created through the API is in the default locale (the API
    # cannot choose one); creating elsewhere: test_creating_a_snippet_...
    ("create", "de"):               (ALLOW, ALLOW, DENY,  DENY,  DENY,  DENY),
    ("update", "de"):               (ALLOW, ALLOW, DENY,  DENY,  DENY,  DENY),
    # The tester's other report: editors change German snippets only.
    ("update", "ar"):               (ALLOW, DENY,  DENY,  ALLOW, DENY,  DENY),
    ("delete", "de"):               (ALLOW, ALLOW, DENY,  DENY,  DENY,  DENY),
    ("delete", "ar"):               (ALLOW, DENY,  DENY,  DENY,  DENY,  DENY),
    ("copy_for_translation", "de"): (ALLOW, DENY,  DENY,  DENY,  DENY,  DENY),
    ("copy_for_translation", "ar"): (ALLOW, DENY,  DENY,  DENY,  DENY,  DENY),
}
# fmt: on

#: The answer to an allowed request.
SUCCESS = {
    "create": 201,
    "copy": 201,
    "create_alias": 201,
    "copy_for_translation": 201,
    "delete": 204,
}

ORGANISATION = "networks.Organisation"


def database_state():
    """What a write would change: pages, snippets, revisions and the audit log."""
    return (
        list(
            Page.objects.order_by("pk").values_list(
                "pk", "path", "title", "slug", "live", "alias_of_id", "latest_revision_id"
            )
        ),
        list(Organisation.objects.order_by("pk").values_list("pk", "name", "locale_id")),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        ModelLogEntry.objects.count(),
    )


def bearer(user):
    _token, plaintext = APIToken.create_token(user=user, name=f"{user.username} token")
    return f"Bearer {plaintext}"


class APIWritePolicyTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = make_translated_network_tree(make_demo_home())
        # “Netzwerk Familie” is not in Persian yet: copies for translation have a target.
        translation_of(cls.tree.network, "fa").delete()
        cls.organisation = make_organisation(locale=Locale.get_default())
        cls.organisation_ar = translate_instance(
            cls.organisation, "ar", {"Ortsamt Prohlis": "مكتب حي بروليس"}
        )
        cls.users = make_role_users(cls.tree.network)
        cls.tokens = {who: bearer(user) for who, user in cls.users.items() if user.is_authenticated}

    def call_api(self, who, method, url, body=None):
        self.client.logout()
        headers = {"HTTP_AUTHORIZATION": self.tokens[who]} if who in self.tokens else {}
        if body is None:
            return getattr(self.client, method)(url, **headers)
        return getattr(self.client, method)(url, body, content_type="application/json", **headers)

    def allowed_by_view(self, who, url):
        self.client.logout()
        user = self.users[who]
        if user.is_authenticated:
            self.client.force_login(user)
        response = self.client.get(url)
        self.client.logout()
        if response.status_code == 200:
            return True
        self.assertIn(response.status_code, (302, 403), url)
        return False

    def assert_api_obeys(self, who, action, allowed, request):
        """Send ``request`` in a transaction that is rolled back afterwards."""
        with transaction.atomic():
            before = database_state()
            response = self.call_api(who, *request)
            if allowed:
                self.assertEqual(
                    response.status_code, SUCCESS.get(action, 200), response.content[:500]
                )
                self.assertNotEqual(database_state(), before)
            else:
                expected = 403 if who in self.tokens else 401
                self.assertEqual(response.status_code, expected, response.content[:500])
                self.assertEqual(response["Content-Type"], PROBLEM_JSON)
                self.assertEqual(response.json()["status"], expected)
                self.assertEqual(database_state(), before)
            transaction.set_rollback(True)

    def check_matrix(self, matrix, admin_allows, api_request):
        for (action, code), expected in matrix.items():
            for who, allowed in zip(ROLES, expected, strict=True):
                with self.subTest(who=who, action=action, locale=code):
                    admin = admin_allows(who, action, code)
                    if admin is not None:
                        self.assertEqual(admin, allowed, "the admin disagrees with the table")
                    self.assert_api_obeys(who, action, allowed, api_request(action, code))


class PageWritePolicyTests(APIWritePolicyTestCase):
    def objects(self, action, code):
        tree = self.tree
        if action == "convert_alias":
            return tree.other_ar, tree.index_ar
        if code == "de":
            return tree.network, tree.index
        return tree.network_ar, tree.index_ar

    def admin_allows(self, who, action, code):
        """What the admin lets ``who`` do: the view refuses, or the form's submit does."""
        page, index = self.objects(action, code)
        perms = page.permissions_for_user(self.users[who])
        view = lambda name, *args: self.allowed_by_view(  # noqa: E731
            who, reverse(f"wagtailadmin_pages:{name}", args=[*args])
        )
        if action == "create":
            return view("add", "networks", "networkpage", index.pk)
        if action == "update":
            return view("edit", page.pk)
        if action == "publish":
            return perms.can_publish()
        if action == "unpublish":
            return view("unpublish", page.pk)
        if action == "delete":
            return view("delete", page.pk)
        if action == "copy":
            return perms.can_copy_to(index)
        if action == "move":
            return perms.can_move_to(index)
        if action == "revert":
            return view("revisions_revert", page.pk, self.first_revision(page).pk)
        if action == "convert_alias":
            return view("convert_alias", page.pk)
        if action == "create_alias":
            parent_perms = index.permissions_for_user(self.users[who])
            return perms.can_copy_to(index) and parent_perms.can_publish_subpage()
        if action == "copy_for_translation":
            return None  # no such admin view on this site
        raise AssertionError(action)

    @staticmethod
    def first_revision(page):
        return page.revisions.order_by("created_at", "pk").first()

    def api_request(self, action, code):
        page, index = self.objects(action, code)
        url = f"/api/v3/pages/{page.pk}/actions/{action}/"
        if action == "create":
            body = {
                "meta": {"type": "networks.NetworkPage", "parent_id": index.pk},
                "title": "Netzwerk Nachbarschaftshilfe",
                "short_description": "Nachbarn helfen Nachbarn.",
            }
            return "post", "/api/v3/pages/", body
        if action == "update":
            body = {"meta": {"type": "networks.NetworkPage"}, "title": "Netzwerk Familie Prohlis"}
            return "patch", f"/api/v3/pages/{page.pk}/", body
        if action == "delete":
            return "delete", f"/api/v3/pages/{page.pk}/", None
        if action == "revert":
            return "post", url, {"revision_id": self.first_revision(page).pk}
        bodies = {
            "copy": {"slug": "netzwerk-kopie", "keep_live": False},
            "move": {"destination_id": index.pk, "position": "first-child"},
            "create_alias": {"destination_id": index.pk, "slug": "netzwerk-verweis"},
            "copy_for_translation": {"locale": "fa"},
        }
        return "post", url, bodies.get(action, {})

    def test_pages(self):
        self.check_matrix(PAGE_MATRIX, self.admin_allows, self.api_request)

    def test_a_translation_in_the_target_locale_is_a_422_not_a_500(self):
        url = f"/api/v3/pages/{self.tree.network.pk}/actions/copy_for_translation/"
        before = database_state()
        response = self.call_api("superuser", "post", url, {"locale": "ar"})
        self.assertEqual(response.status_code, 422)
        self.assertTrue(response.json()["errors"][0]["msg"])
        self.assertEqual(database_state(), before)

    def test_bulk_deleting_a_translation_is_refused_in_the_admin(self):
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
        self.client.force_login(self.users["translator_ar"])
        self.client.post(f"{url}?id={self.tree.network_ar.pk}")
        self.assertTrue(Page.objects.filter(pk=self.tree.network_ar.pk).exists())
        self.client.force_login(self.users["superuser"])
        self.client.post(f"{url}?id={self.tree.network_ar.pk}")
        self.assertFalse(Page.objects.filter(pk=self.tree.network_ar.pk).exists())


class SnippetWritePolicyTests(APIWritePolicyTestCase):
    def instance(self, code):
        return self.organisation if code == "de" else self.organisation_ar

    def admin_allows(self, who, action, code):
        viewset = Organisation.snippet_viewset
        instance = self.instance(code)
        if action == "create":
            return self.allowed_by_view(
                who, f"{reverse(viewset.get_url_name('add'))}?locale={code}"
            )
        if action == "update":
            return self.allowed_by_view(
                who, reverse(viewset.get_url_name("edit"), args=[instance.pk])
            )
        if action == "delete":
            url = reverse(viewset.get_url_name("delete"), args=[instance.pk])
            return self.allowed_by_view(who, url)
        if action == "copy_for_translation":
            return None  # wagtail-localize translates in the admin, with its own rules
        raise AssertionError(action)

    def api_request(self, action, code):
        if action == "create":
            return "post", f"/api/v3/snippets/{ORGANISATION}/", {"name": "Stadtteilverein"}
        url = f"/api/v3/snippets/{ORGANISATION}/{self.instance(code).pk}/"
        if action == "update":
            return "patch", url, {"name": f"Neu: {self.instance(code).name}"}
        if action == "delete":
            return "delete", url, None
        return "post", f"{url}actions/copy_for_translation/", {"locale": "fa"}

    def test_snippets(self):
        self.check_matrix(SNIPPET_MATRIX, self.admin_allows, self.api_request)

    def test_creating_a_snippet_in_a_locale_the_user_may_not_change_is_refused(self):
        """An Arabic translator who may add organisations adds Arabic ones only.

        The API creates in the default locale, German: refused as in the admin.
        """
        adders = Group.objects.create(name="Organisationen anlegen")
        adders.permissions.add(*roles._permissions("networks.add_organisation"))
        arabic = Group.objects.get(name=roles.translator_group_name("ar"))
        user = make_user("ar-plus", arabic, adders)
        self.users["ar_plus"] = user
        self.tokens["ar_plus"] = bearer(user)
        add = reverse(Organisation.snippet_viewset.get_url_name("add"))
        self.assertTrue(self.allowed_by_view("ar_plus", f"{add}?locale=ar"))
        self.assertFalse(self.allowed_by_view("ar_plus", f"{add}?locale=de"))
        self.assert_api_obeys("ar_plus", "create", DENY, self.api_request("create", "de"))

    def test_reading_stays_as_it_was(self):
        """Editors still read Arabic organisations (they just cannot change them)."""
        url = f"/api/v3/snippets/{ORGANISATION}/"
        for who in ("editor", "translator_fa"):
            with self.subTest(who=who):
                listed = self.call_api(who, "get", f"{url}?limit=100").json()["items"]
                self.assertIn(self.organisation_ar.pk, {item["id"] for item in listed})
                detail = self.call_api(who, "get", f"{url}{self.organisation_ar.pk}/")
                self.assertEqual(detail.status_code, 200)

    def test_a_translation_in_the_target_locale_is_a_422_not_a_500(self):
        _method, url, _body = self.api_request("copy_for_translation", "de")
        before = database_state()
        response = self.call_api("superuser", "post", url, {"locale": "ar"})
        self.assertEqual(response.status_code, 422)
        self.assertTrue(response.json()["errors"][0]["msg"])
        self.assertEqual(database_state(), before)

    def test_organisations_have_no_draft_state_to_publish(self):
        """Why the table has no publish or unpublish for snippets: none has a draft state."""
        url = f"/api/v3/snippets/{ORGANISATION}/{self.organisation.pk}/actions/publish/"
        before = database_state()
        response = self.call_api("superuser", "post", url, {})
        self.assertEqual(response.status_code, 422)
        self.assertEqual(database_state(), before)
