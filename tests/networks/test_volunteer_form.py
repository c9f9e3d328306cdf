"""The volunteer sign-up form: signing up in German and Arabic, bad input, the honeypot,
who sees the sign-ups, their deletion after the retention period, and the demo form."""

import io
import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client, TestCase, override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue

from cms import roles
from cms.translation import translate_instance
from home.demo import synchronise_locale_trees
from home.models import HomePage
from networks import blocks
from networks.models import (
    NetworkIndexPage,
    NetworkPage,
    VolunteerFormField,
    VolunteerFormPage,
    VolunteerSubmission,
)
from networks.volunteer_forms import CONSENT_FIELD, HONEYPOT_FIELD, MULTILINE_MAX
from tests.factories import make_demo_home, make_user
from tests.factories.networks import make_network_index, make_network_page

CHOICES_DE = "Patenschaft\nBegegnungscafé"
CHOICES_AR = "المرافقة\nمقهى اللقاء"
PRIVACY_DE = "Ich bin einverstanden, dass meine Angaben gespeichert werden."
ARABIC = {
    "Mitmachen": "تطوّعوا معنا",
    "Name": "الاسم",
    "E-Mail-Adresse": "البريد الإلكتروني",
    "Telefon": "الهاتف",
    "Wobei möchten Sie helfen?": "كيف تودّون المساعدة؟",
    StringValue.from_plaintext(CHOICES_DE).data: StringValue.from_plaintext(CHOICES_AR).data,
    "Ihre Nachricht": "رسالتكم",
    PRIVACY_DE: "أوافق على حفظ بياناتي.",
    "Wir freuen uns auf Sie.": "يسعدنا انضمامكم.",
    "Danke, wir melden uns.": "شكراً، سنتواصل معكم.",
    "Wenn wir Sie lieber anrufen sollen.": "إذا كنتم تفضّلون أن نتصل بكم.",
}


def volunteer_call(form=None, url=""):
    return (
        "volunteer_call",
        {
            "title": "Patinnen und Paten gesucht",
            "wanted": "Menschen mit etwas Zeit",
            "tasks": "",
            "how_to_join": "",
            "email": "",
            "form_page": form.pk if form else None,
            "url": url,
        },
    )


def build_site():
    """A network with its sign-up form (German, Arabic translation, aliases elsewhere)."""
    home = make_demo_home()
    index = make_network_index(home)
    network = make_network_page(index, "Prohlis ist bunt", body=[volunteer_call()])
    other = make_network_page(index, "Netzwerk Nachbarschaft")
    form = VolunteerFormPage(
        title="Mitmachen",
        slug="mitmachen",
        intro="<p>Wir freuen uns auf Sie.</p>",
        privacy_text=PRIVACY_DE,
        thank_you_text="<p>Danke, wir melden uns.</p>",
        to_address="buero@example.org",
    )
    form.form_fields = [
        VolunteerFormField(label="Name", field_type="singleline", autocomplete="name"),
        VolunteerFormField(label="E-Mail-Adresse", field_type="email"),
        VolunteerFormField(
            label="Telefon",
            field_type="singleline",
            required=False,
            autocomplete="tel",
            help_text="Wenn wir Sie lieber anrufen sollen.",
        ),
        VolunteerFormField(
            label="Wobei möchten Sie helfen?", field_type="checkboxes", choices=CHOICES_DE
        ),
        VolunteerFormField(label="Ihre Nachricht", field_type="multiline", required=False),
    ]
    network.add_child(instance=form)
    form.save_revision().publish()
    name, value = volunteer_call()
    network.body = [(name, {**value, "form_page": form})]
    network.save_revision().publish()
    synchronise_locale_trees(io.StringIO())
    network_ar = translate_instance(network, "ar", {"Prohlis ist bunt": "بروليس ملوّنة"})
    form_ar = translate_instance(form, "ar", ARABIC)
    return home, index, network, other, form, network_ar, form_ar


