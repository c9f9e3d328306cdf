"""The event page's admin form: only the fields the schedule needs, and exceptions and
extra dates checked against the schedule."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale

from events import conf, recurrence
from events.models.schedule import SCHEDULE_FIELDS
from events.models.series_source import series_source
from events.schedule import ScheduleValues, build_series, unused_fields, validate_schedule


def _schedule_values(cleaned_data):
    """The schedule's fields among ``cleaned_data`` (those that passed their own checks)."""
    names = ScheduleValues.__dataclass_fields__
    return ScheduleValues(**{n: cleaned_data[n] for n in names if n in cleaned_data})


def _live_forms(formset):
    """The inline forms that are filled in and not marked for deletion."""
    if formset is None:
        return []
    formset.is_valid()  # make sure every form is cleaned
    return [
        form
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
    ]


class EventPageForm(WagtailAdminPageForm):
    """Field errors for exceptions that do not fit the series.

    The schedule's own checks run in ``EventPage.clean`` (shared with imports
    and the live preview); here we only look at the inline exceptions.
    The two ticks below only open fields (``events.panels``): with JavaScript
    the zone list and the months stay closed, and not sent, until they are
    ticked; without it every field shows and counts as it is.
    """

    other_time_zone = forms.BooleanField(label=_("another time zone"), required=False)
    only_some_months = forms.BooleanField(label=_("only in some months"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.series_source = series_source(self.instance) if self.instance.pk else None
        self._set_up_schedule_choices()
        if self.series_source is not None:
            # A translation shows its source's schedule; the model enforces it,
            # the form says so instead of offering fields that cannot change.
            for name in (*SCHEDULE_FIELDS, "closure_periods"):
                if name in self.fields:
                    self.fields[name].disabled = True
            for relation in ("extra_dates", "exceptions"):
                formset = self.formsets.get(relation)
                # Existing rows only: rows a translator adds are dropped on save anyway.
                for row in formset.initial_forms if formset is not None else ():
                    for name, field in row.fields.items():
                        if name not in ("id", "DELETE", "ORDER", "note"):
                            field.disabled = True
            if "start_date" in self.fields:
                self.fields["start_date"].help_text = _(
                    "Dates, times, repetition, closure periods and the dates of exceptions "
                    "come from the page in %(language)s; change them there. The notes of "
                    "exceptions are translated here."
                ) % {"language": self.series_source.locale.get_display_name()}

    def _set_up_schedule_choices(self):
        """The zone behind a tick, and only this language's categories and the closure
        periods still to come (plus whatever the page has chosen already)."""
        site_zone = conf.time_zone()
        if "time_zone" in self.fields:
            self.fields["time_zone"].required = False  # closed: the site's zone
            self.fields["other_time_zone"].label = _("Another time zone than %(zone)s") % {
                "zone": site_zone
            }
            self.fields["other_time_zone"].help_text = _(
                "Only for events held elsewhere, e.g. online from abroad."
            )
            self.initial.setdefault(
                "other_time_zone",
                bool(self.instance.time_zone) and self.instance.time_zone != site_zone,
            )
        self.initial.setdefault("only_some_months", bool(self.instance.months))
        locale_id = self.instance.locale_id or Locale.get_default().pk
        if "categories" in self.fields:
            field = self.fields["categories"]
            keep = Q(pk__in=self.instance.categories.all()) if self.instance.pk else Q()
            field.queryset = field.queryset.filter(Q(locale_id=locale_id) | keep).order_by("name")
        if "closure_periods" in self.fields:
            field = self.fields["closure_periods"]
            keep = Q(pk__in=self.instance.closure_periods.all()) if self.instance.pk else Q()
            upcoming = Q(locale_id=locale_id, end__gte=timezone.localdate())
            field.queryset = field.queryset.filter(upcoming | keep).order_by("start")

    def _only_what_the_repetition_uses(self, cleaned_data):
        """Reset what the chosen repetition leaves out, so nothing hidden counts; the
        schedule's values as they remain."""
        if not cleaned_data.get("time_zone") and "time_zone" in self.fields:
            cleaned_data["time_zone"] = conf.time_zone()
        for name, blank in unused_fields(_schedule_values(cleaned_data)).items():
            if name in self.fields:
                # A value out of sight counts for nothing, not even as an error.
                self.errors.pop(name, None)
                cleaned_data[name] = blank
        return _schedule_values(cleaned_data)

    def add_error(self, field, error):
        """Model errors for fields this form leaves out (API v3 writes) become form errors."""
        if field is None and isinstance(error, ValidationError) and hasattr(error, "error_dict"):
            remapped = {}
            for name, messages in error.error_dict.items():
                key = name if name in self.fields else NON_FIELD_ERRORS
                remapped.setdefault(key, []).extend(messages)
            error = ValidationError(remapped)
        super().add_error(field, error)

    def _refuse_new_rows_in_a_translation(self):
        """Additional dates and exceptions belong to the source page: say so, keep nothing."""
        message = _(
            "Add dates and exceptions on the page in %(language)s; this translation takes "
            "them from there."
        ) % {"language": self.series_source.locale.get_display_name()}
        for relation in ("extra_dates", "exceptions"):
            formset = self.formsets.get(relation)
            if formset is None:
                continue
            formset.is_valid()  # cleans every row
            for row in formset.extra_forms:
                if row.has_changed() and not getattr(row, "cleaned_data", {}).get("DELETE"):
                    row.add_error(None, message)

    def clean(self):
        cleaned_data = super().clean()
        if self.series_source is not None:
            self._refuse_new_rows_in_a_translation()
            return cleaned_data
        values = self._only_what_the_repetition_uses(cleaned_data)
        if values.start_date is None or validate_schedule(values):
            return cleaned_data
        rdates = [
            form.cleaned_data["date"]
            for form in _live_forms(self.formsets.get("extra_dates"))
            if form.cleaned_data.get("date")
        ]
        try:
            series = build_series(values, rdates=rdates)
        except recurrence.RecurrenceError:
            return cleaned_data
        for form in _live_forms(self.formsets.get("exceptions")):
            data = form.cleaned_data
            day = data.get("original_date")
            if day and not recurrence.occurs_on(series, day):
                form.add_error(
                    "original_date",
                    _(
                        "The event does not take place on %(date)s. Choose a date of the "
                        "series; for an additional date use “Additional dates”."
                    )
                    % {"date": date_format(day, "DATE_FORMAT")},
                )
            if data.get("action") == recurrence.MOVED and not any(
                data.get(name)
                for name in ("new_date", "new_start_time", "new_end_time", "new_location")
            ):
                form.add_error(
                    "new_date", _("Enter the new date, the new times or the new location.")
                )
            if (
                data.get("new_start_time")
                and data.get("new_end_time")
                and data["new_end_time"] < data["new_start_time"]
                and not values.end_date
            ):
                form.add_error(
                    "new_end_time",
                    _("The new end time is before the new start time. Enter a later time."),
                )
        return cleaned_data
