"""Who may do what: the permission matrix through the real admin views."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale

from cms.translation import translate_instance
from networks.models import Organisation
from tests.factories import make_demo_home
from tests.factories.i18n import (
    make_role_users,
    make_translated_network_tree,
    make_translated_page_tree,
    translation_of,
)

Y, N = True, False  # allowed, denied
ACTIONS = (
    "edit_source",
    "edit_other_source",
    "edit_ar",
    "publish_ar",
    "edit_fa",
    "translate_snippet_ar",
    "delete_source",
    "delete_ar",
    "unpublish_source",
    "unpublish_ar",
)
# fmt: off
MATRIX = {
    # edit src, other src, edit ar, publish ar, edit fa, snippet ar, delete src, delete ar,
    # unpublish src, unpublish ar
    "superuser":      (Y, Y, Y, Y, Y, Y, Y, Y, Y, Y),
    "editor":         (Y, Y, N, N, N, N, Y, N, Y, N),
    "network_editor": (Y, N, N, N, N, N, N, N, Y, N),
    "translator_ar":  (N, N, Y, Y, N, Y, N, N, N, N),
    "translator_fa":  (N, N, N, N, Y, N, N, N, N, N),
    "anonymous":      (N, N, N, N, N, N, N, N, N, N),
}
# fmt: on


class PermissionMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = make_translated_page_tree(make_demo_home())
        tree = cls.tree
        # A leaf page in German and its Arabic translation, to delete.
        cls.contact_ar = translate_instance(tree.contact, "ar", {"Kontakt": "اتصل بنا"})
        cls.organisation = Organisation.objects.create(
            name="Ortsamt Prohlis", kind="district_office", locale=tree.locale("de")
        )
        cls.organisation_ar = translate_instance(
            cls.organisation, "ar", {"Ortsamt Prohlis": "مكتب حي بروليس"}
        )
        cls.users = make_role_users(tree.network)

    def request(self, who, url):
        self.client.logout()
        user = self.users[who]
        if user.is_authenticated:
            self.client.force_login(user)
        return self.client.get(url)

    def allowed_by_view(self, who, url):
        response = self.request(who, url)
        if response.status_code == 200:
            return True
        self.assertIn(response.status_code, (302, 403), url)
        if response.status_code == 302:
            self.assertNotEqual(response["Location"], url)
        return False

    def can(self, who, action):
        tree = self.tree
        edit = lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk])  # noqa: E731
        delete = lambda page: reverse("wagtailadmin_pages:delete", args=[page.pk])  # noqa: E731
        if action == "edit_source":
            return self.allowed_by_view(who, edit(tree.network))
        if action == "edit_other_source":
            return self.allowed_by_view(who, edit(tree.contact))
        if action == "edit_ar":
            return self.allowed_by_view(who, edit(tree.network_ar))
        if action == "publish_ar":
            user = self.users[who]
            return tree.network_ar.permissions_for_user(user).can_publish()
        if action == "edit_fa":
            return self.allowed_by_view(who, edit(translation_of(tree.network, "fa")))
        if action == "translate_snippet_ar":
            url_name = Organisation.snippet_viewset.get_url_name("edit")
            return self.allowed_by_view(who, reverse(url_name, args=[self.organisation_ar.pk]))
        if action == "delete_source":
            return self.allowed_by_view(who, delete(tree.contact))
        if action == "delete_ar":
            return self.allowed_by_view(who, delete(self.contact_ar))
        if action == "unpublish_source":
            return self.unpublishes(who, tree.network)
        if action == "unpublish_ar":
            return self.unpublishes(who, tree.network_ar)
        raise AssertionError(action)

    def unpublishes(self, who, page):
        """Whether ``who`` takes ``page`` offline through the admin (it goes back online after)."""
        self.client.logout()
        user = self.users[who]
        if user.is_authenticated:
            self.client.force_login(user)
        self.client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
        page.refresh_from_db()
        if page.live:
            return False
        page.get_latest_revision().publish()
        return True

    def test_matrix(self):
        for who, expected in MATRIX.items():
            for action, allowed in zip(ACTIONS, expected, strict=True):
                with self.subTest(who=who, action=action):
                    self.assertEqual(self.can(who, action), allowed)

    def test_a_translator_is_told_why_a_translation_stays_online(self):
        # Any page type (here Wagtail's own): the hook refuses and says what to do instead.
        self.client.force_login(self.users["translator_ar"])
        url = reverse("wagtailadmin_pages:unpublish", args=[self.tree.network_ar.pk])
        response = self.client.post(url, follow=True)
        self.assertContains(response, "Übersetzungen können nicht einzeln offline genommen werden")
        self.tree.network_ar.refresh_from_db()
        self.assertTrue(self.tree.network_ar.live)

    def test_translator_is_offered_only_their_own_language(self):
        url = reverse("wagtail_localize:submit_page_translation", args=[self.tree.contact.pk])
        self.client.force_login(self.users["translator_fa"])
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        offered = set(response.context["form"].fields["locales"].queryset)
        self.assertEqual(offered, {self.tree.locale("fa")})
        # Submitting another language anyway is refused by the form.
        response = self.client.post(url, {"locales": [self.tree.locale("tr").pk]})
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].errors)
        self.assertIsNotNone(translation_of(self.tree.contact, "tr").alias_of_id)

    def test_translator_cannot_sync_the_german_source(self):
        from wagtail_localize.models import TranslationSource

        source = TranslationSource.objects.get(object_id=self.tree.network.translation_key)
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        self.client.force_login(self.users["translator_ar"])
        # Translators hold submit_translation, so the refusal is ours: to the admin home.
        self.assertRedirects(self.client.get(url), reverse("wagtailadmin_home"))
        self.client.force_login(self.users["editor"])
        self.assertEqual(self.client.get(url).status_code, 200)

    def test_snippet_strings_of_another_locale_cannot_be_changed(self):
        from wagtail_localize.models import StringSegment, StringTranslation, Translation

        translation = Translation.objects.get(
            source__object_id=self.organisation.translation_key, target_locale__language_code="ar"
        )
        segment = StringSegment.objects.filter(source=translation.source).first()
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        form = "application/x-www-form-urlencoded"
        self.client.force_login(self.users["translator_fa"])
        response = self.client.put(url, "value=Falsch", content_type=form)
        self.assertIn(response.status_code, (302, 403))
        stored = StringTranslation.objects.filter(
            translation_of=segment.string, locale=translation.target_locale
        )
        self.assertFalse(stored.filter(data="Falsch").exists())
        self.client.force_login(self.users["translator_ar"])
        response = self.client.put(url, "value=Amt", content_type=form)
        self.assertIn(response.status_code, (200, 201))
        self.assertTrue(stored.filter(data="Amt").exists())

    def test_snippets_in_another_locale_cannot_be_created(self):
        url_name = Organisation.snippet_viewset.get_url_name("add")
        self.client.force_login(self.users["editor"])
        self.assertEqual(self.client.get(reverse(url_name) + "?locale=de").status_code, 200)
        response = self.client.get(reverse(url_name) + "?locale=ar")
        self.assertEqual(response.status_code, 302)


@pytest.mark.django_db
def test_setup_roles_is_idempotent_and_scoped_per_locale(demo_home):
    out = io.StringIO()
    call_command("setup_roles", stdout=out)
    assert "already complete" in out.getvalue()
    names = set(Group.objects.values_list("name", flat=True))
    assert {
        "Redaktion",
        "Übersetzung Englisch",
        "Übersetzung Arabisch",
        "Übersetzung Persisch",
        "Übersetzung Ukrainisch",
        "Übersetzung Russisch",
        "Übersetzung Türkisch",
    } <= names
    arabic = Group.objects.get(name="Übersetzung Arabisch")
    roots = GroupPagePermission.objects.filter(group=arabic).values_list(
        "page__locale__language_code", "page__depth"
    )
    assert set(roots) == {("ar", 2)}
    assert not arabic.permissions.filter(codename__startswith="delete_").exists()
    counts = (Group.objects.count(), GroupPagePermission.objects.count())
    call_command("setup_roles", stdout=io.StringIO())
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == counts


@pytest.mark.django_db
def test_network_editor_option(demo_home):
    tree = make_translated_page_tree(demo_home)
    User = get_user_model()
    User.objects.create_user(username="mia")
    out = io.StringIO()
    call_command("setup_roles", "--network-editor", "mia", str(tree.network.pk), stdout=out)
    assert "mia" in out.getvalue()
    mia = User.objects.get(username="mia")
    assert tree.network.permissions_for_user(mia).can_edit()
    assert tree.meeting.permissions_for_user(mia).can_publish()
    assert not tree.contact.permissions_for_user(mia).can_edit()
    assert not tree.home.permissions_for_user(mia).can_edit()
    call_command("setup_roles", "--network-editor", "mia", str(tree.network.pk), stdout=out)
    assert mia.groups.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nobody", "1"], "There is no user"),
        (["mia", "999999"], "There is no page"),
        (["mia", "abc"], "There is no page"),
    ],
)
def test_network_editor_option_rejects_bad_input(demo_home, args, message):
    from django.core.management.base import CommandError

    get_user_model().objects.create_user(username="mia")
    with pytest.raises(CommandError, match=message):
        call_command("setup_roles", "--network-editor", *args, stdout=io.StringIO())


@pytest.mark.django_db
def test_network_editor_needs_the_german_page(demo_home):
    from django.core.management.base import CommandError

    get_user_model().objects.create_user(username="mia")
    arabic_home = demo_home.get_translation(Locale.objects.get(language_code="ar"))
    with pytest.raises(CommandError, match="translation"):
        call_command(
            "setup_roles", "--network-editor", "mia", str(arabic_home.pk), stdout=io.StringIO()
        )


def test_wagtail_defaults_become_the_german_freigabe(demo_home):
    from wagtail.models import GroupApprovalTask, Workflow

    assert list(Workflow.objects.values_list("name", flat=True)) == ["Freigabe"]
    task = GroupApprovalTask.objects.get()
    assert task.name == "Freigabe durch die Redaktion"
    assert [group.name for group in task.groups.all()] == ["Redaktion"]
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_wagtail_groups_someone_uses_are_kept(db):
    moderators = Group.objects.get(name="Moderators")
    get_user_model().objects.create_user("moderatorin").groups.add(moderators)
    make_demo_home()
    assert list(
        Group.objects.filter(name__in=["Editors", "Moderators"]).values_list("name", flat=True)
    ) == ["Moderators"]


def test_the_editor_submits_zur_freigabe_and_translators_see_no_unpublish(client, demo_home):
    from wagtail.users.models import UserProfile

    tree = make_translated_network_tree(demo_home)
    users = make_role_users(tree.network)
    for who in ("editor", "translator_ar"):
        UserProfile.objects.update_or_create(user=users[who], defaults={"preferred_language": "de"})
    edit = lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk])  # noqa: E731
    unpublish = lambda page: reverse("wagtailadmin_pages:unpublish", args=[page.pk])  # noqa: E731

    client.force_login(users["editor"])
    page = client.get(edit(tree.network)).content.decode()
    assert "Zur Freigabe einreichen" in page
    assert "Moderators" not in page
    assert unpublish(tree.network) in page

    client.force_login(users["translator_ar"])
    # The translation editor offers unpublishing only when its permissions say so.
    assert "&quot;canUnpublish&quot;: false" in client.get(edit(tree.network_ar)).content.decode()
    client.post(unpublish(tree.network_ar))
    tree.network_ar.refresh_from_db()
    assert tree.network_ar.live
