"""Keep imported series' records in step with what editors do here.

* Publishing an imported page here (or a translation of it) raises the
  SEQUENCE its feeds write (``published_sequence``), so calendar clients
  take the new version. The importer sets the value itself after its own
  publication.
* Deleting the page leaves a tombstone: the record keeps its UID with
  ``deleted_at`` set, so the next import does not bring the series back.
"""

from django.db.models import F
from django.utils import timezone


def _event_page_class():
    from events.models import EventPage

    return EventPage


def on_published(sender, instance, alias=False, **kwargs):
    if alias or not isinstance(instance, _event_page_class()):
        return
    from events.ical.models import ImportedSeries

    ImportedSeries.objects.filter(page__translation_key=instance.translation_key).update(
        published_sequence=F("published_sequence") + 1
    )


def on_deleting(sender, instance, **kwargs):
    from events.ical.models import ImportedSeries

    ImportedSeries.objects.filter(page_id=instance.pk).update(deleted_at=timezone.now())


def connect():
    from django.db.models.signals import pre_delete
    from wagtail.signals import page_published

    page_published.connect(on_published, dispatch_uid="events_ical_published")
    pre_delete.connect(on_deleting, sender=_event_page_class(), dispatch_uid="events_ical_deleting")
