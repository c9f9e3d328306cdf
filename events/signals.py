"""Keep the occurrence table in step with publishing, moving and deleting pages."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from events import occurrence_table


def _event_page_class():
    from events.models import EventPage

    return EventPage


def on_published(sender, instance, **kwargs):
    if isinstance(instance, _event_page_class()):
        occurrence_table.rebuild(instance)


def on_unpublished(sender, instance, **kwargs):
    if isinstance(instance, _event_page_class()):
        occurrence_table.delete_for(instance.pk)


def on_deleted(sender, instance, **kwargs):
    occurrence_table.delete_for(instance.pk)


def on_moved(sender, instance, **kwargs):
    page = _event_page_class().objects.filter(pk=instance.pk).first()
    if page is not None:
        occurrence_table.rebuild(page)


def on_saved(sender, instance, created=False, **kwargs):
    """New aliases (untranslated copies in other languages) get rows once saved completely."""
    if not (instance.alias_of_id and instance.live):
        return
    page_id = instance.pk

    def rebuild_alias():
        page = _event_page_class().objects.filter(pk=page_id).first()
        if page is not None:
            occurrence_table.rebuild(page)

    transaction.on_commit(rebuild_alias)


def on_closure_saved(sender, instance, **kwargs):
    """A changed closure period changes the dates of every event that uses it."""
    for page in instance.events.live():
        occurrence_table.rebuild(page)


def connect():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from events.models import ClosurePeriod, EventPage

    page_published.connect(on_published, dispatch_uid="events_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="events_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="events_moved")
    post_delete.connect(on_deleted, sender=EventPage, dispatch_uid="events_deleted")
    post_save.connect(on_saved, sender=EventPage, dispatch_uid="events_alias_saved")
    post_save.connect(on_closure_saved, sender=ClosurePeriod, dispatch_uid="events_closure")