def answers(**overrides):
    data = {
        "name": "Amal Haddad",
        "e_mail_adresse": "amal@example.org",
        "telefon": "",
        "wobei_mochten_sie_helfen": ["Patenschaft"],
        "ihre_nachricht": "Ich habe montags Zeit.",
        CONSENT_FIELD: "on",
        HONEYPOT_FIELD: "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


class VolunteerFormTestCase(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        (
            cls.home,
            cls.index,
            cls.network,
            cls.other,
            cls.form,
            cls.network_ar,
            cls.form_ar,
        ) = build_site()

    def post(self, page, data):
        return self.client.post(page.url, data)


class SignUpTests(VolunteerFormTestCase):
    def test_tree_rules_of_the_form(self):
        self.assertEqual(VolunteerFormPage.parent_page_types, ["networks.NetworkPage"])
        self.assertAllowedSubpageTypes(VolunteerFormPage, set())
        self.assertCanNotCreateAt(NetworkIndexPage, VolunteerFormPage)
        self.assertCanNotCreateAt(HomePage, VolunteerFormPage)

    def test_network_pages_take_the_form(self):
        self.assertAllowedParentPageTypes(VolunteerFormPage, {NetworkPage})
        self.assertCanCreateAt(NetworkPage, VolunteerFormPage)

    def test_the_form_page_shows_labelled_fields_consent_and_a_hidden_honeypot(self):
        response = self.client.get(self.form.url)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn('<label class="form-field__label" for="id_name">Name', html)
        self.assertRegex(html, r'<input[^>]*name="name"[^>]*autocomplete="name"')
        self.assertRegex(html, r'<input[^>]*type="email"[^>]*autocomplete="email"')
        self.assertRegex(html, r'<input[^>]*type="tel"[^>]*autocomplete="tel"')
        self.assertIn("<legend", html)
        self.assertIn(f'<label for="id_{CONSENT_FIELD}" dir="auto">{PRIVACY_DE}', html)
        trap = re.search(
            r'<div class="volunteer-form__trap" aria-hidden="true">.*?</div>', html, re.S
        )
        self.assertIsNotNone(trap)
        self.assertRegex(trap.group(0), r'tabindex="-1"')
        self.assertRegex(trap.group(0), r'autocomplete="off"')
        self.assertIn('href="/de/netzwerke/prohlis-ist-bunt/"', html)

    def test_signing_up_in_german_stores_the_answers_and_mails_the_office(self):
        response = self.post(self.form, answers())
        self.assertEqual(response.status_code, 200)
        self.assertTemplateUsed(response, "networks/volunteer_form_page_landing.html")
        submission = VolunteerSubmission.objects.get()
        self.assertEqual(submission.page_id, self.form.pk)
        self.assertEqual(submission.language, "de")
        self.assertEqual(submission.form_data["name"], "Amal Haddad")
        self.assertEqual(submission.form_data["wobei_mochten_sie_helfen"], ["Patenschaft"])
        self.assertIs(submission.form_data[CONSENT_FIELD], True)
        self.assertNotIn(HONEYPOT_FIELD, submission.form_data)
        [message] = mail.outbox
        self.assertEqual(message.to, ["buero@example.org"])
        self.assertEqual(message.reply_to, ["amal@example.org"])
        with translation.override("de"):
            subject = gettext("New volunteer sign-up: %(title)s") % {"title": "Mitmachen"}
        self.assertEqual(message.subject, subject)
        self.assertIn("Name: Amal Haddad\n", message.body)
        self.assertIn("Wobei möchten Sie helfen?: Patenschaft\n", message.body)
        self.assertIn("Telefon: –\n", message.body)
        self.assertIn("Deutsch", message.body)

    def test_signing_up_in_arabic_keeps_the_sign_up_on_the_german_form(self):
        self.assertEqual(self.form_ar.url, "/ar/netzwerke/prohlis-ist-bunt/mitmachen/")
        html = self.client.get(self.form_ar.url).content.decode()
        self.assertIn('<html lang="ar" dir="rtl">', html)
        self.assertIn("كيف تودّون المساعدة؟", html)
        self.assertIn("أوافق على حفظ بياناتي.", html)
        response = self.post(self.form_ar, answers(wobei_mochten_sie_helfen=["مقهى اللقاء"]))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "شكراً، سنتواصل معكم.")
        submission = VolunteerSubmission.objects.get()
        self.assertEqual(submission.page_id, self.form.pk)
        self.assertEqual(submission.language, "ar")
        # A translated choice is stored (and mailed) as the German choice.
        self.assertEqual(submission.form_data["wobei_mochten_sie_helfen"], ["Begegnungscafé"])
        [message] = mail.outbox
        self.assertIn("Wobei möchten Sie helfen?: Begegnungscafé\n", message.body)
        with translation.override("de"):
            language = gettext("Language of the form: %(language)s") % {"language": "Arabisch"}
        self.assertIn(language, message.body)
        self.assertFalse(self.form_ar.get_submissions().exists())

    def test_missing_consent_is_refused_at_the_field_in_arabic(self):
        response = self.post(self.form_ar, answers(**{CONSENT_FIELD: None}))
        self.assertEqual(response.status_code, 200)
        with translation.override("ar"):
            required = gettext("This field is required.")
        self.assertNotEqual(required, "This field is required.")
        html = response.content.decode()
        error = re.search(
            rf'<div class="form-field__errors" id="id_{CONSENT_FIELD}_error">(.*?)</div>',
            html,
            re.S,
        )
        self.assertIsNotNone(error)
        self.assertIn(required, error.group(1))
        self.assertRegex(
            html,
            rf'<input[^>]*name="{CONSENT_FIELD}"[^>]*aria-invalid="true"[^>]*'
            rf'aria-describedby="id_{CONSENT_FIELD}_error"',
        )
        self.assertIn(f'<a href="#id_{CONSENT_FIELD}">', html)
        self.assertIn('class="error-summary" role="alert"', html)
        self.assertFalse(VolunteerSubmission.objects.exists())
        self.assertEqual(mail.outbox, [])

    def assert_refused(self, page, data, field, message, language="de"):
        response = self.post(page, data)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        with translation.override(language):
            expected = str(message)
        error = re.search(rf'id="id_{field}_error">(.*?)</div>', html, re.S)
        self.assertIsNotNone(error, f"no error at {field}")
        self.assertIn(expected, error.group(1))
        self.assertIn(f'href="#id_{field}', html)
        self.assertFalse(VolunteerSubmission.objects.exists())
        self.assertEqual(mail.outbox, [])
        return html

    def test_a_wrong_e_mail_address_is_refused(self):
        self.assert_refused(
            self.form,
            answers(e_mail_adresse="amal at example"),
            "e_mail_adresse",
            gettext("Enter a valid email address."),
        )

    def test_oversized_answers_are_refused(self):
        message = "ب" * (MULTILINE_MAX + 1)
        html = self.assert_refused(
            self.form_ar, answers(ihre_nachricht=message), "ihre_nachricht", "2000", "ar"
        )
        self.assertIn("2001", html)
        self.assert_refused(self.form, answers(name="x" * 256), "name", "255")

    def test_control_and_bidi_override_characters_are_removed(self):
        self.post(
            self.form, answers(name="\u202eAmal\x00 Haddad\u202c", ihre_nachricht="a\r\nb\x07")
        )
        submission = VolunteerSubmission.objects.get()
        self.assertEqual(submission.form_data["name"], "Amal Haddad")
        self.assertEqual(submission.form_data["ihre_nachricht"], "a\nb")
        VolunteerSubmission.objects.all().delete()
        mail.outbox.clear()
        with translation.override("de"):
            required = gettext("This field is required.")
        self.assert_refused(self.form, answers(name="\u202e\u2066\x00"), "name", required)

    def test_a_choice_that_was_not_offered_is_refused(self):
        response = self.post(self.form, answers(wobei_mochten_sie_helfen=["Alles"]))
        self.assertEqual(response.status_code, 200)
        self.assertIn('id="id_wobei_mochten_sie_helfen_error"', response.content.decode())
        self.assertFalse(VolunteerSubmission.objects.exists())

    def test_a_filled_honeypot_answers_like_success_and_keeps_nothing(self):
        response = self.post(self.form, answers(**{HONEYPOT_FIELD: "https://spam.example"}))
        self.assertEqual(response.status_code, 200)
        self.assertTemplateUsed(response, "networks/volunteer_form_page_landing.html")
        self.assertFalse(VolunteerSubmission.objects.exists())
        self.assertEqual(mail.outbox, [])
        # Even with other input a person would be asked to correct.
        response = self.post(self.form, {HONEYPOT_FIELD: "x"})
        self.assertTemplateUsed(response, "networks/volunteer_form_page_landing.html")
        self.assertFalse(VolunteerSubmission.objects.exists())

    def test_a_failing_mail_server_still_keeps_the_sign_up(self):
        with override_settings(EMAIL_BACKEND="tests.networks.test_volunteer_form.BrokenBackend"):
            response = self.post(self.form, answers())
        self.assertEqual(response.status_code, 200)
        self.assertEqual(VolunteerSubmission.objects.count(), 1)


class HostileInputTests(TestCase):
    """Every field type the editors can choose answers bad input at the field, never with 500."""

    @classmethod
    def setUpTestData(cls):
        network = make_network_page(make_network_index(make_demo_home()), "Prohlis ist bunt")
        cls.form = VolunteerFormPage(title="Alles", slug="alles", to_address="buero@example.org")
        types = ["singleline", "multiline", "email", "number", "url", "checkbox", "checkboxes"]
        types += ["dropdown", "multiselect", "radio", "date", "datetime", "hidden"]
        cls.form.form_fields = [
            VolunteerFormField(
                label=field_type, field_type=field_type, required=False, choices="a\nb"
            )
            for field_type in types
        ]
        network.add_child(instance=cls.form)
        cls.form.save_revision().publish()

    def test_bad_values_are_refused_at_their_fields(self):
        bad = {
            "singleline": "x" * 300,
            "multiline": "y" * 2001,
            "email": "a@b@c.org",
            "number": "1e999999",
            "url": "javascript:alert(1)",
            "checkboxes": ["c"],
            "dropdown": "\u202ea",
            "multiselect": ["a", "zz"],
            "radio": "b\x00",
            "date": "99999-99-99",
            "datetime": "2027-03-28T02:30",  # does not exist in Berlin (summer time starts)
            "hidden": "h" * 300,
        }
        for name, value in bad.items():
            response = self.client.post(self.form.url, {name: value, CONSENT_FIELD: "on"})
            self.assertEqual(response.status_code, 200, name)
            html = response.content.decode()
            # A hidden field has no place to show it; the summary at the top names it.
            marker = 'href="#id_hidden"' if name == "hidden" else f'id="id_{name}_error"'
            self.assertIn(marker, html, name)
        other = self.client.post(self.form.url, {"number": "NaN", CONSENT_FIELD: "on"})
        self.assertIn('id="id_number_error"', other.content.decode())
        self.assertFalse(VolunteerSubmission.objects.exists())
        self.assertEqual(mail.outbox, [])

    def test_good_values_of_every_type_are_stored_and_mailed(self):
        data = {
            "singleline": "Amal",
            "multiline": "Zeile 1\nZeile 2",
            "email": "amal@example.org",
            "number": "3",
            "url": "https://example.org",
            "checkbox": "on",
            "checkboxes": ["a", "b"],
            "dropdown": "b",
            "multiselect": ["a"],
            "radio": "a",
            "date": "2027-04-01",
            "datetime": "2027-04-01T15:00",
            "hidden": "",
            CONSENT_FIELD: "on",
        }
        response = self.client.post(self.form.url, data)
        self.assertEqual(response.status_code, 200)
        stored = VolunteerSubmission.objects.get().form_data
        self.assertEqual(stored["checkboxes"], ["a", "b"])
        self.assertEqual(stored["date"], "2027-04-01")
        body = mail.outbox[0].body
        self.assertIn("multiline:\nZeile 1\nZeile 2\n", body)
        self.assertIn("date: 01.04.2027\n", body)
        self.assertIn("checkboxes: a, b\n", body)


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise OSError("connection refused")


class TranslationTests(VolunteerFormTestCase):
    def test_words_are_translated_and_the_office_settings_are_not(self):
        paths = {segment.path for segment in extract_segments(self.form)}
        sources = {str(getattr(segment, "string", "")) for segment in extract_segments(self.form)}
        for field in ("title", "privacy_text"):
            self.assertIn(field, paths)
        self.assertTrue(any(path.startswith("intro") for path in paths))
        self.assertTrue(
            any(path.startswith("form_fields.") and path.endswith(".label") for path in paths)
        )
        self.assertTrue(any(path.endswith(".choices") for path in paths))
        self.assertTrue(any(path.endswith(".help_text") for path in paths))
        self.assertTrue(any(path.startswith("thank_you_text") for path in paths))
        for field in ("to_address", "from_address", "subject"):
            self.assertNotIn(field, paths)
        self.assertFalse(any(path.endswith((".clean_name", ".field_type")) for path in paths))
        self.assertNotIn("buero@example.org", sources)
        self.assertEqual(self.form_ar.to_address, "buero@example.org")
        self.assertEqual(
            [field.clean_name for field in self.form_ar.form_fields.all()],
            [field.clean_name for field in self.form.form_fields.all()],
        )

    def test_the_translator_opens_the_arabic_form_in_the_translation_editor(self):
        translator = make_user("ar", Group.objects.get(name=roles.translator_group_name("ar")))
        self.client.force_login(translator)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.form_ar.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Ihre Nachricht")
        self.assertContains(response, "form_fields.")
        self.assertNotContains(response, "buero@example.org")

    def test_the_api_gives_the_fields_but_not_the_office_address(self):
        for url in (f"/api/v2/pages/{self.form_ar.pk}/", f"/api/v3/pages/{self.form_ar.pk}/"):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            data = response.json()
            self.assertEqual(data["form_fields"][0]["label"], "الاسم", url)
            self.assertNotIn("buero@example.org", response.content.decode(), url)

    def test_the_call_for_volunteers_links_to_the_form_in_the_visitors_language(self):
        html = self.client.get(self.network.url).content.decode()
        self.assertIn('<a class="button" href="/de/netzwerke/prohlis-ist-bunt/mitmachen/">', html)
        html = self.client.get(self.network_ar.url).content.decode()
        self.assertIn('<a class="button" href="/ar/netzwerke/prohlis-ist-bunt/mitmachen/">', html)
        english = self.network.get_translation(Locale.objects.get(language_code="en"))
        html = self.client.get(english.url).content.decode()
        self.assertIn('href="/en/netzwerke/prohlis-ist-bunt/mitmachen/"', html)

    def test_the_call_links_to_a_form_or_an_address_not_both(self):
        block = blocks.VolunteerCallBlock()
        _name, raw = volunteer_call(self.form, url="https://example.org")
        with self.assertRaises(Exception) as raised:
            block.clean(block.to_python(raw))
        self.assertIn("url", raised.exception.block_errors)
        _name, raw = volunteer_call(url="https://example.org/mitmachen")
        html = str(block.render(block.to_python(raw)))
        self.assertIn('href="https://example.org/mitmachen"', html)

    def test_an_unpublished_form_is_not_linked(self):
        self.form_ar.unpublish()
        html = self.client.get(self.network_ar.url).content.decode()
        # The German form stands in for its unpublished translation.
        self.assertIn('href="/de/netzwerke/prohlis-ist-bunt/mitmachen/"', html)
        self.form.unpublish()
        html = self.client.get(self.network.url).content.decode()
        self.assertNotIn("mitmachen/", html)


class AdminTests(VolunteerFormTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.submission = VolunteerSubmission.objects.create(
            page=cls.form, form_data={"name": "Amal Haddad", CONSENT_FIELD: True}, language="ar"
        )
        cls.admin = make_user("admin", superuser=True)
        cls.editor = make_user("redaktion", Group.objects.get(name=roles.EDITORS_GROUP))
        cls.network_editor = make_user("netzwerk")
        roles.grant_network_editor(cls.network_editor, cls.network)
        cls.other_editor = make_user("nachbarschaft")
        roles.grant_network_editor(cls.other_editor, cls.other)
        cls.translator = make_user("ar", Group.objects.get(name=roles.translator_group_name("ar")))

    def listing(self, user, page=None):
        client = Client()
        if user is not None:
            client.force_login(user)
        page = page or self.form
        return client.get(reverse("wagtailforms:list_submissions", args=[page.pk]))

    def test_who_sees_the_sign_ups(self):
        for user in (self.admin, self.editor, self.network_editor):
            response = self.listing(user)
            self.assertEqual(response.status_code, 200, user.username)
            self.assertContains(response, "Amal Haddad")
        for user in (self.translator, self.other_editor):
            response = self.listing(user)
            self.assertIn(response.status_code, (302, 403), user.username)
            self.assertNotContains(response, "Amal Haddad", status_code=response.status_code)
            # Nor through the Arabic copy, which the translator may edit.
            response = self.listing(user, self.form_ar)
            self.assertIn(response.status_code, (302, 403), user.username)
        anonymous = self.listing(None)
        self.assertEqual(anonymous.status_code, 302)
        self.assertIn("/admin/login/", anonymous["Location"])

    def test_the_forms_menu_lists_only_the_users_own_forms(self):
        client = Client()
        client.force_login(self.translator)
        response = client.get(reverse("wagtailforms:index"))
        self.assertNotContains(response, "Mitmachen", status_code=response.status_code)
        client.force_login(self.network_editor)
        response = client.get(reverse("wagtailforms:index"))
        self.assertContains(response, "Mitmachen")
        self.assertNotContains(response, "تطوّعوا معنا")

    def test_the_spreadsheet_export_shows_formulas_as_text(self):
        VolunteerSubmission.objects.create(
            page=self.form, form_data={"name": '=HYPERLINK("x")', CONSENT_FIELD: True}
        )
        client = Client()
        client.force_login(self.admin)
        url = reverse("wagtailforms:list_submissions", args=[self.form.pk])
        response = client.get(url, {"export": "csv"})
        self.assertEqual(response.status_code, 200)
        content = b"".join(response.streaming_content).decode()
        self.assertIn("'=HYPERLINK", content)
        self.assertNotIn(",=HYPERLINK", content)

    def test_a_network_editor_creates_a_form_below_their_network(self):
        client = Client()
        client.force_login(self.network_editor)
        url = reverse(
            "wagtailadmin_pages:add", args=("networks", "volunteerformpage", self.network.pk)
        )
        data = form_page_data(["Name", "E-Mail"], slug="helfen")
        preview_url = reverse(
            "wagtailadmin_pages:preview_on_add",
            args=("networks", "volunteerformpage", self.network.pk),
        )
        self.assertEqual(
            client.post(preview_url, data).json(), {"is_valid": True, "is_available": True}
        )
        preview = client.get(preview_url, {"mode": "form"})
        self.assertContains(preview, 'name="e_mail"')
        self.assertContains(client.get(preview_url, {"mode": "landing"}), "volunteer-form-page")
        data["action-publish"] = "publish"
        response = client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content.decode()[:3000])
        page = VolunteerFormPage.objects.get(slug="helfen", locale=self.form.locale)
        self.assertEqual(VolunteerFormPage.objects.filter(slug="helfen").count(), 7)
        self.assertTrue(page.live)
        self.assertEqual([field.clean_name for field in page.form_fields.all()], ["name", "e_mail"])
        self.assertEqual(page.get_parent().pk, self.network.pk)
        other_url = reverse(
            "wagtailadmin_pages:add", args=("networks", "volunteerformpage", self.other.pk)
        )
        response = client.post(other_url, form_page_data(["Name"], slug="helfen-2"))
        self.assertIn(response.status_code, (302, 403))
        self.assertFalse(VolunteerFormPage.objects.filter(slug="helfen-2").exists())

    def test_the_form_renders_edits_and_previews(self):
        self.assertPageIsRenderable(self.form)
        self.assertPageIsRenderable(self.form_ar)
        self.login()
        data = form_page_data(["Name", "E-Mail-Adresse"])
        self.assertPageIsEditable(self.form, post_data=data)
        self.assertPageIsPreviewable(self.form, post_data=data, mode="form")
        self.assertPageIsPreviewable(self.form, post_data=data, mode="landing")

    def test_editing_refuses_a_label_that_takes_a_reserved_name(self):
        self.login()
        data = form_page_data(["Name", "Privacy consent"])
        url = reverse("wagtailadmin_pages:edit", args=[self.form.pk])
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        with translation.override("de"):
            message = gettext(
                "This label is reserved for the form's own fields. Please choose another."
            )
        self.assertContains(response, message.replace("'", "&#x27;"))
        data["form_fields-1-label"] = "Telefon"
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)


