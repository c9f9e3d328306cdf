import pytest
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from cms.translation import translate_instance
from networks.models import NetworkPage, Organisation, Status
from tests.factories import make_demo_home
from tests.factories.networks import make_network_index, make_network_page, make_organisation

API_LISTING = "/api/v2/pages/"


def add_networks(index, count, organisations, image, start=0):
    for number in range(start, start + count):
        extra = {}
        if number % 3 == 0:
            extra.update(image=image, image_alt="Ein Bild")
        if number % 4 == 0:
            extra.update(status="continued_elsewhere", successor_name="KiNet")
        make_network_page(
            index,
            f"Netzwerk {number}",
            slug=f"netzwerk-{number}",
            founded_year=2000 + number % 20,
            founded_season="spring" if number % 2 else "",
            members=[(org, "Mitglied") for org in organisations[: 1 + number % 3]],
            body=[("paragraph", f"<p>Text {number}</p>")],
        )


class QueryCountTests(TestCase):
    """Rendering or listing many networks costs (almost) no more queries than a few."""

    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()
        cls.index = make_network_index(cls.home)
        cls.image = Image.objects.create(title="Bild", file=get_test_image_file())
        cls.organisations = [make_organisation(f"Verein {n}", "association") for n in range(3)]
        translate_instance(cls.organisations[0], "ar", {"Verein 0": "جمعية 0"})

    def count(self, url, **params):
        self.client.get(url, params)  # warm caches (site root paths, renditions)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url, params)
        self.assertEqual(response.status_code, 200, response.content[:500])
        return len(queries), response

    def test_index_and_api_listing_do_not_grow_with_the_number_of_networks(self):
        add_networks(self.index, 5, self.organisations, self.image)
        api_params = {"type": "networks.NetworkPage", "fields": "*", "limit": 100}
        index_5, response = self.count(self.index.url)
        self.assertEqual(response.content.decode().count('class="network-section"'), 5)
        api_5, response = self.count(API_LISTING, **api_params)
        self.assertEqual(len(response.json()["items"]), 5)

        add_networks(self.index, 45, self.organisations, self.image, start=5)
        index_50, response = self.count(self.index.url)
        self.assertEqual(response.content.decode().count('class="network-section"'), 50)
        api_50, response = self.count(API_LISTING, **api_params)
        self.assertEqual(len(response.json()["items"]), 50)

        print(f"index: {index_5} -> {index_50} queries; API: {api_5} -> {api_50} queries")
        self.assertLessEqual(index_50 - index_5, 2)
        self.assertLessEqual(api_50 - api_5, 2)


