"""A model field for several choices, stored as ",a,b," so that filters work everywhere."""

from django import forms
from django.core import exceptions
from django.db import models
from django.utils.translation import gettext_lazy as _


def _split(value):
    if value is None or value == "":
        return []
    if isinstance(value, list | tuple | set):
        return [str(v) for v in value]
    return [v for v in str(value).split(",") if v]


class ChoiceListField(models.CharField):
    """Several values from ``choices``, kept in one column as ``",de,ar,"``.

    Filter with ``field__contains=ChoiceListField.token("ar")``; this works
    the same on SQLite and PostgreSQL.
    """

    description = _("A list of choices")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    @staticmethod
    def token(value):
        return f",{value},"

    def from_db_value(self, value, expression, connection):
        return _split(value)

    def to_python(self, value):
        return _split(value)

    def get_prep_value(self, value):
        if isinstance(value, list | tuple | set):
            values = list(dict.fromkeys(str(v) for v in value))
            return f",{','.join(values)}," if values else ""
        return super().get_prep_value(value)

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        if not self.editable:
            return
        allowed = {str(key) for key, _label in self.flatchoices}
        for item in value or []:
            if item not in allowed:
                raise exceptions.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item},
                )
        if not self.blank and not value:
            raise exceptions.ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.choices,
            "required": not self.blank,
            "label": self.verbose_name,
            "help_text": self.help_text,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update(kwargs)
        form_class = defaults.pop("form_class")
        defaults.pop("choices_form_class", None)
        defaults.pop("max_length", None)
        defaults.pop("empty_value", None)
        defaults.pop("coerce", None)
        return form_class(**defaults)