def form_page_data(labels, **overrides):
    """Admin form data for a volunteer form with single-line fields named ``labels``."""
    fields = [
        {
            "label": label,
            "help_text": "",
            "required": "on",
            "field_type": "singleline",
            "choices": "",
            "default_value": "",
            "autocomplete": "",
        }
        for label in labels
    ]
    data = {
        "title": "Mitmachen",
        "slug": "mitmachen",
        "intro": rich_text("<p>Hallo</p>"),
        "form_fields": inline_formset(fields),
        "privacy_text": "",
        "thank_you_text": rich_text(""),
        "to_address": "buero@example.org",
        "from_address": "",
        "subject": "",
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


class RetentionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_demo_home()
        network = make_network_page(make_network_index(home), "Prohlis ist bunt")
        cls.form = VolunteerFormPage(title="Mitmachen", slug="mitmachen")
        network.add_child(instance=cls.form)
        cls.network = network

    def make_at(self, when, model=VolunteerSubmission, page=None):
        with time_machine.travel(when, tick=False):
            return model.objects.create(page=page or self.form, form_data={"name": str(when)})

    def run_command(self, *args):
        out = io.StringIO()
        call_command("delete_old_submissions", *args, stdout=out)
        return out.getvalue()

    def test_deletes_exactly_the_sign_ups_older_than_the_retention_period(self):
        now = timezone.now()
        old = self.make_at(now - timedelta(days=181))
        edge = self.make_at(now - timedelta(days=180, seconds=1))
        recent = self.make_at(now - timedelta(days=179))
        today = self.make_at(now - timedelta(minutes=5))
        other_form = self.make_at(now - timedelta(days=400), FormSubmission, self.network)
        with time_machine.travel(now, tick=False):
            output = self.run_command("--dry-run")
            self.assertIn("2", output)
            self.assertEqual(VolunteerSubmission.objects.count(), 4)
            output = self.run_command()
        self.assertIn("2", output)
        self.assertEqual(
            set(VolunteerSubmission.objects.values_list("pk", flat=True)), {recent.pk, today.pk}
        )
        self.assertFalse(VolunteerSubmission.objects.filter(pk__in=[old.pk, edge.pk]).exists())
        self.assertTrue(FormSubmission.objects.filter(pk=other_form.pk).exists())
        with time_machine.travel(now, tick=False):
            self.assertIn("0", self.run_command())

    @override_settings(NETWORKS_VOLUNTEER_RETENTION_DAYS=30)
    def test_the_period_comes_from_the_setting(self):
        now = timezone.now()
        self.make_at(now - timedelta(days=31))
        kept = self.make_at(now - timedelta(days=29))
        with time_machine.travel(now, tick=False):
            output = self.run_command()
        self.assertIn("30", output)
        self.assertEqual(list(VolunteerSubmission.objects.values_list("pk", flat=True)), [kept.pk])

    def test_a_bad_setting_fails_the_system_check(self):
        from networks.conf import check_settings

        self.assertEqual(check_settings(), [])
        with override_settings(NETWORKS_VOLUNTEER_RETENTION_DAYS="half a year"):
            [error] = check_settings()
        self.assertEqual(error.id, "networks.E001")

    def test_a_bad_setting_stops_with_one_line(self):
        for value in (0, -5, "soon"):
            with (
                override_settings(NETWORKS_VOLUNTEER_RETENTION_DAYS=value),
                self.assertRaises(CommandError) as raised,
            ):
                self.run_command()
            self.assertIn("NETWORKS_VOLUNTEER_RETENTION_DAYS", str(raised.exception))
            self.assertNotIn("\n", str(raised.exception))


@pytest.mark.django_db
def test_the_demo_has_the_sign_up_form_in_german_and_arabic(demo_home):
    from networks import demo

    demo.load(demo_home, io.StringIO())
    german = VolunteerFormPage.objects.get(locale__language_code="de")
    arabic = german.get_translation(Locale.objects.get(language_code="ar"))
    assert arabic.alias_of_id is None and arabic.live
    assert german.get_parent().specific.title == "Prohlis ist bunt"
    labels = [field.label for field in german.form_fields.all()]
    assert labels[:2] == ["Name", "E-Mail-Adresse"]
    assert [field.field_type for field in german.form_fields.all()] == [
        "singleline",
        "email",
        "singleline",
        "singleline",
        "checkboxes",
        "multiline",
    ]
    arabic_fields = list(arabic.specific.form_fields.all())
    assert arabic_fields[0].label == "الاسم"
    assert arabic_fields[4].choices.splitlines()[2] == "مقهى اللقاء"
    assert german.form_fields.all()[4].choices.splitlines() == [
        "Patenschaft",
        "Gesprächsgruppe Deutschtreff",
        "Begegnungscafé",
        "Workshops",
    ]
    client = Client()
    for code in ("de", "ar"):
        network = NetworkPage.objects.get(slug="prohlis-ist-bunt", locale__language_code=code)
        html = client.get(network.url).content.decode()
        assert f'href="/{code}/netzwerke/prohlis-ist-bunt/mitmachen/"' in html
    html = client.get(arabic.url).content.decode()
    assert "تطوّعوا معنا" in html and "كيف تودّون المساعدة؟" in html
    response = client.post(
        arabic.url,
        {
            "name": "أمل",
            "e_mail_adresse": "amal@example.org",
            "wobei_mochten_sie_helfen": ["مقهى اللقاء"],
            CONSENT_FIELD: "on",
        },
    )
    assert response.status_code == 200
    submission = VolunteerSubmission.objects.get()
    assert submission.page_id == german.pk
    assert submission.form_data["wobei_mochten_sie_helfen"] == ["Begegnungscafé"]
    assert len(mail.outbox) == 1


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_arabic_form_on_a_phone(live_server):
    """390 px wide, right to left: no sideways scrolling, no serious axe findings, errors
    announced at the top and linked to their fields, the honeypot never reached."""
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    from tests.browser.session import CHROMIUM, CHROMIUM_ARGS

    call_command("load_demo", verbosity=0, stdout=io.StringIO())
    url = live_server.url + VolunteerFormPage.objects.get(locale__language_code="ar").url
    findings = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.set_default_timeout(20000)
        page.goto(url)
        assert page.locator("html").get_attribute("dir") == "rtl"
        box = page.locator(f"#id_{HONEYPOT_FIELD}").bounding_box()
        assert box is None or box["x"] >= 390 or box["x"] + box["width"] <= 0
        # Tab through the form: the honeypot is never focused.
        focused = []
        for _ in range(30):
            page.keyboard.press("Tab")
            focused.append(page.evaluate("document.activeElement.name || ''"))
        assert HONEYPOT_FIELD not in focused and "name" in focused
        findings["empty"] = Axe().run(page).response["violations"]
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.get_by_role("button").last.click()
        page.wait_for_selector(".error-summary")
        summary = page.locator(".error-summary a")
        # Name, e-mail, what to help with and the consent; each link leads to its field.
        assert summary.count() == 4
        for link in summary.all():
            assert page.locator(link.get_attribute("href")).count() == 1
        findings["errors"] = Axe().run(page).response["violations"]
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        browser.close()
    serious = {
        name: [(v["id"], v["impact"]) for v in violations if v["impact"] in {"serious", "critical"}]
        for name, violations in findings.items()
    }
    assert serious == {"empty": [], "errors": []}
