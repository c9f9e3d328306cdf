"""The public volunteer sign-up form: capped, cleaned fields, consent and a honeypot.

Editors choose the fields (Wagtail's form builder); :class:`VolunteerFormBuilder`
makes each one with a length cap and ``cms.text.clean_text``, so control and
bidi override characters never reach the submissions, and Django's own
messages answer bad input in the visitor's language. :class:`VolunteerForm`
adds the two fields every sign-up has: the required consent checkbox and
a honeypot (a text input people never see; whoever fills it is a robot).
:func:`answers_in_source` and :func:`sign_up_mail` turn a sign-up into what
the office keeps and reads (plain functions, no database access).

:func:`submissions_list_view_class` gives the admin listing of sign-ups; its
CSV export keeps spreadsheet programs from reading a value as a formula.
"""

import datetime
import decimal
from functools import cache

from django import forms
from django.template.defaultfilters import yesno
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.compat import URLField
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from cms.form_fields import CleanCharField, CleanTextField
from cms.text import clean_text

#: Longest answer in a single-line field (and a hidden one), in characters.
SINGLE_LINE_MAX = 255
#: Longest answer in a multi-line field, in characters.
MULTILINE_MAX = 2000
#: Longest e-mail address (RFC 5321 path limit).
EMAIL_MAX = 254
#: Longest web address.
URL_MAX = 2000
#: Most digits of a number.
NUMBER_MAX_DIGITS = 15

#: The consent checkbox every sign-up has; its label is the page's privacy text.
CONSENT_FIELD = "privacy_consent"
#: The consent checkbox's short name (error summary, e-mail).
CONSENT_LABEL = _("Consent to the privacy text")
#: The honeypot: hidden from people, filled in by robots.
HONEYPOT_FIELD = "website_url"
#: The form language of a submission, next to the answers in the listing.
LANGUAGE_KEY = "form_language"
#: Names the editor's fields cannot take (Wagtail's listing uses ``submit_time``).
RESERVED_NAMES = frozenset({CONSENT_FIELD, HONEYPOT_FIELD, LANGUAGE_KEY, "submit_time"})

#: Field types whose answer is one or several of the editor's choices.
CHOICE_TYPES = frozenset({"dropdown", "radio", "checkboxes", "multiselect"})


class CleanEmailField(forms.EmailField):
    """An e-mail address without control characters or bidi overrides."""

    def to_python(self, value):
        return super().to_python(clean_text(value))


class CleanURLField(URLField):
    """A web address without control characters or bidi overrides."""

    def to_python(self, value):
        return super().to_python(clean_text(value))


class VolunteerFormBuilder(FormBuilder):
    """Wagtail's form builder with caps, clean text and ``autocomplete`` hints."""

    @staticmethod
    def _token(field):
        return getattr(field, "autocomplete", "") or ""

    def create_singleline_field(self, field, options):
        token = self._token(field)
        widget = forms.TextInput(attrs={"dir": "ltr" if token == "tel" else "auto"})
        if token:
            widget.attrs["autocomplete"] = token
        if token == "tel":
            widget.input_type = "tel"
        return CleanCharField(max_length=SINGLE_LINE_MAX, widget=widget, **options)

    def create_multiline_field(self, field, options):
        widget = forms.Textarea(attrs={"rows": 6, "dir": "auto"})
        return CleanTextField(max_length=MULTILINE_MAX, widget=widget, **options)

    def create_email_field(self, field, options):
        widget = forms.EmailInput(
            attrs={
                "autocomplete": self._token(field) or "email",
                "dir": "ltr",
                "spellcheck": "false",
            }
        )
        return CleanEmailField(max_length=EMAIL_MAX, widget=widget, **options)

    def create_url_field(self, field, options):
        widget = forms.URLInput(attrs={"autocomplete": self._token(field) or "url", "dir": "ltr"})
        return CleanURLField(max_length=URL_MAX, widget=widget, **options)

    def create_number_field(self, field, options):
        widget = forms.NumberInput(attrs={"dir": "ltr"})
        return forms.DecimalField(max_digits=NUMBER_MAX_DIGITS, widget=widget, **options)

    def create_date_field(self, field, options):
        widget = forms.DateInput(attrs={"type": "date", "dir": "ltr"}, format="%Y-%m-%d")
        return forms.DateField(widget=widget, **options)

    def create_datetime_field(self, field, options):
        widget = forms.DateTimeInput(
            attrs={"type": "datetime-local", "dir": "ltr"}, format="%Y-%m-%dT%H:%M"
        )
        return forms.DateTimeField(widget=widget, **options)

    def create_hidden_field(self, field, options):
        return CleanCharField(max_length=SINGLE_LINE_MAX, widget=forms.HiddenInput, **options)

    def get_form_class(self):
        return type("VolunteerSignUpForm", (VolunteerForm,), self.formfields)


def field_kind(bound_field):
    """How the template lays a field out: ``group``, ``checkbox``, ``hidden`` or ``input``."""
    widget = bound_field.field.widget
    if widget.is_hidden:
        return "hidden"
    if getattr(widget, "use_fieldset", False):
        return "group"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    return "input"


