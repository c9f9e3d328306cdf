"""Admin upload form for iCalendar files (same code path as ``manage.py import_ics``):
a preview of what the file changes, then the import (see :mod:`events.ical.upload_flow`)."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale

from events import conf
from events.ical.importer import (
    CHANGED_HERE,
    DELETED_HERE,
    SKIPPED,
    UNCHANGED,
    ImportFailed,
    import_calendar,
)
from events.ical.problems import NO_UID, Problem
from events.ical.upload_flow import PreviewThenImportView, clean_upload


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("iCalendar file"),
        help_text=_("A .ics file, e.g. exported from Google, Apple or Thunderbird calendars."),
    )
    index = forms.ModelChoiceField(
        label=_("Event index"),
        queryset=None,
        required=False,
        help_text=_("Where the events are created. Empty: the first event index in German."),
    )
    overwrite_local_changes = forms.BooleanField(
        label=_("Overwrite changes made here"),
        required=False,
        help_text=_(
            "Events that were edited here after their last import are normally left as they "
            "are. Tick this to replace them with the file."
        ),
    )
    recreate_deleted = forms.BooleanField(
        label=_("Create deleted events again"),
        required=False,
        help_text=_(
            "Events that were deleted here after their import are normally not created again. "
            "Tick this to create them from the file."
        ),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["index"].queryset = importable_indexes(user)

    def clean_file(self):
        return clean_upload(self.cleaned_data["file"])


def importable_indexes(user):
    """The German event indexes below which ``user`` may add event pages, in tree order.

    Imports create German pages; the other languages follow as translations
    or aliases, so their indexes are never a target.
    """
    from events.models import EventIndexPage

    indexes = EventIndexPage.objects.filter(
        locale=Locale.get_default(), alias_of__isnull=True
    ).order_by("path")
    if user is None or not user.is_active:
        return indexes.none()
    if user.is_superuser:
        return indexes
    allowed = [index.pk for index in indexes if index.permissions_for_user(user).can_add_subpage()]
    return indexes.filter(pk__in=allowed)


def can_import(user):
    """Everyone who may add event pages below a German event index."""
    return importable_indexes(user).exists()


class ImportView(PreviewThenImportView):
    kind = "events"
    form_class = ImportForm
    template_name = "events/admin/import_ics.html"
    page_title = _("Import calendar")

    skipped_outcomes = (UNCHANGED, SKIPPED, CHANGED_HERE, DELETED_HERE)
    may_import = staticmethod(can_import)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            max_events=conf.import_max_events(),
            max_description=conf.import_max_description(),
        )
        if context.get("preview") is not None:
            context["index"] = self.index(context["options"])
        return context

    def options(self, form):
        index = form.cleaned_data["index"] or form.fields["index"].queryset.first()
        return {
            "index": index.pk if index is not None else None,
            "overwrite_local_changes": form.cleaned_data["overwrite_local_changes"],
            "recreate_deleted": form.cleaned_data["recreate_deleted"],
        }

    def index(self, options):
        """The chosen index, if the user may still import into it."""
        return importable_indexes(self.request.user).filter(pk=options["index"]).first()

    def run(self, data, options, *, dry_run):
        index = self.index(options)
        if index is None:
            raise ImportFailed(
                [
                    Problem(
                        NO_UID,
                        _(
                            "You may not add events to the chosen event index (any more); "
                            "choose another one."
                        ),
                    )
                ]
            )
        return import_calendar(
            data,
            index,
            overwrite_local_changes=options["overwrite_local_changes"],
            recreate_deleted=options["recreate_deleted"],
            dry_run=dry_run,
        )

    def done(self, summary, options):
        messages.success(self.request, _("Calendar imported: %(summary)s.") % {"summary": summary})
        for note in summary.notes:
            messages.warning(self.request, note)
        if summary.counts[CHANGED_HERE]:
            messages.info(
                self.request,
                _("To replace what was changed here, upload the file again with “%(option)s”.")
                % {"option": ImportForm.base_fields["overwrite_local_changes"].label},
            )
        if summary.counts[DELETED_HERE]:
            messages.info(
                self.request,
                _("To create the deleted events again, upload the file again with “%(option)s”.")
                % {"option": ImportForm.base_fields["recreate_deleted"].label},
            )
        return redirect(reverse("events_import_ics"))


class ImportMenuItem(MenuItem):
    """Shown only to those who may import into some event index."""

    def is_shown(self, request):
        return can_import(request.user)
