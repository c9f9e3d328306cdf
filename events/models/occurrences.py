"""The occurrence table: every date of every live event, in UTC, for fast listings."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from events import recurrence


class OccurrenceQuerySet(models.QuerySet):
    def upcoming(self, now):
        """Occurrences that have not ended yet, earliest first (in a fixed order, so that
        pages of a listing neither repeat nor skip dates that start together)."""
        return self.filter(end_utc__gt=now).order_by("start_utc", "page_id", "pk")

    def live(self):
        return self.filter(page__live=True)

    def for_listing(self):
        """With each date's page, its place and organiser.

        The pages are read in a second query, once each (joined to every row,
        a series with many dates would build the same wide page many times),
        with only the fields listings show (``LISTING_PAGE_FIELDS``).
        """
        from events.models.pages import EventPage
        from events.occurrence_items import LISTING_PAGE_FIELDS

        pages = (
            EventPage.objects.select_related("location", "organiser")
            .only(*LISTING_PAGE_FIELDS)
            .order_by()
        )
        return self.select_related("location").prefetch_related(
            models.Prefetch("page", queryset=pages)
        )


class Occurrence(models.Model):
    """One materialised date of an event page (rebuilt by events.occurrence_table)."""

    STATUS_CHOICES = [
        (recurrence.SCHEDULED, _("Scheduled")),
        (recurrence.CANCELLED, _("Cancelled")),
        (recurrence.MOVED, _("Moved")),
    ]

    page = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="occurrences"
    )
    start_utc = models.DateTimeField(_("start"))
    end_utc = models.DateTimeField(_("end"))
    all_day = models.BooleanField(_("all day"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=STATUS_CHOICES, default=recurrence.SCHEDULED
    )
    reason = models.CharField(_("reason"), max_length=10, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)
    original_start_utc = models.DateTimeField(_("original start"))
    is_extra = models.BooleanField(_("additional date"), default=False)
    location = models.ForeignKey(
        "events.Location",
        verbose_name=_("location"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("occurrence")
        verbose_name_plural = _("occurrences")
        ordering = ["start_utc", "page_id"]
        indexes = [
            models.Index(fields=["start_utc"], name="events_occ_start"),
            models.Index(fields=["page", "start_utc"], name="events_occ_page_start"),
        ]

    def __str__(self):
        return f"{self.page_id} @ {self.start_utc:%Y-%m-%d %H:%M}"
