"""Purge the page cache when pages or snippets change."""

from django.db.models.signals import post_delete, post_save, pre_delete

from cms.page_cache import purge


def on_page_changed(sender, instance, **kwargs):
    if purge.is_active():
        purge.purge_later(purge.page_tags([instance]))


def on_page_moved(sender, instance, parent_page_before=None, **kwargs):
    if purge.is_active():
        purge.purge_later(purge.page_tags([instance, parent_page_before]))


def on_page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page) and purge.is_active():
        purge.purge_later(purge.page_tags([instance]))


def on_model_saved(sender, instance, **kwargs):
    """A saved or deleted snippet purges the pages that use it."""
    from wagtail.snippets.models import get_snippet_models

    if kwargs.get("raw") or not purge.is_active():
        return
    if isinstance(instance, tuple(get_snippet_models())):
        purge.purge_later(purge.snippet_tags(instance))


def connect():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(on_page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="page_cache_moved")
    pre_delete.connect(on_page_deleted, dispatch_uid="page_cache_page_deleted")
    post_save.connect(on_model_saved, dispatch_uid="page_cache_snippet_saved")
    post_delete.connect(on_model_saved, dispatch_uid="page_cache_snippet_deleted")
