"""Admin registration: the organisations snippet, and who sees volunteer sign-ups."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from networks.models import NetworkMember, Organisation, VolunteerFormPage


class OrganisationViewSet(SnippetViewSet):
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


register_snippet(OrganisationViewSet)


@hooks.register("filter_form_submissions_for_user")
def volunteer_forms_at_their_source(user, editable_forms):
    """Leave out the translations and aliases of volunteer forms.

    Their sign-ups are stored on the form in the default locale (see
    ``VolunteerFormPage.get_submission_page``), which only the people who may
    edit that network reach; a translator's Arabic copy holds none, and its
    listing stays closed to them.
    """
    default = Locale.get_default()
    sources = VolunteerFormPage.objects.filter(locale=default).values("translation_key")
    copies = VolunteerFormPage.objects.exclude(locale=default).filter(translation_key__in=sources)
    return editable_forms.exclude(pk__in=copies.values("pk"))
