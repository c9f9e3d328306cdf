"""The schedule tab's panels: fields that open as the repetition needs them, and a
panel that shows the schedule in words and the next dates while editing.

Opening and closing is Wagtail's own rules controller (``w-rules``): a panel
marked with :func:`shown_when` is hidden while the form's values do not match
its rules. Without JavaScript nothing is hidden.
"""

import json

from django.urls import reverse
from wagtail.admin.panels import Panel

from events.schedule import REPEATING

#: On the tab that holds the fields: re-check the rules whenever a value changes.
RULES_CONTROLLER = {"data-controller": "w-rules", "data-action": "change->w-rules#resolve"}


def shown_when(match="all", **rules):
    """Panel ``attrs``: shown only while the named fields have one of the given values
    (``match="not"``: while none of them has)."""
    attrs = {"data-w-rules-target": "show", "data-w-rules": json.dumps(rules)}
    if match != "all":
        attrs["data-w-rules-match"] = match
    return attrs


def sent_when(**rules):
    """Widget ``attrs``: the input is switched off (and not sent) unless the rules match."""
    return {"data-w-rules-target": "enable", "data-w-rules": json.dumps(rules)}


def repeating(**rules):
    """:func:`shown_when` for fields of repeating events only."""
    return shown_when(frequency=list(REPEATING), **rules)


class SchedulePreviewPanel(Panel):
    """A placeholder that events/js/schedule_preview.js fills from the preview view."""

    @property
    def clean_name(self):
        return super().clean_name or "schedule_preview"

    class BoundPanel(Panel.BoundPanel):
        template_name = "events/admin/schedule_preview_panel.html"

        class Media:
            js = ["events/js/schedule_preview.js"]

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            url = reverse("events_schedule_preview")
            parent = getattr(self.form, "parent_page", None)
            if self.instance is not None and self.instance.pk:
                url += f"?page={self.instance.pk}"
            elif parent is not None:
                url += f"?parent={parent.pk}"
            context["preview_url"] = url
            return context
