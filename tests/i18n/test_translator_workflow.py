"""Translators' work end to end: machine translation, PO files, and which translator is set."""

import io
import os
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from tests.factories import make_demo_home, make_page
from tests.factories.i18n import make_translated_page_tree, translation_of

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k" * 30 + "-Zx8!qL2#vB9@wE4$rT6%yU1^iO3&pA5*sD7"
TRANSLATOR_ENV = ("DEEPL_AUTH_KEY", "LIBRETRANSLATE_URL", "LIBRETRANSLATE_API_KEY")


def configured_translator(settings_module, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DATABASE_URL", *TRANSLATOR_ENV}
    }
    environment.update(DJANGO_SETTINGS_MODULE=settings_module, SECRET_KEY=STRONG_KEY, **env)
    code = (
        "from django.conf import settings; "
        "print(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', {}).get('CLASS'))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1].rsplit(".", 1)[-1]


@pytest.mark.parametrize(
    ("settings_module", "env", "expected"),
    [
        ("cms.settings.production", {}, "None"),
        ("cms.settings.production", {"DEEPL_AUTH_KEY": "key:fx"}, "DeepLTranslator"),
        (
            "cms.settings.production",
            {"LIBRETRANSLATE_URL": "https://translate.example.org"},
            "LibreTranslator",
        ),
        (
            "cms.settings.production",
            {"DEEPL_AUTH_KEY": "key:fx", "LIBRETRANSLATE_URL": "https://translate.example.org"},
            "DeepLTranslator",
        ),
        ("cms.settings.dev", {}, "DummyTranslator"),
        ("cms.settings.dev", {"DEEPL_AUTH_KEY": "key:fx"}, "DeepLTranslator"),
    ],
)
def test_machine_translator_follows_the_environment(settings_module, env, expected):
    assert configured_translator(settings_module, **env) == expected


class TranslatorWorkflowTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = make_translated_page_tree(make_demo_home())
        cls.page = make_page(cls.tree.home, "Treff der Nachbarn", "treff")
        from home.demo import synchronise_locale_trees

        synchronise_locale_trees(io.StringIO())
        cls.translator = get_user_model().objects.create_user(username="ar", password="pw")
        cls.translator.groups.add(Group.objects.get(name="Übersetzung Arabisch"))

    def setUp(self):
        self.client.force_login(self.translator)

    def start_translation(self):
        alias = translation_of(self.page, "ar")
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[alias.pk]))
        self.assertContains(response, "select_locale=ar")
        submit = reverse("wagtail_localize:submit_page_translation", args=[self.page.pk])
        response = self.client.post(submit, {"locales": [self.tree.locale("ar").pk]})
        self.assertEqual(response.status_code, 302)
        page = Page.objects.get(pk=alias.pk)
        self.assertIsNone(page.alias_of_id)
        translation = Translation.objects.get(
            source__object_id=self.page.translation_key, target_locale=page.locale
        )
        return page, translation

    def publish(self, page):
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(edit_url, {"action": "publish"})
        self.assertRedirects(response, edit_url, fetch_redirect_response=False)
        return Page.objects.get(pk=page.pk)

    def test_machine_translation_then_publish(self):
        page, translation = self.start_translation()
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = self.client.get(edit_url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "machine_translate")
        machine = reverse("wagtail_localize:machine_translate", args=[translation.pk])
        response = self.client.post(machine, {"next": edit_url})
        self.assertRedirects(response, edit_url, fetch_redirect_response=False)
        machine_strings = StringTranslation.objects.filter(
            locale=page.locale, translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
        )
        self.assertTrue(machine_strings.filter(data="Nachbarn der Treff").exists())
        page = self.publish(page)
        self.assertEqual(page.title, "Nachbarn der Treff")
        self.assertTrue(page.live)
        html = Client().get(page.url).content.decode()
        self.assertIn("Nachbarn der Treff", html)
        # The German page is untouched and out of the translator's reach.
        self.page.refresh_from_db()
        self.assertEqual(self.page.title, "Treff der Nachbarn")
        german_edit = reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        self.assertEqual(self.client.get(german_edit).status_code, 302)

    def test_po_file_download_and_upload(self):
        page, translation = self.start_translation()
        download = reverse("wagtail_localize:download_pofile", args=[translation.pk])
        response = self.client.get(download)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/x-gettext-translation")
        po = polib.pofile(response.content.decode())
        entry = po.find("Treff der Nachbarn")
        self.assertIsNotNone(entry)
        entry.msgstr = "ملتقى الجيران"
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        upload = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
        po_file = SimpleUploadedFile("treff-ar.po", str(po).encode(), "text/x-gettext-translation")
        response = self.client.post(upload, {"file": po_file, "next": edit_url})
        self.assertRedirects(response, edit_url, fetch_redirect_response=False)
        page = self.publish(page)
        response = Client().get(page.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "ملتقى الجيران")
        self.assertNotContains(response, "notice--translation")

    def test_po_file_of_another_translation_is_refused(self):
        page, translation = self.start_translation()
        other = Translation.objects.get(
            source__object_id=self.tree.network.translation_key, target_locale=page.locale
        )
        po = polib.pofile(
            self.client.get(
                reverse("wagtail_localize:download_pofile", args=[other.pk])
            ).content.decode()
        )
        upload = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
        po_file = SimpleUploadedFile("wrong.po", str(po).encode())
        self.client.post(upload, {"file": po_file})
        self.assertFalse(
            StringTranslation.objects.filter(
                locale=page.locale, context__object_id=self.page.translation_key
            ).exists()
        )
