"""The volunteer sign-up form of a network: a Wagtail form page below the network page.

Editors build the form from fields (Wagtail's form builder); every form also
has the consent checkbox (labelled with the page's privacy text) and a
honeypot (``networks.volunteer_forms``). Translators translate the words
(title, intro, thank-you and privacy texts, field labels, help texts and
choices); names, types, addresses and the e-mail settings follow the German
page.

Sign-ups from every language version are stored on the page in the default
locale, with their form language, so that only the people who may edit that
network see them (Wagtail lists submissions by page permissions, and
translators have none on the German tree). The office gets an e-mail in
German with the answers in German (a translated choice is stored as the
German choice in the same position). ``manage.py delete_old_submissions``
deletes sign-ups after ``NETWORKS_VOLUNTEER_RETENTION_DAYS``.
"""

import logging

from django import forms
from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import (
    AbstractEmailForm,
    AbstractFormField,
    AbstractFormSubmission,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.api_fields import localization_api_field
from cms.permissions import LocalePagePermissionsMixin
from cms.preview import SwitchableHeadlessPreviewMixin
from cms.synchronized import SYNCHRONIZED_SLUG
from cms.visibility import QuickViewRestrictionsMixin
from networks import conf
from networks.volunteer_forms import (
    CONSENT_FIELD,
    LANGUAGE_KEY,
    RESERVED_NAMES,
    VolunteerFormBuilder,
    answers_in_source,
    sign_up_mail,
    submissions_list_view_class,
)

logger = logging.getLogger(__name__)

#: Rich text in the intro and the thank-you text.
TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]

#: What browsers may fill in (HTML ``autocomplete`` tokens).
AUTOFILL_CHOICES = [
    ("name", _("Full name")),
    ("given-name", _("First name")),
    ("family-name", _("Last name")),
    ("email", _("E-mail address")),
    ("tel", _("Phone number")),
    ("street-address", _("Street and house number")),
    ("postal-code", _("Postcode")),
    ("address-level2", _("Town or city")),
]


def default_privacy_text():
    """The consent text when the page has none of its own, in the active language."""
    return _(
        "I agree that my details are stored and passed on to the people who coordinate "
        "this network, so that they can get in touch with me about volunteering. They are "
        "deleted after %(days)s days at the latest. I can withdraw my consent at any time."
    ) % {"days": conf.volunteer_retention_days()}


def default_thank_you_text():
    return _(
        "Thank you for signing up! We have received your details and will get in touch "
        "with you soon."
    )


class VolunteerFormPageForm(WagtailAdminFormPageForm):
    """The admin form: no field may take the name of the consent or honeypot field."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("form_fields")
        for form in formset.forms if formset is not None else ():
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            name = form.instance.clean_name or form.instance.get_field_clean_name()
            if name in RESERVED_NAMES:
                form.add_error(
                    "label",
                    _("This label is reserved for the form's own fields. Please choose another."),
                )
        return cleaned_data


class VolunteerFormField(TranslatableMixin, AbstractFormField):
    """One field of a volunteer form, as the editor set it up."""

    page = ParentalKey(
        "networks.VolunteerFormPage", on_delete=models.CASCADE, related_name="form_fields"
    )
    autocomplete = models.CharField(
        _("autofill"),
        max_length=32,
        choices=AUTOFILL_CHOICES,
        blank=True,
        help_text=_(
            "What browsers may fill in from the visitor's saved details. Optional; "
            "e-mail fields are filled with the e-mail address anyway."
        ),
    )

    panels = [*AbstractFormField.panels, FieldPanel("autocomplete")]
    #: Translators translate label, help text, choices and default value; the
    #: name (the key of the stored answers), type and rules follow the source.
    override_translatable_fields = [
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
        SynchronizedField("autocomplete", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class VolunteerSubmission(AbstractFormSubmission):
    """One sign-up: the answers, when, and in which language the form was filled in."""

    language = models.CharField(_("language of the form"), max_length=16, blank=True)

    class Meta:
        verbose_name = _("volunteer sign-up")
        verbose_name_plural = _("volunteer sign-ups")
        indexes = [models.Index(fields=["submit_time"], name="networks_volunteer_time")]

    def language_name(self):
        """The form language's name in the active language, e.g. "Arabisch"."""
        if not self.language:
            return ""
        try:
            return get_language_info(self.language)["name_translated"]
        except KeyError:
            return self.language

    def get_data(self):
        return {**super().get_data(), LANGUAGE_KEY: self.language_name()}


