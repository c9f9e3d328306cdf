"""Admin form fields that clean text before it is checked.

``cms.normalise`` cleans text on save, after the form has been validated, so
a title made only of control or bidi override characters would be saved
empty. These fields clean it first (with the same ``cms.text.clean_text``),
so that the form says "This field is required." at the field instead.
Registered for every admin model form (pages and snippets) by
``register()``, called from ``CmsConfig.ready()``.
"""

from django import forms
from django.db import models
from wagtail.admin import widgets
from wagtail.admin.forms.models import register_form_field_override

from cms.text import clean_text


class CleanCharField(forms.CharField):
    """One line of text without control characters or bidi overrides."""

    def to_python(self, value):
        return clean_text(super().to_python(value))


class CleanTextField(forms.CharField):
    """Several lines of text without control characters or bidi overrides."""

    def to_python(self, value):
        return clean_text(super().to_python(value), multiline=True)


def register():
    # exact_class: slugs, URLs, e-mail addresses and rich text keep their own fields.
    register_form_field_override(
        models.CharField, override={"form_class": CleanCharField}, exact_class=True
    )
    # Wagtail's own override for plain text fields (the auto-height widget), plus ours.
    register_form_field_override(
        models.TextField,
        override={"widget": widgets.AdminAutoHeightTextInput, "form_class": CleanTextField},
        exact_class=True,
    )
