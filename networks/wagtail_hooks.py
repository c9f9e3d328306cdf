"""Hooks: the organisations snippet in the menu, and who sees volunteer sign-ups."""

from wagtail import hooks
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet

from networks.models import VolunteerFormPage
from networks.snippet_views import OrganisationViewSet

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
