import re

import pytest
from django.test import Client
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from tests.factories import make_demo_home


class HomePageTreeTests(WagtailPageTestCase):
    def test_created_only_at_the_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertAllowedParentPageTypes(HomePage, {Page})


class HomePageRenderingTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_demo_home()

    def test_renderable_and_editable(self):
        self.assertPageIsRenderable(self.home)
        self.login()
        post_data = nested_form_data(
            {
                "title": self.home.title,
                "slug": self.home.slug,
                "intro": self.home.intro,
                "body": streamfield([("paragraph", rich_text("<p>Neu im Quartier</p>"))]),
            }
        )
        self.assertPageIsEditable(self.home, post_data=post_data)
        self.assertPageIsPreviewable(self.home, post_data=post_data)

    def test_root_redirects_to_german(self):
        response = self.client.get("/", HTTP_ACCEPT_LANGUAGE="de")
        self.assertRedirects(response, "/de/", fetch_redirect_response=False)

    def test_german_page_is_ltr(self):
        html = self.client.get("/de/").content.decode()
        self.assertRegex(html, r'<html lang="de" dir="ltr">')
        self.assertIn("Willkommen im Quartier Prohlis", html)

    def test_arabic_page_is_rtl_and_arabic(self):
        html = self.client.get("/ar/").content.decode()
        self.assertRegex(html, r'<html lang="ar" dir="rtl">')
        self.assertIn("أهلاً بكم في حي بروليس", html)

    def test_switcher_and_hreflang_point_at_translations(self):
        html = self.client.get("/de/").content.decode()
        self.assertIn('<link rel="alternate" hreflang="ar" href="http://testserver/ar/">', html)
        self.assertIn('<link rel="alternate" hreflang="en" href="http://testserver/en/">', html)
        self.assertIn(
            '<link rel="alternate" hreflang="x-default" href="http://testserver/de/">', html
        )
        switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
        self.assertIn('href="/ar/" hreflang="ar" lang="ar" dir="rtl">العربية</a>', switcher)
        self.assertIn('aria-current="true" lang="de" dir="ltr">Deutsch</span>', switcher)
        # Every content language is reachable: an untranslated one leads to the
        # page's alias there (the original with a notice) and says so to screen
        # readers, but is no hreflang alternate.
        self.assertRegex(
            switcher,
            r'<a href="/tr/" hreflang="tr" lang="tr" dir="ltr" '
            r'class="language-switcher__untranslated">Türkçe<span class="visually-hidden" '
            r'lang="de" dir="ltr"> \(.+\)</span></a>',
        )
        self.assertNotIn('hreflang="tr" href=', html)
        turkish = self.client.get("/tr/").content.decode()
        self.assertIn('class="notice notice--translation"', turkish)

    def test_navigation_lists_live_children_of_the_localized_home(self):
        ar_home = self.home.get_translation(Locale.objects.get(language_code="ar"))
        child = Page(title="صفحة فرعية", slug="sub", show_in_menus=True)
        ar_home.add_child(instance=child)
        child.save_revision().publish()
        draft = Page(title="مسودة", slug="draft", show_in_menus=True, live=False)
        ar_home.add_child(instance=draft)
        html = self.client.get("/ar/").content.decode()
        nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
        self.assertIn("صفحة فرعية", nav)
        self.assertNotIn("مسودة", nav)
        self.assertNotIn("صفحة فرعية", self.client.get("/de/").content.decode())


@pytest.mark.django_db
def test_not_found_page_speaks_the_visitors_language(demo_home):
    client = Client()
    response = client.get("/ar/gibt-es-nicht/")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="ar" dir="rtl">' in html
    assert "الصفحة غير موجودة" in html
    response = client.get("/de/gibt-es-nicht/")
    assert "Seite nicht gefunden" in response.content.decode()


@pytest.mark.django_db
def test_server_error_page_speaks_the_visitors_language(rf):
    from django.utils import translation

    from cms.views import server_error

    with translation.override("ar"):
        response = server_error(rf.get("/ar/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="ar" dir="rtl">' in html
    assert "حدث خطأ ما" in html
