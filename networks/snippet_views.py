"""The admin view of the organisations snippet, with the networks each one belongs to."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from cms.snippet_listing import OwnLocaleSnippetViewSet
from networks.models import NetworkMember, Organisation


class OrganisationViewSet(OwnLocaleSnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "kind", "website", "network_titles"]
    list_filter = ["kind"]
    search_fields = ["name", "description"]
    # Plain database lookups on these fields: works the same on SQLite and PostgreSQL.
    search_backend_name = None
    ordering = ["name"]

    def get_queryset(self, request):
        memberships = NetworkMember.objects.select_related("page").order_by("page__path")
        return Organisation.objects.prefetch_related(Prefetch("memberships", queryset=memberships))
