"""The event page's admin form: checks exceptions and extra dates against the schedule."""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from events import recurrence
from events.models.schedule import SCHEDULE_FIELDS
from events.models.series_source import series_source
from events.schedule import ScheduleValues, build_series, validate_schedule


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
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.series_source = series_source(self.instance) if self.instance.pk else None
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
        names = ScheduleValues.__dataclass_fields__
        values = ScheduleValues(**{n: cleaned_data[n] for n in names if n in cleaned_data})
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
