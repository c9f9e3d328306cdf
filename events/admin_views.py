"""The editor's live preview: schedule in words and the next dates, before saving."""

from datetime import datetime, timedelta

from django import forms
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from events import recurrence
from events.public_holidays import public_holidays
from events.schedule import ScheduleValues, build_series, validate_schedule
from events.schedule_text import describe
from events.views import core_item

PREVIEW_FIELDS = [*ScheduleValues.__dataclass_fields__, "skip_public_holidays"]
PREVIEW_COUNT = 10


def _schedule_form_class():
    from events.models import EventPage

    fields = {
        name: EventPage._meta.get_field(name).formfield(required=False) for name in PREVIEW_FIELDS
    }
    return type("SchedulePreviewForm", (forms.Form,), fields)


def _inline_rows(data, prefix, fields):
    """Rows of an inline formset posted with the edit form (``prefix-N-field``)."""
    try:
        total = min(int(data.get(f"{prefix}-TOTAL_FORMS", 0)), 200)
    except ValueError:
        total = 0
    for index in range(total):
        key = f"{prefix}-{index}-"
        if data.get(key + "DELETE"):
            continue
        row = {}
        for name, field in fields.items():
            try:
                row[name] = field.clean(data.get(key + name) or None)
            except forms.ValidationError:
                row[name] = None
        yield row


def _changes(data):
    rows = _inline_rows(
        data,
        "exceptions",
        {
            "original_date": forms.DateField(required=False),
            "action": forms.CharField(required=False),
            "note": forms.CharField(required=False),
            "new_date": forms.DateField(required=False),
            "new_start_time": forms.TimeField(required=False),
            "new_end_time": forms.TimeField(required=False),
        },
    )
    return [
        recurrence.Change(
            original_date=row["original_date"],
            action=row["action"] or "note",
            note=row["note"] or "",
            new_date=row["new_date"],
            new_start_time=row["new_start_time"],
            new_end_time=row["new_end_time"],
        )
        for row in rows
        if row["original_date"]
    ]


def _rdates(data, all_day):
    rows = _inline_rows(
        data,
        "extra_dates",
        {"date": forms.DateField(required=False), "start_time": forms.TimeField(required=False)},
    )
    result = []
    for row in rows:
        if not row["date"]:
            continue
        if row["start_time"] and not all_day:
            result.append(datetime.combine(row["date"], row["start_time"]))
        else:
            result.append(row["date"])
    return result


def _closures(data):
    from events.models import ClosurePeriod

    ids = [value for value in data.getlist("closure_periods") if value.isdigit()]
    periods = ClosurePeriod.objects.filter(pk__in=ids) if ids else []
    return [recurrence.Closure(p.start, p.end, p.reason or p.name) for p in periods]


@require_http_methods(["GET", "POST"])
def schedule_preview(request):
    """JSON ``{"text", "dates", "errors", "html"}`` for the schedule fields posted."""
    data = request.POST if request.method == "POST" else request.GET
    form = _schedule_form_class()(data)
    errors = {}
    if not form.is_valid():
        errors = {name: [str(m) for m in messages] for name, messages in form.errors.items()}
    cleaned = dict(getattr(form, "cleaned_data", {}).items())
    names = ScheduleValues.__dataclass_fields__
    values = ScheduleValues(**{k: v for k, v in cleaned.items() if k in names and v is not None})
    if not values.interval:
        values.interval = 1
    if not errors:
        errors = {k: [str(m) for m in v] for k, v in validate_schedule(values).items()}
    text, items = "", []
    if not errors:
        try:
            series = build_series(values, rdates=_rdates(data, values.all_day))
            closures = _closures(data)
            skip = bool(cleaned.get("skip_public_holidays"))
            text = describe(
                series,
                skip_holidays=skip,
                closure_names=[c.name for c in closures],
                today=timezone.localdate(),
            )
            now = timezone.now()
            end = now + timedelta(days=3660)
            holidays = (
                public_holidays(now.date(), end.date(), language=request.LANGUAGE_CODE)
                if skip
                else None
            )
            found = recurrence.occurrences(
                series,
                now,
                end,
                changes=_changes(data),
                holidays=holidays,
                closures=closures,
                max_occurrences=PREVIEW_COUNT * 5,
            )
            items = found[:PREVIEW_COUNT]
        except recurrence.RecurrenceError as error:
            errors = {"frequency": [str(error)]}
    page_stub = type("Stub", (), {"title": "", "is_free": True})()
    context = {
        "text": text,
        "items": [core_item(occ, page_stub) for occ in items],
        "errors": errors,
        "error_labels": {
            name: str(form.fields[name].label) if name in form.fields else name for name in errors
        },
    }
    html = render_to_string("events/admin/schedule_preview.html", context, request=request)
    return JsonResponse(
        {
            "text": text,
            "dates": [
                {
                    "start": occ.start.isoformat(),
                    "end": occ.end.isoformat(),
                    "status": occ.status,
                    "reason": occ.reason,
                    "note": occ.note,
                }
                for occ in items
            ],
            "errors": errors,
            "html": html,
            "empty": _("No upcoming dates.") if not items and not errors else "",
        }
    )
