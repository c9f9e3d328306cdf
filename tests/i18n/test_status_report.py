"""The translation status report in the admin."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse

from cms.translation import translate_instance
from networks.models import Organisation
from tests.factories import make_demo_home, make_page
from tests.factories.i18n import make_translated_page_tree

URL = "/admin/reports/translation-status/"


def rows(html, code):
    section = re.search(rf'<section [^>]*data-locale="{code}".*?</section>', html, re.S).group(0)
    found = {}
    for status, cells in re.findall(r'<tr data-status="(\w+)">(.*?)</tr>', section, re.S):
        title = re.search(r"<bdi>(.*?)</bdi>", cells).group(1)
        found[title] = (status, cells)
    return found


class TranslationStatusReportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = make_translated_page_tree(make_demo_home())
        tree = cls.tree
        cls.organisation = Organisation.objects.create(
            name="Ortsamt Prohlis", kind="district_office", locale=tree.locale("de")
        )
        translate_instance(cls.organisation, "ar", {"Ortsamt Prohlis": "مكتب حي بروليس"})
        translate_instance(tree.contact, "ar", {"Kontakt": "اتصل بنا"})
        # The German contact page changes after its translation.
        tree.contact.title = "Kontakt und Anfahrt"
        tree.contact.save_revision().publish()
        User = get_user_model()
        cls.admin = User.objects.create_superuser(username="admin", password="pw")
        cls.translator = User.objects.create_user(username="ar", password="pw")
        cls.translator.groups.add(Group.objects.get(name="Übersetzung Arabisch"))

    def test_statuses_and_links_per_locale(self):
        self.client.force_login(self.admin)
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        arabic = rows(html, "ar")
        self.assertEqual(arabic["Netzwerk Familie"][0], "up_to_date")
        self.assertEqual(arabic["Willkommen im Quartier Prohlis"][0], "up_to_date")
        self.assertEqual(arabic["Kontakt und Anfahrt"][0], "outdated")
        self.assertEqual(arabic["Elterncafé"][0], "missing")
        self.assertEqual(arabic["Ortsamt Prohlis"][0], "up_to_date")
        network_ar = self.tree.network_ar
        self.assertIn(
            reverse("wagtailadmin_pages:edit", args=[network_ar.pk]), arabic["Netzwerk Familie"][1]
        )
        submit = reverse("wagtail_localize:submit_page_translation", args=[self.tree.meeting.pk])
        self.assertIn(submit + "?select_locale=ar", arabic["Elterncafé"][1])
        self.assertIn("/admin/localize/update/", arabic["Kontakt und Anfahrt"][1])
        persian = rows(html, "fa")
        self.assertEqual({status for status, _cells in persian.values()}, {"missing"})
        self.assertIn(
            "/admin/localize/submit/snippet/networks/organisation/", persian["Ortsamt Prohlis"][1]
        )
        self.assertNotIn('data-locale="de"', html)

    def test_changed_snippet_is_outdated(self):
        self.organisation.description = "Bürgerservice und Beratung."
        self.organisation.save()
        self.client.force_login(self.admin)
        arabic = rows(self.client.get(URL + "?locale=ar").content.decode(), "ar")
        self.assertEqual(arabic["Ortsamt Prohlis"][0], "outdated")

    def test_translators_see_only_their_locale(self):
        self.client.force_login(self.translator)
        html = self.client.get(URL).content.decode()
        self.assertIn('data-locale="ar"', html)
        self.assertNotIn('data-locale="fa"', html)
        self.assertEqual(self.client.get(URL + "?locale=fa").status_code, 400)

    def test_filter_by_status_and_bad_parameters(self):
        self.client.force_login(self.admin)
        html = self.client.get(URL + "?locale=ar&status=missing").content.decode()
        self.assertEqual({status for status, _ in rows(html, "ar").values()}, {"missing"})
        self.assertEqual(self.client.get(URL + "?status=kaputt").status_code, 400)
        self.assertEqual(self.client.get(URL + "?locale=xx").status_code, 400)

    def test_anonymous_and_non_admin_users_are_sent_away(self):
        self.assertEqual(self.client.get(URL).status_code, 302)
        outsider = get_user_model().objects.create_user(username="outsider", password="pw")
        self.client.force_login(outsider)
        self.assertEqual(self.client.get(URL).status_code, 302)

    def test_menu_item_under_reports(self):
        self.client.force_login(self.translator)
        html = self.client.get("/admin/").content.decode()
        self.assertIn(URL, html)

    def test_queries_do_not_grow_with_pages(self):
        self.client.force_login(self.admin)
        self.client.get(URL)  # warm the caches (site root paths, content types)
        before = self._count_queries()
        for number in range(15):
            make_page(self.tree.home, f"Seite {number}", f"seite-{number}")
        self.assertEqual(self._count_queries(), before)

    def _count_queries(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        self.client.get(URL)  # the sites, forgotten when a page is saved, are read again
        with CaptureQueriesContext(connection) as captured:
            response = self.client.get(URL)
        self.assertEqual(response.status_code, 200)
        return len(captured)
