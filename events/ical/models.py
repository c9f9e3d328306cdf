"""Where an imported event page came from, so the next import can match and compare it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ImportedSeries(models.Model):
    """The iCalendar UID, SEQUENCE and LAST-MODIFIED of an imported event page.

    Feeds write the original UID for these pages, so calendars that already
    hold the event recognise it.
    """

    page = models.OneToOneField(
        "events.EventPage",
        verbose_name=_("event page"),
        on_delete=models.CASCADE,
        related_name="ical_source",
    )
    uid = models.CharField(_("UID"), max_length=255, unique=True)
    sequence = models.IntegerField(_("sequence"), default=0)
    last_modified = models.DateTimeField(_("last modified"), null=True, blank=True)
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)

    class Meta:
        verbose_name = _("imported series")
        verbose_name_plural = pgettext_lazy("plural", "imported series")

    def __str__(self):
        return self.uid

    def is_older_than(self, sequence, last_modified):
        """True when a file's SEQUENCE/LAST-MODIFIED is newer than what we imported."""
        if sequence != self.sequence:
            return sequence > self.sequence
        if last_modified is None or self.last_modified is None:
            return last_modified is not None and self.last_modified is None
        return last_modified > self.last_modified
