"""Dates and times in the admin as German editors type them.

The date picker shows and reads ``09.12.2026`` (``WAGTAIL_DATE_FORMAT``), the
server reads the same, two-digit years (``9.12.26``) and ISO dates (what the
API and imports send), whatever the editor's admin language. Anything else —
``2027-02-31``, ``3 Uhr`` — is refused at the field with a message that says
how to write it; nothing is guessed.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin import widgets
from wagtail.admin.forms.models import register_form_field_override

#: What the date picker writes (also set as WAGTAIL_DATE_FORMAT in the settings).
DATE_FORMAT = "%d.%m.%Y"
TIME_FORMAT = "%H:%M"
DATETIME_FORMAT = f"{DATE_FORMAT} {TIME_FORMAT}"

DATE_INPUT_FORMATS = [DATE_FORMAT, "%d.%m.%y", "%Y-%m-%d"]
TIME_INPUT_FORMATS = [TIME_FORMAT, "%H.%M", "%H:%M:%S"]
DATETIME_INPUT_FORMATS = [
    f"{date} {time}" for date in DATE_INPUT_FORMATS for time in TIME_INPUT_FORMATS
] + ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]

DATE_ERROR = _("Enter the date as DD.MM.YYYY, for example 09.12.2026.")
TIME_ERROR = _("Enter the time as HH:MM, for example 15:30.")


class GermanDateField(forms.DateField):
    input_formats = DATE_INPUT_FORMATS
    default_error_messages = {"invalid": DATE_ERROR}


class GermanTimeField(forms.TimeField):
    input_formats = TIME_INPUT_FORMATS
    default_error_messages = {"invalid": TIME_ERROR}


class GermanDateTimeField(forms.DateTimeField):
    input_formats = DATETIME_INPUT_FORMATS
    default_error_messages = {"invalid": DATE_ERROR}


def register():
    """Every admin model form (pages, snippets, settings) gets these fields."""
    register_form_field_override(
        models.DateField,
        override={"form_class": GermanDateField, "widget": widgets.AdminDateInput},
        exact_class=True,
    )
    register_form_field_override(
        models.TimeField,
        override={"form_class": GermanTimeField, "widget": widgets.AdminTimeInput},
        exact_class=True,
    )
    register_form_field_override(
        models.DateTimeField,
        override={"form_class": GermanDateTimeField, "widget": widgets.AdminDateTimeInput},
        exact_class=True,
    )
