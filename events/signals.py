"""Keep the occurrence table in step with publishing, moving and deleting pages."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from events import occurrence_table


def _event_page_class():
    from events.models import EventPage

    return EventPage


def on_published(sender, instance, **kwargs):
    """Rebuild the page's dates, and those of every translation when it is the source."""
    if isinstance(instance, _event_page_class()):
        from events.models.series_source import propagate

        occurrence_table.rebuild(instance)
        for translation in propagate(instance):
            occurrence_table.rebuild(translation)


def on_unpublished(sender, instance, **kwargs):
    if isinstance(instance, _event_page_class()):
        occurrence_table.delete_for(instance.pk)


def on_deleted(sender, instance, **kwargs):
    """Remove the page's dates; a deleted source takes its translations' dates with it.

    The admin deletes the translations together with the source (see
    ``wagtail_hooks``); for any other path, translations and former aliases
    still live once the deletion is committed are unpublished, so no page
    keeps showing the dates of a series that no longer exists.
    """
    occurrence_table.delete_for(instance.pk)
    if instance.alias_of_id or instance.locale_id != _default_locale_id():
        return
    translation_key = instance.translation_key

    def unpublish_translations():
        from wagtail.models import Page

        orphans = Page.objects.filter(translation_key=translation_key, live=True).exclude(
            locale_id=_default_locale_id()
        )
        for page in orphans.specific():
            page.unpublish(log_action=True)

    transaction.on_commit(unpublish_translations)


def _default_locale_id():
    from wagtail.models import Locale

    return Locale.get_default().pk


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
    """A changed closure period (or its translated reason) changes the dates of its events.

    Pages link the source period; its translations only give the words, so
    pages are found through the translation key.
    """
    pages = (
        _event_page_class()
        .objects.live()
        .filter(closure_periods__translation_key=instance.translation_key)
        .distinct()
    )
    for page in pages:
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
