"""The schedule an editor enters on an event page, plus its extra dates and exceptions."""

import dataclasses
import zoneinfo
from datetime import datetime
from functools import cache

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.dates import MONTHS
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from events import recurrence
from events.compare import ChoiceListPanel
from events.fields import ChoiceListField
from events.panels import repeating, sent_when, shown_when
from events.schedule import (
    ENDS_AFTER,
    ENDS_CHOICES,
    ENDS_NEVER,
    ENDS_ON_DATE,
    FREQUENCY_CHOICES,
    MAX_COUNT,
    MAX_INTERVAL,
    MONTHLY_DAY,
    MONTHLY_LAST,
    MONTHLY_MODE_CHOICES,
    MONTHLY_NTH,
    ORDINAL_CHOICES,
    WEEKDAY_CHOICES,
    ScheduleValues,
    build_rrule,
    build_series,
    validate_event_date,
)

#: The schedule's fields; translations always copy them from the source page.
SCHEDULE_FIELDS = [
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "all_day",
    "time_zone",
    "frequency",
    "interval",
    "weekdays",
    "monthly_mode",
    "month_day",
    "ordinals",
    "monthly_weekday",
    "months",
    "ends",
    "until",
    "count",
    "rrule",
    "custom_rule",
    "skip_public_holidays",
]


@cache
def time_zone_choices():
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


def default_time_zone():
    return settings.TIME_ZONE


MONTH_CHOICES = [(str(number), name) for number, name in MONTHS.items()]


class ScheduleFields(models.Model):
    """Plain schedule fields from which the RRULE is derived (see events.schedule)."""

    start_date = models.DateField(
        _("date"),
        validators=[validate_event_date],
        help_text=_("The date of the first occurrence, or the only one."),
    )
    end_date = models.DateField(
        _("end date"),
        validators=[validate_event_date],
        null=True,
        blank=True,
        help_text=_("Only for events over several days: the day the first occurrence ends."),
    )
    all_day = models.BooleanField(_("all day"), default=False)
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices,
        default=default_time_zone,
        help_text=_("Times are wall-clock times in this zone, in summer and in winter."),
    )
    frequency = models.CharField(
        _("repeats"), max_length=10, choices=FREQUENCY_CHOICES, blank=True, default=""
    )
    interval = models.PositiveSmallIntegerField(
        _("every"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_INTERVAL)],
        help_text=_("1 = every day/week/month/year, 2 = every second one, and so on."),
    )
    weekdays = ChoiceListField(
        _("on these weekdays"),
        choices=WEEKDAY_CHOICES,
        max_length=40,
        help_text=_("For weekly events. None ticked: the weekday of the date above."),
    )
    monthly_mode = models.CharField(
        _("monthly on"),
        max_length=10,
        choices=MONTHLY_MODE_CHOICES,
        default=MONTHLY_DAY,
        blank=True,
        help_text=_("Only for monthly events. Empty: on a day of the month."),
    )
    month_day = models.PositiveSmallIntegerField(
        _("day of the month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(31)],
        help_text=_("For “on a day of the month”. Empty: the day of the date above."),
    )
    ordinals = ChoiceListField(
        _("which weeks"),
        choices=ORDINAL_CHOICES,
        max_length=20,
        help_text=_("For “on the nth weekday”, e.g. tick 2nd and 4th."),
    )
    monthly_weekday = models.CharField(
        _("weekday"),
        max_length=2,
        choices=WEEKDAY_CHOICES,
        blank=True,
        help_text=_("For “nth” and “last” weekday. Empty: the weekday of the date above."),
    )
    months = ChoiceListField(
        _("only in these months"),
        choices=MONTH_CHOICES,
        max_length=40,
        help_text=_("Optional. None ticked: all months."),
    )
    ends = models.CharField(_("ends"), max_length=10, choices=ENDS_CHOICES, default=ENDS_NEVER)
    until = models.DateField(
        _("last date"), null=True, blank=True, validators=[validate_event_date]
    )
    count = models.PositiveSmallIntegerField(
        _("number of times"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_COUNT)],
    )
    skip_public_holidays = models.BooleanField(
        _("not on public holidays"),
        default=False,
        help_text=_("Dates on public holidays are shown as cancelled (public holiday)."),
    )
    rrule = models.CharField(
        _("recurrence rule"),
        max_length=255,
        blank=True,
        editable=False,
        help_text=_("Generated from the fields above (RFC 5545 RRULE)."),
    )
    custom_rule = models.BooleanField(
        _("rule set directly"),
        default=False,
        editable=False,
        help_text=_("Set by imports whose RRULE the fields above cannot express."),
    )

    schedule_panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel(
            [
                FieldPanel("start_time", attrs=shown_when(match="not", all_day=["on"])),
                FieldPanel("end_time", attrs=shown_when(match="not", all_day=["on"])),
                FieldPanel("all_day"),
            ]
        ),
        FieldPanel("other_time_zone"),
        FieldPanel(
            "time_zone",
            widget=forms.Select(attrs=sent_when(other_time_zone=["on"])),
            attrs=shown_when(other_time_zone=["on"]),
        ),
        FieldRowPanel([FieldPanel("frequency"), FieldPanel("interval", attrs=repeating())]),
        ChoiceListPanel("weekdays", attrs=shown_when(frequency=["WEEKLY"])),
        FieldRowPanel(
            [
                FieldPanel("monthly_mode", attrs=shown_when(frequency=["MONTHLY"])),
                FieldPanel(
                    "month_day",
                    attrs=shown_when(frequency=["MONTHLY"], monthly_mode=[MONTHLY_DAY, ""]),
                ),
            ]
        ),
        FieldRowPanel(
            [
                ChoiceListPanel(
                    "ordinals",
                    attrs=shown_when(frequency=["MONTHLY"], monthly_mode=[MONTHLY_NTH]),
                ),
                FieldPanel(
                    "monthly_weekday",
                    attrs=shown_when(
                        frequency=["MONTHLY"], monthly_mode=[MONTHLY_NTH, MONTHLY_LAST]
                    ),
                ),
            ]
        ),
        FieldPanel("only_some_months", attrs=shown_when(frequency=["DAILY", "WEEKLY", "MONTHLY"])),
        ChoiceListPanel(
            "months",
            widget=forms.CheckboxSelectMultiple(attrs=sent_when(only_some_months=["on"])),
            attrs=shown_when(frequency=["DAILY", "WEEKLY", "MONTHLY"], only_some_months=["on"]),
        ),
        FieldRowPanel(
            [
                FieldPanel("ends", attrs=repeating()),
                FieldPanel("until", attrs=repeating(ends=[ENDS_ON_DATE])),
                FieldPanel("count", attrs=repeating(ends=[ENDS_AFTER])),
            ]
        ),
        FieldPanel("skip_public_holidays", attrs=repeating()),
    ]

    class Meta:
        abstract = True

    @property
    def schedule_values(self):
        return ScheduleValues.from_object(self)

    def refresh_rrule(self):
        """Derive ``rrule`` from the fields (unless an import set it directly)."""
        if self.start_date and not self.custom_rule:
            self.rrule = build_rrule(self.schedule_values)
        return self.rrule

    def get_series(self):
        """The recurrence core's Series: RDATEs from the extra dates, EXDATEs from
        the exceptions that remove a date."""
        rdates = []
        for extra in self.extra_dates.all():
            if extra.start_time and not self.all_day:
                rdates.append(datetime.combine(extra.date, extra.start_time))
            else:
                rdates.append(extra.date)
        exdates = []
        for exception in self.exceptions.all():
            if exception.action != recurrence.EXCLUDED:
                continue
            if self.start_time and not self.all_day:
                exdates.append(datetime.combine(exception.original_date, self.start_time))
            else:
                exdates.append(exception.original_date)
        series = build_series(self.schedule_values, rdates=rdates, exdates=exdates)
        if self.custom_rule:
            series = dataclasses.replace(series, rrule=self.rrule)
        return series


