from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsICalConfig(AppConfig):
    """Calendar interop for events: where imported series came from (UID, SEQUENCE)."""

    name = "events.ical"
    label = "events_ical"
    verbose_name = _("Calendar import")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from events.ical import signals

        signals.connect()
