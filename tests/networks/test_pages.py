import re

from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from cms.translation import translate_instance
from home.models import HomePage
from networks.models import NetworkIndexPage, NetworkPage, VolunteerFormPage
from tests.factories import make_demo_home
from tests.factories.networks import make_network_index, make_network_page, make_organisation


def network_form_data(**overrides):
    """Admin form data for a network page, valid unless ``overrides`` break it."""
    data = {
        "title": "Stadtteilrunde Prohlis",
        "slug": "stadtteilrunde-prohlis",
        "short_description": "Alle Träger der Kinder- und Jugendhilfe an einem Tisch.",
        "topic": "children",
        "founded_year": "2012",
        "founded_season": "",
        "founded_month": "",
        "status": "active",
        "successor_name": "",
        "successor_page": "",
        "successor_url": "",
        "successor_note": "",
        "website": "https://example.org",
        "image": "",
        "image_alt": "",
        "contact": streamfield([]),
        "body": streamfield(
            [
                ("paragraph", rich_text("<p>Wir stimmen uns ab.</p>")),
                (
                    "timeline",
                    {
                        "heading": "Geschichte",
                        "milestones": streamfield(
                            [
                                (
                                    "item",
                                    {
                                        "date": {"year": "2012", "season": "spring", "month": ""},
                                        "text": "Erstes Treffen",
                                    },
                                )
                            ]
                        ),
                    },
                ),
            ]
        ),
        "members": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


class TreeTests(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertCanCreateAt(HomePage, NetworkIndexPage)
        self.assertCanCreateAt(NetworkIndexPage, NetworkPage)
        self.assertCanNotCreateAt(HomePage, NetworkPage)
        self.assertCanNotCreateAt(Page, NetworkIndexPage)
        self.assertAllowedParentPageTypes(NetworkIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(NetworkPage, {NetworkIndexPage})
        self.assertAllowedSubpageTypes(NetworkIndexPage, {NetworkPage})
        self.assertAllowedSubpageTypes(NetworkPage, {VolunteerFormPage})


class NetworkPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()
        cls.index = make_network_index(cls.home, intro="Alle Netzwerke im Stadtteil.")
        cls.qm = make_organisation("Quartiersmanagement Prohlis", "neighbourhood_management")
        cls.kitas = make_organisation("Kitas im Gebiet", "kita", website="https://kita.example")
        cls.bunt = make_network_page(
            cls.index,
            "Prohlis ist bunt",
            founded_year=2014,
            founded_season="spring",
            members=[(cls.qm, "Koordination"), cls.kitas],
            website="https://www.prohlis-ist-bunt.de",
        )
        cls.kita_network = make_network_page(
            cls.index,
            "KINET und Kita-Netzwerk",
            slug="kinet",
            status="continued_elsewhere",
            successor_name="KiNet der Landeshauptstadt Dresden",
            successor_url="https://www.dresden.de/kinet",
            successor_note="Die Stadt führt das Netzwerk weiter.",
            members=[cls.kitas],
        )

    def test_pages_render_edit_and_preview(self):
        self.assertPageIsRenderable(self.index)
        self.assertPageIsRenderable(self.bunt)
        self.assertPageIsRenderable(self.index, query_data={"topic": "children"})
        self.login()
        post_data = network_form_data(title="Prohlis ist bunt", slug="prohlis-ist-bunt")
        self.assertPageIsEditable(self.bunt, post_data=post_data)
        self.assertPageIsPreviewable(self.bunt, post_data=post_data)
        index_data = nested_form_data(
            {
                "title": "Netzwerke",
                "slug": "netzwerke",
                "intro": "Neu",
                "body": streamfield([("paragraph", rich_text("<p>Hallo</p>"))]),
                "comments": inline_formset([]),
            }
        )
        self.assertPageIsEditable(self.index, post_data=index_data)
        self.assertPageIsPreviewable(self.index, post_data=index_data)

    def test_editor_creates_a_network_with_blocks_and_members(self):
        self.login()
        url = reverse("wagtailadmin_pages:add", args=("networks", "networkpage", self.index.pk))
        data = network_form_data(
            members=inline_formset([{"organisation": self.qm.pk, "role": "Mitglied"}]),
        )
        data["action-publish"] = "publish"
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content.decode()[:2000])
        page = NetworkPage.objects.get(slug="stadtteilrunde-prohlis", locale=self.home.locale)
        self.assertTrue(page.live)
        self.assertEqual([block.block_type for block in page.body], ["paragraph", "timeline"])
        self.assertEqual(page.members.get().organisation, self.qm)
        html = self.client.get(page.url).content.decode()
        self.assertIn("Erstes Treffen", html)
        self.assertIn("Quartiersmanagement Prohlis", html)

    def test_the_tabs_keep_their_addresses_in_every_admin_language(self):
        user = self.login()
        url = reverse("wagtailadmin_pages:add", args=("networks", "networkpage", self.index.pk))
        profile = UserProfile.get_for_user(user)
        for language in ("ar", "de"):
            profile.preferred_language = language
            profile.save()
            response = self.client.get(url)
            for name in ("content", "facts", "members", "promote"):
                self.assertContains(response, f'id="tab-{name}"')

    def assert_field_errors(self, expected_fields, **overrides):
        url = reverse("wagtailadmin_pages:add", args=("networks", "networkpage", self.index.pk))
        response = self.client.post(url, network_form_data(**overrides))
        self.assertEqual(response.status_code, 200)
        form = response.context["form"]
        for name in expected_fields:
            self.assertIn(name, form.errors, form.errors)
        return form

    def test_bad_inputs_give_field_errors(self):
        self.login()
        form = self.assert_field_errors(["founded_year"], founded_year="1850")
        self.assertIn("1900", str(form.errors["founded_year"]))
        form = self.assert_field_errors(["founded_year"], founded_year="2999")
        self.assertIn("Geben Sie ein Jahr zwischen 1900 und", str(form.errors["founded_year"]))
        form = self.assert_field_errors(
            ["founded_month"], founded_season="spring", founded_month="4"
        )
        self.assertIn(
            "entweder eine Jahreszeit oder einen Monat", str(form.errors["founded_month"])
        )
        form = self.assert_field_errors(["successor_name"], status="continued_elsewhere")
        self.assertIn("braucht einen Nachfolger", str(form.errors["successor_name"]))
        self.assert_field_errors(["website"], website="keine adresse")
        self.assert_field_errors(["short_description"], short_description="x" * 301)
        self.assertFalse(NetworkPage.objects.filter(slug="stadtteilrunde-prohlis").exists())

    def test_bad_timeline_date_is_a_block_error(self):
        self.login()
        url = reverse("wagtailadmin_pages:add", args=("networks", "networkpage", self.index.pk))
        body = streamfield(
            [
                (
                    "timeline",
                    {
                        "heading": "",
                        "milestones": streamfield(
                            [
                                (
                                    "item",
                                    {
                                        "date": {"year": "2012", "season": "spring", "month": "5"},
                                        "text": "Zu genau",
                                    },
                                )
                            ]
                        ),
                    },
                )
            ]
        )
        response = self.client.post(url, network_form_data(body=body))
        self.assertEqual(response.status_code, 200)
        self.assertIn("body", response.context["form"].errors)
        self.assertFalse(NetworkPage.objects.filter(slug="stadtteilrunde-prohlis").exists())

    def test_index_toc_anchors_resolve_and_sections_link_back_to_top(self):
        html = self.client.get(self.index.url).content.decode()
        toc = re.search(r'<nav class="toc networks-toc".*?</nav>', html, re.S).group(0)
        anchors = re.findall(r'href="#([^"]+)"', toc)
        self.assertEqual(anchors, ["prohlis-ist-bunt", "kinet"])
        for anchor in anchors:
            section = re.search(rf'<section[^>]* id="{anchor}".*?</section>', html, re.S)
            self.assertIsNotNone(section, anchor)
            self.assertIn('href="#top"', section.group(0))
        self.assertIn('id="top"', html)
        self.assertIn("Frühjahr 2014", html)
        self.assertIn("2 Organisationen", html)

    def test_index_follows_the_editors_order(self):
        self.kita_network.move(self.bunt, pos="left")
        html = self.client.get(self.index.url).content.decode()
        self.assertLess(html.index('id="kinet"'), html.index('id="prohlis-ist-bunt"'))

    def test_topic_filter_and_bad_topic(self):
        bunt = NetworkPage.objects.get(pk=self.bunt.pk)
        bunt.topic = "integration"
        bunt.save_revision().publish()
        html = self.client.get(self.index.url, {"topic": "integration"}).content.decode()
        self.assertIn('id="prohlis-ist-bunt"', html)
        self.assertNotIn('id="kinet"', html)
        response = self.client.get(self.index.url, {"topic": "<script>"})
        self.assertEqual(response.status_code, 400)
        self.assertIn('id="kinet"', response.content.decode())
        self.assertNotIn("<script>", response.content.decode())

    def test_continued_elsewhere_shows_the_successor(self):
        html = self.client.get(self.kita_network.url).content.decode()
        notice = re.search(r'<div class="notice network-successor">.*?</div>', html, re.S).group(0)
        self.assertIn('href="https://www.dresden.de/kinet"', notice)
        self.assertIn("KiNet der Landeshauptstadt Dresden", notice)
        self.assertIn("Die Stadt führt das Netzwerk weiter.", notice)
        index_html = self.client.get(self.index.url).content.decode()
        self.assertIn("jetzt: <bdi>KiNet der Landeshauptstadt Dresden</bdi>", index_html)

    def test_successor_page_links_to_its_translation(self):
        en = Locale.objects.get(language_code="en")
        translate_instance(self.index, "en", {"Netzwerke": "Networks"})
        self.kita_network.successor_page = self.bunt
        self.kita_network.successor_name = ""
        self.kita_network.successor_url = ""
        self.kita_network.save_revision().publish()
        translate_instance(self.bunt, "en", {"Prohlis ist bunt": "Prohlis is colourful"})
        kita_en = translate_instance(self.kita_network, "en", {})
        self.assertEqual(kita_en.locale, en)
        html = self.client.get(kita_en.url).content.decode()
        self.assertIn('href="/en/netzwerke/prohlis-ist-bunt/"', html)
        self.assertIn("Prohlis ist bunt", html)

    def test_members_are_listed_with_roles_and_other_networks(self):
        html = self.client.get(self.bunt.url).content.decode()
        members = re.search(r'<ul class="member-list">.*?</ul>', html, re.S).group(0)
        self.assertLess(members.index("Quartiersmanagement Prohlis"), members.index("Kitas"))
        self.assertIn("Koordination", members)
        self.assertIn('href="https://kita.example"', members)
        self.assertIn(f'href="{self.kita_network.url}"', members)  # Kitas are also in KINET

    def test_members_use_the_translation_in_the_pages_language(self):
        translate_instance(self.index, "ar", {"Netzwerke": "الشبكات"})
        translate_instance(self.kitas, "ar", {"Kitas im Gebiet": "رياض الأطفال في المنطقة"})
        bunt_ar = translate_instance(self.bunt, "ar", {"Prohlis ist bunt": "بروليس ملوّنة"})
        html = self.client.get(bunt_ar.url).content.decode()
        self.assertIn('<html lang="ar" dir="rtl">', html)
        self.assertIn("رياض الأطفال في المنطقة", html)
        self.assertNotIn("Kitas im Gebiet", html)
        # Not translated: the source organisation is shown.
        self.assertIn("Quartiersmanagement Prohlis", html)

    def test_network_page_meta_description_is_the_short_description(self):
        html = self.client.get(self.bunt.url).content.decode()
        self.assertIn(
            '<meta name="description" content="Kurzbeschreibung von Prohlis ist bunt.">', html
        )
