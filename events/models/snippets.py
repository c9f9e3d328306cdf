"""Translatable snippets shared by events: locations, closure periods, categories."""

from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.synchronized import FollowSourceMixin
from events.schedule import validate_event_date


class Location(FollowSourceMixin, TranslatableMixin, index.Indexed, models.Model):
    """A venue: where events take place and how accessible it is."""

    name = models.CharField(_("name"), max_length=120)
    address = models.TextField(
        _("address"), max_length=300, blank=True, help_text=_("Street, number, postcode and town.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Optional, e.g. 51.0163 – for maps. Leave empty if unsure."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Optional, e.g. 13.7954 – for maps. Leave empty if unsure."),
    )
    accessibility_notes = models.TextField(
        _("accessibility of the venue"),
        blank=True,
        help_text=_("Step-free access, lift, accessible toilet, hearing loop and the like."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("accessibility_notes"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("address")]
    override_translatable_fields = [
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ClosurePeriod(FollowSourceMixin, TranslatableMixin, models.Model):
    """A period without events (summer break, school holidays), shared by several events."""

    name = models.CharField(_("name"), max_length=120, help_text=_("E.g. “Summer break”."))
    start = models.DateField(_("first day"), validators=[validate_event_date])
    end = models.DateField(
        _("last day"),
        validators=[validate_event_date],
        help_text=_("The last day without events (included)."),
    )
    reason = models.CharField(_("reason shown to visitors"), max_length=255, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("reason"),
    ]
    override_translatable_fields = [
        SynchronizedField("start", overridable=False),
        SynchronizedField("end", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("closure period")
        verbose_name_plural = _("closure periods")
        ordering = ["start"]

    def __str__(self):
        return self.name

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.start and self.end and self.end < self.start:
            raise ValidationError(
                {"end": _("The last day is before the first day. Enter a later date.")}
            )


def _closure_periods_worded_in(locale_id):
    """Closure periods, each with its name and reason in the locale ``locale_id`` where it
    is translated (``name_there``, ``reason_there``; None where not)."""
    there = ClosurePeriod.objects.filter(
        translation_key=models.OuterRef("translation_key"), locale_id=locale_id
    )
    return ClosurePeriod.objects.annotate(
        name_there=models.Subquery(there.values("name")[:1]),
        reason_there=models.Subquery(there.values("reason")[:1]),
    )


def prefetch_closure_periods_worded(pages):
    """Each event page's closure periods, with their words in the page's language
    (see ``events.page_schedule.page_closures``): one query per language of the pages,
    however many pages and periods there are."""
    by_locale = {}
    for page in pages:
        by_locale.setdefault(page.locale_id, []).append(page)
    for locale_id, group in by_locale.items():
        prefetch_related_objects(
            group, Prefetch("closure_periods", queryset=_closure_periods_worded_in(locale_id))
        )


class Category(TranslatableMixin, models.Model):
    """A kind of event (café, language, sport …) for the filters."""

    name = models.CharField(_("name"), max_length=80)

    panels = [FieldPanel("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("event category")
        verbose_name_plural = _("event categories")
        ordering = ["name"]

    def __str__(self):
        return self.name
