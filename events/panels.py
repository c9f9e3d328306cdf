"""An admin panel that shows the schedule in words and the next dates while editing."""

from django.urls import reverse
from wagtail.admin.panels import Panel


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
