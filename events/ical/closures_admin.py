"""Admin upload of school holidays as closure periods (same code path as
``manage.py import_closures``): a preview of the periods the file adds, then the import
(see :mod:`events.ical.upload_flow`)."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale

from cms.permissions import user_may_create
from events.ical.closure_import import import_closures
from events.ical.upload_flow import PreviewThenImportView, clean_upload


class ClosuresForm(forms.Form):
    file = forms.FileField(
        label=_("iCalendar file with school holidays"),
        help_text=_(
            "A .ics file with one all-day entry per holiday, e.g. from your state's "
            "school ministry."
        ),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)

    def clean_file(self):
        return clean_upload(self.cleaned_data["file"])


def can_import_closures(user):
    """Everyone who may add closure periods in the default language."""
    from events.models import ClosurePeriod

    if user is None or not user.is_active or not user.is_authenticated:
        return False
    return user_may_create(user, ClosurePeriod, Locale.get_default())


def closures_url():
    from events.models import ClosurePeriod

    return reverse(ClosurePeriod.snippet_viewset.get_url_name("list"))


class ClosuresImportView(PreviewThenImportView):
    kind = "closures"
    form_class = ClosuresForm
    template_name = "events/admin/import_closures.html"
    page_title = _("Import school holidays")

    may_import = staticmethod(can_import_closures)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "closures_url": closures_url()}

    def options(self, form):
        return {}

    def run(self, data, options, *, dry_run):
        return import_closures(data, dry_run=dry_run)

    def done(self, summary, options):
        messages.success(
            self.request, _("School holidays imported: %(summary)s.") % {"summary": summary}
        )
        return redirect(closures_url())


class ClosuresImportMenuItem(MenuItem):
    """Shown only to those who may add closure periods."""

    def is_shown(self, request):
        return can_import_closures(request.user)
