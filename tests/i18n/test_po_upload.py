"""The translation editor's PO upload: files it cannot import are refused with a message."""

import io

import polib
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import constants, get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from tests.factories import make_demo_home, make_page
from tests.factories.i18n import translation_of

NOT_A_PO_FILE = (
    "The uploaded file is not a PO file. Upload the PO file downloaded from this translation."
)
NO_HEADER = (
    "The PO file has no translation header. Upload the PO file downloaded from "
    "this translation, with its header unchanged."
)


class PoUploadTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_demo_home()
        cls.page = make_page(home, "Treff der Nachbarn", "treff")
        from home.demo import synchronise_locale_trees

        synchronise_locale_trees(io.StringIO())
        cls.translator = get_user_model().objects.create_user(username="ar", password="pw")
        cls.translator.groups.add(Group.objects.get(name="Übersetzung Arabisch"))

    def setUp(self):
        self.client.force_login(self.translator)
        alias = translation_of(self.page, "ar")
        submit = reverse("wagtail_localize:submit_page_translation", args=[self.page.pk])
        response = self.client.post(submit, {"locales": [alias.locale_id]})
        self.assertEqual(response.status_code, 302)
        self.target = Page.objects.get(pk=alias.pk)
        self.translation = Translation.objects.get(
            source__object_id=self.page.translation_key, target_locale=self.target.locale
        )
        self.edit_url = reverse("wagtailadmin_pages:edit", args=[self.target.pk])
        self.upload_url = reverse("wagtail_localize:upload_pofile", args=[self.translation.pk])

    def downloaded_po(self):
        download = reverse("wagtail_localize:download_pofile", args=[self.translation.pk])
        return polib.pofile(self.client.get(download).content.decode())

    def stored(self):
        return sorted(
            StringTranslation.objects.filter(
                locale=self.target.locale, context__object_id=self.page.translation_key
            ).values_list("data", flat=True)
        )

    def upload(self, content=None, name="treff-ar.po"):
        data = {"next": self.edit_url}
        if content is not None:
            data["file"] = SimpleUploadedFile(name, content, "text/x-gettext-translation")
        return self.client.post(self.upload_url, data)

    def messages(self, response, level):
        return [m.message.strip() for m in get_messages(response.wsgi_request) if m.level == level]

    def assert_refused(self, response, message):
        self.assertRedirects(response, self.edit_url, fetch_redirect_response=False)
        self.assertEqual(self.messages(response, constants.ERROR), [gettext(message)])
        self.assertEqual(self.stored(), [])
        self.target.refresh_from_db()
        self.assertEqual(self.target.title, "Treff der Nachbarn")

    def test_no_file(self):
        self.assert_refused(self.upload(), "Choose a PO file to upload.")

    def test_empty_file(self):
        self.assert_refused(self.upload(b""), "The uploaded file is empty.")

    def test_blank_file(self):
        self.assert_refused(self.upload(b"\n  \n"), "The uploaded file is empty.")

    def test_text_that_is_not_a_po_file(self):
        self.assert_refused(self.upload(b"Liebe Nachbarn,\nbis Montag!\n"), NOT_A_PO_FILE)

    def test_binary_garbage(self):
        garbage = bytes(range(256)) * 16
        self.assert_refused(self.upload(garbage, name="bild.png"), NOT_A_PO_FILE)

    def test_bytes_that_are_not_utf8(self):
        self.assert_refused(self.upload(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), NOT_A_PO_FILE)

    def test_po_file_without_its_header(self):
        po = self.downloaded_po()
        entry = po.find("Treff der Nachbarn")
        entry.msgstr = "ملتقى الجيران"
        headless = polib.POFile()
        headless.append(entry)
        self.assert_refused(self.upload(str(headless).encode()), NO_HEADER)

    def test_po_file_with_only_a_translation(self):
        content = 'msgid "Treff der Nachbarn"\nmsgstr "ملتقى الجيران"\n'.encode()
        self.assert_refused(self.upload(content), NO_HEADER)

    def test_get_is_not_allowed(self):
        self.assertEqual(self.client.get(self.upload_url).status_code, 405)

    def test_downloaded_po_file_is_imported(self):
        po = self.downloaded_po()
        po.find("Treff der Nachbarn").msgstr = "ملتقى الجيران"
        response = self.upload(str(po).encode())
        self.assertRedirects(response, self.edit_url, fetch_redirect_response=False)
        self.assertEqual(self.messages(response, constants.ERROR), [])
        self.assertIn(
            gettext("Successfully imported translations from PO File."),
            self.messages(response, constants.SUCCESS),
        )
        self.assertEqual(self.stored(), ["ملتقى الجيران"])

    def test_translator_of_another_language_is_refused_before_the_file_is_read(self):
        other = get_user_model().objects.create_user(username="fa", password="pw")
        other.groups.add(Group.objects.get(name="Übersetzung Persisch"))
        self.client.force_login(other)
        response = self.upload(b"")
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.assertEqual(
            self.messages(response, constants.ERROR),
            [gettext("Sorry, you do not have permission to access this area.")],
        )
        self.assertEqual(self.stored(), [])