class EventExtraDate(Orderable):
    """An additional single date of a series (RDATE), at the usual or its own time."""

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="extra_dates")
    date = models.DateField(_("date"), validators=[validate_event_date])
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Empty: the usual start time.")
    )

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("start_time")])]

    class Meta(Orderable.Meta):
        verbose_name = _("additional date")
        verbose_name_plural = _("additional dates")


class EventException(TranslatableMixin, Orderable):
    """A change to one date of the series: cancelled, moved or with a note."""

    ACTION_CHOICES = [
        (recurrence.CANCELLED, _("Cancelled")),
        (recurrence.MOVED, _("Moved")),
        ("note", _("Takes place, with a note")),
        (recurrence.EXCLUDED, _("Removed from the series (not shown)")),
    ]

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="exceptions")
    original_date = models.DateField(
        _("date in the series"),
        validators=[validate_event_date],
        help_text=_("The date as the series would have it."),
    )
    action = models.CharField(_("what happens"), max_length=10, choices=ACTION_CHOICES)
    note = models.CharField(
        _("reason or note for visitors"),
        max_length=255,
        blank=True,
        help_text=_("E.g. “The team is on a trip” or “This time in the garden”."),
    )
    new_date = models.DateField(
        _("new date"), null=True, blank=True, validators=[validate_event_date]
    )
    new_start_time = models.TimeField(_("new start time"), null=True, blank=True)
    new_end_time = models.TimeField(_("new end time"), null=True, blank=True)
    new_location = models.ForeignKey(
        "events.Location",
        verbose_name=_("new location"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    #: Dates, times and places follow the source page; only the note is translated.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "original_date",
            "action",
            "new_date",
            "new_start_time",
            "new_end_time",
            "new_location",
        )
    ]

    def translation_label(self):
        """What the translation editor calls this row: its date and what happens."""
        return _("Exception on %(date)s: %(action)s") % {
            "date": date_format(self.original_date, "DATE_FORMAT") if self.original_date else "–",
            "action": self.get_action_display(),
        }

    panels = [
        FieldRowPanel([FieldPanel("original_date"), FieldPanel("action")]),
        FieldPanel("note"),
        FieldRowPanel(
            [FieldPanel("new_date"), FieldPanel("new_start_time"), FieldPanel("new_end_time")]
        ),
        FieldPanel("new_location"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("exception")
        verbose_name_plural = _("exceptions")
        ordering = ["sort_order"]

    def as_change(self):
        return recurrence.Change(
            original_date=self.original_date,
            action=self.action,
            note=self.note,
            new_date=self.new_date,
            new_start_time=self.new_start_time,
            new_end_time=self.new_end_time,
            location=self.new_location_id,
        )