class VolunteerFormPage(
    LocalePagePermissionsMixin,
    QuickViewRestrictionsMixin,
    SwitchableHeadlessPreviewMixin,
    AbstractEmailForm,
):
    """A sign-up form for volunteers of one network, with consent and spam protection."""

    intro = RichTextField(
        _("introduction"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("What volunteers sign up for and what happens next. Shown above the form."),
    )
    privacy_text = models.TextField(
        _("privacy text"),
        max_length=1000,
        blank=True,
        help_text=_(
            "The text next to the consent checkbox that every sign-up must tick. Leave empty "
            "for the standard text, which says that the details are passed on to the "
            "network's coordinators and deleted automatically."
        ),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Shown after signing up. Leave empty for a short standard thank-you."),
    )

    base_form_class = VolunteerFormPageForm
    form_builder = VolunteerFormBuilder

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", heading=_("Form fields"), label=_("Form field")),
        FieldPanel("privacy_text"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("to_address"), FieldPanel("from_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail to the office"),
            help_text=_(
                "Each sign-up is sent to these addresses in German. Leave the subject "
                "empty for “New volunteer sign-up” and the page title."
            ),
        ),
    ]
    search_fields = [*AbstractEmailForm.search_fields, index.SearchField("intro")]
    api_fields = [
        APIField("intro"),
        APIField("privacy_text"),
        APIField("thank_you_text"),
        APIField("form_fields"),
        localization_api_field(),
    ]
    #: The office's addresses and the e-mail are not a language matter.
    override_translatable_fields = [
        SYNCHRONIZED_SLUG,
        SynchronizedField("to_address", overridable=False),
        SynchronizedField("from_address", overridable=False),
        SynchronizedField("subject", overridable=False),
    ]

    parent_page_types = ["networks.NetworkPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("volunteer sign-up form")
        verbose_name_plural = _("volunteer sign-up forms")

    # -- the form ------------------------------------------------------------

    def get_consent_label(self):
        return self.privacy_text or default_privacy_text()

    def get_form_parameters(self):
        return {"consent_label": self.get_consent_label()}

    def get_submission_class(self):
        return VolunteerSubmission

    def get_submissions_list_view_class(self):
        return submissions_list_view_class()

    def get_data_fields(self):
        return [*super().get_data_fields(), (LANGUAGE_KEY, _("Language of the form"))]

    def get_submission_page(self):
        """The page that keeps the sign-ups: this page's version in the default locale."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        source = (
            VolunteerFormPage.objects.filter(translation_key=self.translation_key, locale=default)
            .exclude(pk=self.pk)
            .first()
        )
        return source or self

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if form.is_trap_filled():
                # Answer a robot as if it had succeeded; keep and send nothing.
                return self.render_landing_page(request, None, *args, **kwargs)
            if form.is_valid():
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
        else:
            form = self.get_form(page=self, user=request.user)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent()
        context["network"] = parent.specific if parent is not None else None
        context["default_thank_you_text"] = default_thank_you_text()
        return context

    # -- a sign-up -----------------------------------------------------------

    def process_form_submission(self, form):
        source = self.get_submission_page()
        answers = form.answers()
        if source.pk != self.pk:
            answers = answers_in_source(answers, self.get_form_fields(), source.get_form_fields())
        submission = VolunteerSubmission.objects.create(
            page=source,
            form_data={**answers, CONSENT_FIELD: True},
            language=self.locale.language_code,
        )
        if source.to_address:
            try:
                source.send_sign_up_mail(submission, form)
            except Exception:
                # The sign-up is stored; the office still sees it in the admin.
                logger.exception("Could not send the sign-up e-mail of page %s", source.pk)
        return submission

    def render_sign_up_mail(self, submission):
        """``(subject, body)`` of the office's e-mail, in the default locale's language."""
        with translation.override(Locale.get_default().language_code):
            return sign_up_mail(
                title=self.title,
                subject=self.subject,
                fields=[(field.clean_name, field.label) for field in self.get_form_fields()],
                data=submission.form_data,
                language=submission.language_name(),
                received=timezone.localtime(submission.submit_time),
                listing_url=settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("wagtailforms:list_submissions", args=[self.pk]),
                retention_days=conf.volunteer_retention_days(),
            )

    def send_sign_up_mail(self, submission, form):
        subject, body = self.render_sign_up_mail(submission)
        reply_to = [
            value
            for name, value in form.answers().items()
            if value and isinstance(form.fields[name], forms.EmailField)
        ][:1]
        send_mail(
            subject,
            body,
            [address.strip() for address in self.to_address.split(",") if address.strip()],
            self.from_address or None,
            reply_to=reply_to or None,
        )
