"""Where an imported event page came from, so the next import can match and compare it."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ImportedSeries(models.Model):
    """The iCalendar UID, SEQUENCE and LAST-MODIFIED of an imported event page.

    Feeds write the original UID for these pages, so calendars that already
    hold the event recognise it, with :attr:`published_sequence` as SEQUENCE.

    The row outlives its page: when an editor deletes the page, ``page``
    becomes empty and ``deleted_at`` is set (a tombstone), so the next
    import does not bring the series back.
    """

    page = models.OneToOneField(
        "events.EventPage",
        verbose_name=_("event page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ical_source",
    )
    uid = models.CharField(_("UID"), max_length=255, unique=True)
    sequence = models.IntegerField(_("sequence"), default=0)
    last_modified = models.DateTimeField(_("last modified"), null=True, blank=True)
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)
    #: The SEQUENCE our feeds write: never lower than any SEQUENCE imported or
    #: published before; raised by every publication here (see ``signals``).
    published_sequence = models.IntegerField(_("published sequence"), default=0)
    #: What the last import wrote (``fingerprint.content_fingerprint``) and the
    #: revision it produced: a page that differs has been changed here.
    fingerprint = models.CharField(_("content fingerprint"), max_length=64, blank=True)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("imported revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    deleted_at = models.DateTimeField(_("deleted here at"), null=True, blank=True)

    class Meta:
        verbose_name = _("imported series")
        verbose_name_plural = pgettext_lazy("plural", "imported series")

    def __str__(self):
        return self.uid

    @property
    def is_deleted(self):
        """True when the page was deleted here after its import."""
        return self.page_id is None

    def feed_sequence(self):
        """The SEQUENCE feeds write for this series; it never goes down."""
        return max(self.sequence, self.published_sequence)

    def is_older_than(self, sequence, last_modified):
        """True when a file's SEQUENCE/LAST-MODIFIED is newer than what we imported."""
        if sequence != self.sequence:
            return sequence > self.sequence
        if last_modified is None or self.last_modified is None:
            return last_modified is not None and self.last_modified is None
        return last_modified > self.last_modified

    def is_newer_than(self, sequence, last_modified):
        """True when a file's SEQUENCE/LAST-MODIFIED is older than what we imported."""
        if sequence != self.sequence:
            return sequence < self.sequence
        if last_modified is None or self.last_modified is None:
            return False
        return last_modified < self.last_modified


class PendingUpload(models.Model):
    """An uploaded file between its preview and the editor's "Import" click.

    Kept in the database (not a process's memory) so that any server process
    can finish the import; only the uploading user can use it (by its random
    ``token``), its bytes are checked against ``sha256`` and it is dropped
    after the import or once it is older than :data:`events.ical.pending.KEEP`.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", editable=False
    )
    kind = models.CharField(max_length=20, editable=False)
    token = models.CharField(max_length=64, unique=True, editable=False)
    sha256 = models.CharField(max_length=64, editable=False)
    data = models.BinaryField(editable=False)
    options = models.JSONField(default=dict, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("uploaded calendar file")
        verbose_name_plural = _("uploaded calendar files")

    def __str__(self):
        return f"{self.kind} {self.created_at:%Y-%m-%d %H:%M}"
