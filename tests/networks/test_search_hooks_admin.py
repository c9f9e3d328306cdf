import re

from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.test.utils import WagtailPageTestCase

from cms.translation import translate_instance
from networks.models import Organisation
from networks.sections import NETWORKS_PAGE_SECTIONS_HOOK
from tests.factories import make_demo_home
from tests.factories.networks import make_network_index, make_network_page, make_organisation


def upcoming_events_section(page, request):
    if page.slug != "prohlis-ist-bunt":
        return None
    return {"title": "Nächste Termine", "html": format_html("<p>{}</p>", "Begegnungscafé, Montag")}


class NetworkSearchHookAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()
        cls.index = make_network_index(cls.home)
        cls.kem = make_organisation("Kommunalentwicklung Mitteldeutschland", "other")
        cls.kita = make_organisation("Kita Sonnenschein", "kita")
        cls.bunt = make_network_page(
            cls.index,
            "Prohlis ist bunt",
            short_description="Willkommensklima für Geflüchtete.",
            members=[cls.kem],
            body=[("paragraph", "<p>Wir treffen uns im Begegnungscafé.</p>")],
        )
        cls.lag = make_network_page(cls.index, "LAG Sachsen", members=[cls.kita])

    def search_titles(self, query, language="de"):
        response = self.client.get(f"/{language}/search/", {"q": query})
        self.assertEqual(response.status_code, 200)
        return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())

    def test_search_finds_networks_by_title_description_body_and_members(self):
        self.assertIn("Prohlis ist bunt", self.search_titles("bunt"))
        self.assertIn("Prohlis ist bunt", self.search_titles("Willkommensklima"))
        self.assertIn("Prohlis ist bunt", self.search_titles("Begegnungscafé"))
        self.assertEqual(self.search_titles("Mitteldeutschland"), ["Prohlis ist bunt"])
        self.assertEqual(self.search_titles("Sonnenschein"), ["LAG Sachsen"])

    def test_search_stays_in_the_current_locale(self):
        translate_instance(self.index, "en", {"Netzwerke": "Networks"})
        translate_instance(self.bunt, "en", {"Prohlis ist bunt": "Colourful Prohlis"})
        self.assertEqual(self.search_titles("Colourful", "en"), ["Colourful Prohlis"])
        self.assertEqual(self.search_titles("Colourful", "de"), [])

    def test_registered_sections_appear_after_the_body(self):
        with hooks.register_temporarily(NETWORKS_PAGE_SECTIONS_HOOK, upcoming_events_section):
            html = self.client.get(self.bunt.url).content.decode()
            other = self.client.get(self.lag.url).content.decode()
        section = re.search(r'<section class="network-extra">.*?</section>', html, re.S).group(0)
        self.assertIn("<h2>Nächste Termine</h2>", section)
        self.assertIn("<p>Begegnungscafé, Montag</p>", section)
        self.assertLess(html.index("Wir treffen uns"), html.index("Nächste Termine"))
        self.assertNotIn("network-extra", other)
        self.assertNotIn("Nächste Termine", self.client.get(self.bunt.url).content.decode())

    def test_organisation_snippet_admin_lists_searches_and_filters(self):
        self.login()
        url = reverse("wagtailsnippets_networks_organisation:list")
        html = self.client.get(url).content.decode()
        self.assertIn("Kita Sonnenschein", html)
        self.assertIn("Prohlis ist bunt", html)  # the memberships column
        html = self.client.get(url, {"kind": "kita"}).content.decode()
        self.assertIn("Kita Sonnenschein", html)
        self.assertNotIn("Kommunalentwicklung Mitteldeutschland", html)
        html = self.client.get(url, {"q": "Sonnenschein"}).content.decode()
        self.assertIn("Kita Sonnenschein", html)
        self.assertNotIn("Kommunalentwicklung Mitteldeutschland", html)

    def test_organisation_form_rejects_a_bad_website(self):
        self.login()
        url = reverse("wagtailsnippets_networks_organisation:add")
        response = self.client.post(
            url, {"name": "Neuer Verein", "kind": "association", "website": "kein link"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("website", response.context["form"].errors)
        self.assertFalse(Organisation.objects.filter(name="Neuer Verein").exists())
        response = self.client.post(
            url, {"name": "Neuer Verein", "kind": "association", "website": "https://v.example"}
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Organisation.objects.get(name="Neuer Verein").locale.language_code, "de")
