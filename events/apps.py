from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    label = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.api_v3 import add_router
        from events import signals
        from events.api_router import router

        add_router("/events/", router)
        signals.connect()