class APITests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()
        cls.index = make_network_index(cls.home, intro="Alle Netzwerke.")
        cls.qm = make_organisation(
            "Quartiersmanagement Prohlis", "neighbourhood_management", website="https://qm.example"
        )
        cls.network = make_network_page(
            cls.index,
            "Prohlis ist bunt",
            founded_year=2014,
            founded_season="spring",
            members=[(cls.qm, "Koordination")],
            body=[
                (
                    "timeline",
                    {
                        "heading": "Geschichte",
                        "milestones": [
                            {"date": {"year": 2014, "season": "autumn"}, "text": "Hilfe"}
                        ],
                    },
                )
            ],
        )
        cls.kita = make_network_page(
            cls.index,
            "KINET und Kita-Netzwerk",
            slug="kinet",
            status="continued_elsewhere",
            successor_name="KiNet",
            successor_page=cls.network,
            successor_note="Die Stadt führt es fort.",
        )

    def detail(self, page):
        response = self.client.get(f"{API_LISTING}{page.pk}/")
        self.assertEqual(response.status_code, 200)
        return response.json()

    def test_network_detail_has_structured_fields(self):
        data = self.detail(self.network)
        with translation.override("de"):
            kind_label = str(Organisation.Kind.NEIGHBOURHOOD_MANAGEMENT.label)
        self.assertEqual(data["meta"]["type"], "networks.NetworkPage")
        self.assertEqual(data["short_description"], "Kurzbeschreibung von Prohlis ist bunt.")
        self.assertEqual(
            data["founded"],
            {"year": 2014, "season": "spring", "month": None, "display": "Frühjahr 2014"},
        )
        with translation.override("de"):
            label = str(Status.ACTIVE.label)
        self.assertEqual(data["status"], {"code": "active", "label": label, "successor": None})
        self.assertEqual(
            data["members"],
            [
                {
                    "name": "Quartiersmanagement Prohlis",
                    "kind": "neighbourhood_management",
                    "kind_label": kind_label,
                    "website": "https://qm.example",
                    "description": None,
                    "role": "Koordination",
                }
            ],
        )
        timeline = data["body"][0]
        self.assertEqual(timeline["type"], "timeline")
        self.assertEqual(
            timeline["value"]["milestones"][0]["date"],
            {"year": 2014, "season": "autumn", "month": None, "display": "Herbst 2014"},
        )
        self.assertIsNone(data["image"])
        self.assertEqual(data["localization"]["locale"], "de")

    def test_dates_are_displayed_in_the_pages_language(self):
        page = NetworkPage.objects.get(pk=self.network.pk)
        page.founded_season, page.founded_month = "", 4
        page.body = [
            (
                "timeline",
                {
                    "heading": "",
                    "milestones": [{"date": {"year": 2010, "month": "4"}, "text": "Start"}],
                },
            )
        ]
        page.save_revision().publish()
        translate_instance(self.index, "ar", {"Netzwerke": "الشبكات"})
        arabic = translate_instance(page, "ar", {"Prohlis ist bunt": "بروليس ملوّنة"})
        de, ar = self.detail(page), self.detail(arabic)
        self.assertEqual(de["founded"]["display"], "April 2014")
        self.assertEqual(ar["founded"]["display"], "إبريل 2014")
        self.assertEqual(ar["body"][0]["value"]["milestones"][0]["date"]["display"], "إبريل 2010")
        self.assertEqual(ar["localization"]["direction"], "rtl")

    def test_status_with_successor(self):
        status = self.detail(self.kita)["status"]
        self.assertEqual(status["code"], "continued_elsewhere")
        with translation.override("de"):
            self.assertEqual(status["label"], str(Status.CONTINUED_ELSEWHERE.label))
        self.assertEqual(
            status["successor"],
            {
                "name": "KiNet",
                "url": self.network.url,
                "page": self.network.pk,
                "note": "Die Stadt führt es fort.",
            },
        )

    def test_index_detail_and_type_filter(self):
        data = self.detail(self.index)
        self.assertEqual(data["intro"], "Alle Netzwerke.")
        self.assertEqual(data["body"], [])
        response = self.client.get(
            API_LISTING, {"type": "networks.NetworkPage", "child_of": self.index.pk}
        )
        titles = [item["title"] for item in response.json()["items"]]
        self.assertEqual(sorted(titles), ["KINET und Kita-Netzwerk", "Prohlis ist bunt"])


@pytest.mark.django_db
def test_unknown_page_type_is_a_bad_request(client, demo_home):
    response = client.get(API_LISTING, {"type": "networks.Nope"})
    assert response.status_code == 400


class APIv3Tests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()
        cls.index = make_network_index(cls.home)
        org = make_organisation("Ortsamt Prohlis")
        cls.network = make_network_page(
            cls.index, "Vernetzungstreffen", founded_year=2010, founded_month=4, members=[org]
        )

    def test_v3_detail_and_schema_type_the_structured_fields(self):
        response = self.client.get(f"/api/v3/pages/{self.network.pk}/")
        self.assertEqual(response.status_code, 200, response.content[:500])
        data = response.json()
        self.assertEqual(data["founded"]["display"], "April 2010")
        self.assertEqual(data["status"]["code"], "active")
        self.assertEqual(data["members"][0]["name"], "Ortsamt Prohlis")
        schemas = self.client.get("/api/v3/openapi.json").json()["components"]["schemas"]
        self.assertEqual(schemas["PartialDate"]["properties"]["year"]["type"], "integer")
        self.assertIn("successor", schemas["NetworkStatus"]["properties"])
        self.assertIn("role", schemas["NetworkMember"]["properties"])
