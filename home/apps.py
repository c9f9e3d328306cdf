from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    label = "home"
    verbose_name = _("Home")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_migrate

        from cms.date_input import register as german_date_input
        from cms.locales import create_content_locales

        # Editors here type dates and times as Germans do (09.12.2026, 15:30).
        german_date_input()

        # This site's seven content languages exist as soon as Wagtail's own
        # tables (and so Locale) are migrated.
        post_migrate.connect(
            create_content_locales,
            sender=apps.get_app_config("wagtailcore"),
            dispatch_uid="home_content_locales",
        )
