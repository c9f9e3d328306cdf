from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    name = "networks"
    label = "networks"
    verbose_name = _("Networks")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.api_v3 import add_router
        from networks.api_router import router

        add_router("/networks/", router)
