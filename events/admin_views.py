"""The editor's live preview: schedule in words and the next dates, before saving.

The preview binds the posted edit form to the page exactly as saving does
(the page's own form class, with its formsets for extra dates and
exceptions), so it shows the errors a save would give. The page it builds in
memory goes through the same functions as the published page
(:func:`events.occurrence_items.computed_next_dates`, ``page_schedule_text``), so the
preview cannot disagree with the page.
"""

from functools import cache

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin.panels import get_form_for_model
from wagtail.models import Locale, Page

from cms.params import whole_number
from events import recurrence
from events.models.schedule import SCHEDULE_FIELDS
from events.models.series_source import follow_source
from events.occurrence_items import computed_next_dates
from events.page_schedule import page_schedule_text
from events.places import place_text

PREVIEW_COUNT = 10
#: The page form's fields whose errors belong to the schedule.
#: The place belongs to it too: the preview lists every date with its place.
SCHEDULE_FORM_FIELDS = frozenset(
    {*SCHEDULE_FIELDS, "skip_public_holidays", "closure_periods", "location"}
)
#: The inline formsets that belong to the schedule, with their labels.
SCHEDULE_FORMSETS = ("extra_dates", "exceptions")


def _page_and_parent(request):
    """The page being edited (its latest draft) or a new one under ``parent``."""
    from events.models import EventPage

    page_id = whole_number(request.GET.get("page"))
    if page_id is not None:
        page = EventPage.objects.filter(pk=page_id).first()
        if page is None:
            raise Http404
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return page.get_latest_revision_as_object(), page.get_parent()
    parent_id = whole_number(request.GET.get("parent"))
    parent = Page.objects.filter(pk=parent_id).first() if parent_id is not None else None
    if parent is not None and not parent.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    locale = parent.locale if parent is not None else Locale.get_default()
    return EventPage(locale=locale), parent


@cache
def schedule_form_class(model):
    """The page's own edit form narrowed to the schedule: same fields, formsets and checks.

    Fields that are not part of the schedule (title, body …) stay out, so a
    half-filled page still previews its dates.
    """
    edit_handler = model.get_edit_handler()
    options = edit_handler.get_form_options()
    options["fields"] = [name for name in options["fields"] if name in SCHEDULE_FORM_FIELDS]
    options["formsets"] = {
        name: value
        for name, value in options.get("formsets", {}).items()
        if name in SCHEDULE_FORMSETS
    }
    options["widgets"] = {
        name: value
        for name, value in options.get("widgets", {}).items()
        if name in options["fields"]
    }
    base_form_class = edit_handler.base_form_class or model.base_form_class
    return get_form_for_model(model, form_class=base_form_class, **options)


def _bound_form(request, page, parent):
    """The schedule part of the edit form bound to the posted data, as the edit view binds it."""
    form_class = schedule_form_class(type(page))
    data = (request.POST if request.method == "POST" else request.GET).copy()
    for prefix in getattr(form_class, "formsets", {}):
        # A partial post (only the schedule fields) means "no rows", not tampering.
        data.setdefault(f"{prefix}-TOTAL_FORMS", "0")
        data.setdefault(f"{prefix}-INITIAL_FORMS", "0")
    return form_class(data, instance=page, parent_page=parent, for_user=request.user)


def _one_message_each(messages):
    """The field's messages without repeats; "required" only when nothing says more."""
    texts = list(dict.fromkeys(str(m) for m in messages))
    required = str(forms.Field.default_error_messages["required"])
    if len(texts) > 1 and required in texts:
        texts.remove(required)
    return texts


def _schedule_errors(form):
    """``({key: [message]}, {key: label})`` for the schedule's part of the form."""
    errors, labels = {}, {}
    for name, messages in form.errors.items():
        # Errors of fields outside the schedule (a missing title …) are not the preview's.
        if name in SCHEDULE_FORM_FIELDS:
            errors[name] = _one_message_each(messages)
            field = form.fields.get(name)
            labels[name] = str(field.label) if field is not None else _("Schedule")
    for relation in SCHEDULE_FORMSETS:
        formset = form.formsets.get(relation)
        if formset is None:
            continue
        heading = str(formset.model._meta.verbose_name)
        for number, row in enumerate(formset.forms, start=1):
            if getattr(row, "cleaned_data", {}).get("DELETE"):
                continue
            for name, messages in row.errors.items():
                key = f"{relation}-{number - 1}-{name}"
                errors[key] = [str(m) for m in messages]
                field = row.fields.get(name)
                label = str(field.label) if field is not None else ""
                labels[key] = f"{heading} {number}: {label}" if label else f"{heading} {number}"
        if formset.non_form_errors():
            errors[relation] = [str(m) for m in formset.non_form_errors()]
            labels[relation] = heading
    return errors, labels


def _apply_schedule(form, page):
    """Put the posted schedule on ``page`` in memory (fields, rows, closure periods)."""
    # ModelForm validation already copied every valid field onto the instance.
    for relation in SCHEDULE_FORMSETS:
        formset = form.formsets.get(relation)
        if formset is not None and formset.is_valid():
            formset.save(commit=False)
    if "closure_periods" in form.cleaned_data:
        page.closure_periods = list(form.cleaned_data["closure_periods"])
    follow_source(page)  # a translation shows its source's schedule, as on save


@require_http_methods(["GET", "POST"])
def schedule_preview(request):
    """JSON ``{"text", "dates", "errors", "html"}`` for the edit form posted."""
    page, parent = _page_and_parent(request)
    form = _bound_form(request, page, parent)
    form.is_valid()
    errors, labels = _schedule_errors(form)
    text, items = "", []
    hint = ""
    if not form.data.get("start_date", "").strip() and set(errors) <= {"start_date"}:
        # Nothing typed yet: say what to start with, not that something is wrong.
        errors, labels = {}, {}
        hint = _("Enter the date first; the next dates then appear here.")
    elif not errors:
        _apply_schedule(form, page)
        try:
            text = page_schedule_text(page, today=timezone.localdate())
            items = computed_next_dates(page, timezone.now(), limit=PREVIEW_COUNT)
        except recurrence.RecurrenceError as error:  # a stored custom rule gone bad
            errors, labels = {"frequency": [str(error)]}, {"frequency": _("repeats")}
    context = {
        "text": text,
        "items": items,
        "errors": errors,
        "error_labels": labels,
        "hint": hint,
    }
    html = render_to_string("events/admin/schedule_preview.html", context, request=request)
    return JsonResponse(
        {
            "text": text,
            "dates": [
                {
                    "start": item["start"].isoformat(),
                    "end": item["end"].isoformat(),
                    "status": item["status"],
                    "reason": item["reason"],
                    "note": item["note"],
                    "location": place_text(item["location"]),
                }
                for item in items
            ],
            "errors": errors,
            "html": html,
            "empty": _("No upcoming dates.") if not items and not errors and not hint else "",
        }
    )
