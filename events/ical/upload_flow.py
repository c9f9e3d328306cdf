"""Upload, preview, confirm: the admin's two steps for loading a calendar file.

The first POST (the upload form) runs the import as a dry run – the same
function, rolled back – and shows its summary: what will be created,
updated and skipped, and why. The file waits in :mod:`events.ical.pending`;
the second POST ("Import") carries its token and hash and runs the import
for real. Problems in the file are listed at the upload field; a file that
is gone (too old, another user's, tampered with) is asked for again. In no
case is anything written before the second click.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from events import conf
from events.ical import pending
from events.ical.importer import (
    CHANGED_HERE,
    CREATED,
    DELETED_HERE,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    ImportFailed,
    too_large_message,
)


class ConfirmForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput, max_length=64)
    sha256 = forms.CharField(widget=forms.HiddenInput, max_length=64)


def clean_upload(upload):
    """The uploaded file, refused with the size limit before it is read."""
    message = too_large_message(upload.size)
    if message:
        raise forms.ValidationError(message)
    return upload


def expired_message():
    return _(
        "The uploaded file is no longer available (it is kept for one hour after the preview); "
        "upload it again."
    )


def preview_groups(summary, skipped_outcomes):
    """The preview's tables: (heading, entries), new ones first, empty groups left out."""
    groups = [
        (gettext_lazy("Will be created"), summary.by_outcome(CREATED)),
        (gettext_lazy("Will be updated"), summary.by_outcome(UPDATED)),
        (gettext_lazy("Will be skipped"), summary.by_outcome(*skipped_outcomes)),
    ]
    return [(heading, entries) for heading, entries in groups if entries]


def outcome_labels():
    """Why an entry is skipped, where it has no note of its own."""
    return {
        UNCHANGED: _("unchanged in the file"),
        CHANGED_HERE: _("changed here, skipped"),
        DELETED_HERE: _("deleted here, skipped"),
        SKIPPED: _("skipped"),
    }


class PreviewThenImportView(WagtailAdminTemplateMixin, FormView):
    """Subclasses give ``kind``, ``form_class``, ``skipped_outcomes``, :meth:`may_import`,
    :meth:`options`, :meth:`run` and :meth:`done`."""

    kind = ""
    header_icon = "date"
    #: The outcomes the preview lists under "Will be skipped".
    skipped_outcomes = (SKIPPED,)

    @staticmethod
    def may_import(user):
        """Whether ``user`` may use this import at all."""
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        if not self.may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["max_size"] = filesizeformat(conf.import_max_bytes())
        preview = context.get("preview")
        if preview is not None:
            context.update(
                groups=preview_groups(preview, self.skipped_outcomes),
                outcome_labels=outcome_labels(),
            )
        return context

    def options(self, form):
        """What the form chose, as JSON for the second step."""
        raise NotImplementedError

    def run(self, data, options, *, dry_run):
        """Import ``data`` with ``options``; the summary, or raise ImportFailed."""
        raise NotImplementedError

    def done(self, summary, options):
        """Tell the editor what the import did; the response."""
        raise NotImplementedError

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def post(self, request, *args, **kwargs):
        if "token" in request.POST:
            return self.confirm()
        return super().post(request, *args, **kwargs)

    def failed(self, form, failure):
        for problem in failure.problems:
            form.add_error("file", str(problem))
        form.add_error(None, _("Nothing was imported. Fix the file and upload it again."))
        return self.form_invalid(form)

    def form_valid(self, form):
        data = form.cleaned_data["file"].read()
        options = self.options(form)
        try:
            summary = self.run(data, options, dry_run=True)
        except ImportFailed as failure:
            return self.failed(form, failure)
        token, sha256 = pending.keep(self.request.user, self.kind, data, options)
        confirm = ConfirmForm(initial={"token": token, "sha256": sha256})
        context = self.get_context_data(
            form=form, preview=summary, confirm_form=confirm, options=options
        )
        return self.render_to_response(context)

    def confirm(self):
        confirm = ConfirmForm(self.request.POST)
        try:
            if not confirm.is_valid():
                raise pending.Expired
            token, sha256 = confirm.cleaned_data["token"], confirm.cleaned_data["sha256"]
            data, options = pending.take(self.request.user, self.kind, token, sha256)
        except pending.Expired:
            messages.error(self.request, expired_message())
            return redirect(self.request.path)
        try:
            summary = self.run(data, options, dry_run=False)
        except ImportFailed as failure:
            # Only saving can fail now (the file passed the preview): nothing was written.
            for problem in failure.problems:
                messages.error(self.request, str(problem))
            messages.error(
                self.request, _("Nothing was imported. Fix the file and upload it again.")
            )
            return redirect(self.request.path)
        return self.done(summary, options)