def field_anchor(bound_field):
    """The id an error summary links to: the input, or a group's first option."""
    if field_kind(bound_field) == "group":
        return f"{bound_field.auto_id}_0"
    return bound_field.id_for_label or bound_field.auto_id


class VolunteerForm(BaseForm):
    """The editor's fields, then the consent checkbox and the honeypot."""

    def __init__(self, *args, consent_label="", **kwargs):
        super().__init__(*args, **kwargs)
        #: The editor's fields, in their order (what a submission stores).
        self.answer_names = list(self.fields)
        self.fields[CONSENT_FIELD] = forms.BooleanField(label=consent_label, required=True)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    def is_trap_filled(self):
        """True when something was typed into the honeypot (only robots see it)."""
        value = self.data.get(self.add_prefix(HONEYPOT_FIELD), "") if self.is_bound else ""
        return bool(clean_text(str(value)))

    def trap_field(self):
        """The honeypot's bound field (the template hides it from people)."""
        return self[HONEYPOT_FIELD]

    def answers(self):
        """The cleaned answers of the editor's fields, in their order."""
        return {name: self.cleaned_data.get(name) for name in self.answer_names}

    def field_items(self):
        """The visible fields (the editor's and the consent) with their layout."""
        items = []
        for name in [*self.answer_names, CONSENT_FIELD]:
            bound_field = self[name]
            items.append({"field": bound_field, "kind": field_kind(bound_field)})
        return items

    def error_items(self):
        """``{"anchor", "label", "message"}`` for each field with an error, in form order.

        The consent checkbox appears under a short name, not its whole privacy text.
        """
        return [
            {
                "anchor": field_anchor(self[name]),
                "label": CONSENT_LABEL if name == CONSENT_FIELD else self[name].label,
                "message": errors[0],
            }
            for name in [*self.answer_names, CONSENT_FIELD]
            if (errors := self[name].errors)
        ]


def answers_in_source(answers, fields, source_fields):
    """``answers`` to a translated form, with its choices as the source form's choices.

    Translations keep the source's field names (``clean_name``); a translated
    choice stands at the same position in the source's list of choices. Lists
    of different lengths (a translation not yet updated) are left as they are.
    """
    answers = dict(answers)
    builder = VolunteerFormBuilder([])
    by_name = {field.clean_name: field for field in source_fields}
    for field in fields:
        source_field = by_name.get(field.clean_name)
        value = answers.get(field.clean_name)
        if field.field_type not in CHOICE_TYPES or source_field is None or not value:
            continue
        choices = [choice for choice, _label in builder.get_formatted_field_choices(field)]
        source_choices = [
            choice for choice, _label in builder.get_formatted_field_choices(source_field)
        ]
        if len(choices) != len(source_choices):
            continue
        mapping = dict(zip(choices, source_choices, strict=True))
        if isinstance(value, list):
            answers[field.clean_name] = [mapping.get(item, item) for item in value]
        else:
            answers[field.clean_name] = mapping.get(value, value)
    return answers


def display_answer(value):
    """A stored answer as text for the e-mail (a dash when there is none)."""
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return yesno(value)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, datetime.datetime):
        return date_format(value, "SHORT_DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    return str(value)


def sign_up_mail(*, title, subject, fields, data, language, received, listing_url, retention_days):
    """``(subject, body)`` of the office's e-mail about one sign-up, in the active language.

    ``fields`` are ``(name, label)`` pairs of the form, ``data`` the stored
    answers, ``received`` the local time of the sign-up.
    """
    subject = subject or _("New volunteer sign-up: %(title)s") % {"title": title}
    lines = [
        _("Someone has signed up as a volunteer through the form “%(title)s”.") % {"title": title},
        "",
    ]
    for name, label in fields:
        value = display_answer(data.get(name))
        separator = "\n" if "\n" in value else " "
        lines.append(f"{label}:{separator}{value}")
    lines += [
        "",
        _("Language of the form: %(language)s") % {"language": language},
        _("Received: %(time)s") % {"time": date_format(received, "DATETIME_FORMAT")},
        f"{CONSENT_LABEL}: {yesno(bool(data.get(CONSENT_FIELD)))}",
        "",
        _("All sign-ups of this form: %(url)s") % {"url": listing_url},
        _("Sign-ups are deleted automatically after %(days)s days.") % {"days": retention_days},
    ]
    return clean_text(str(subject)), "\n".join(str(line) for line in lines) + "\n"


#: First characters that make spreadsheet programs read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """``value`` as a string a spreadsheet shows as text (a ``'`` before a formula start)."""
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@cache
def submissions_list_view_class():
    """Wagtail's submissions listing; the CSV export shows formulas as text.

    Built on first use: Wagtail's admin views cannot be imported with the models.
    """
    from wagtail.contrib.forms.views import SubmissionsListView

    class VolunteerSubmissionsListView(SubmissionsListView):
        def write_csv_row(self, writer, row_dict):
            safe = {field: spreadsheet_safe(value) for field, value in row_dict.items()}
            return super().write_csv_row(writer, safe)

    return VolunteerSubmissionsListView
