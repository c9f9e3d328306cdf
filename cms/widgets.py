"""Form widgets for the public site's filters, rendered without a template per option."""

from django import forms
from django.utils.html import format_html, format_html_join


def _attrs(attrs):
    """Attributes as Django's ``attrs.html`` writes them (in order; True alone, False left out)."""
    return format_html_join(
        "",
        "{}",
        (
            (format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value),)
            for name, value in attrs.items()
            if value is not False
        ),
    )


def _options(options):
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((o["value"], _attrs(o["attrs"]), o["label"]) for o in options),
    )


class QuickSelect(forms.Select):
    """Django's ``Select`` with the same markup, built in Python.

    Django renders a select box from three templates, one of them per option
    and one for each option's attributes; on a page with several filters of
    a dozen choices that costs more than the page's queries.
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = []
        for group_name, options, _index in widget["optgroups"]:
            if not group_name:
                parts.append(_options(options))
            else:
                parts.append(
                    format_html('<optgroup label="{}">{}</optgroup>', group_name, _options(options))
                )
        return format_html(
            '<select name="{}"{}>{}</select>',
            widget["name"],
            _attrs(widget["attrs"]),
            format_html_join("", "{}", ((p,) for p in parts)),
        )
