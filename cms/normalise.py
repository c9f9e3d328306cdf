"""Clean the text of every model save in one place (a ``pre_save`` receiver).

Every ``CharField`` (single-line) and ``TextField`` (multi-line) of the
models of our apps, and the title, draft title, SEO title and search
description of every page, pass through :func:`cms.text.clean_text` before
they are written, whichever form, API, import, translation (wagtail-localize
publishes a translation by saving the page) or script wrote them. The same
fields are cleaned in revisions (Wagtail serialises a draft before it saves
the page), so drafts, previews and later publications are clean too.

Left alone: slugs (Wagtail checks them), fields with choices (fixed values),
identifiers that must match another system (:data:`UNCHANGED`), StreamField
and rich text, and writes that bypass ``save()`` (``QuerySet.update``,
``bulk_create``); output that must never carry these characters (the
calendar feeds) cleans again when writing.
"""

from functools import cache

from django.db import models

from cms.text import clean_text

#: Apps whose models' text fields are cleaned on save.
APPS = frozenset({"cms", "home", "networks", "events", "events_ical"})

#: Wagtail's own page fields that hold words.
PAGE_FIELDS = frozenset({"title", "draft_title", "seo_title", "search_description"})

#: Wagtail's copies of a title: a revision's and a log entry's (they are shown in the admin).
WAGTAIL_FIELDS = frozenset(
    {
        "wagtailcore.Revision.object_str",
        "wagtailcore.PageLogEntry.label",
        "wagtailcore.ModelLogEntry.label",
    }
)

#: ``app_label.Model.field`` values copied from elsewhere that must stay as they came.
UNCHANGED = frozenset({"events_ical.ImportedSeries.uid"})


def is_cleaned(field):
    """True for the text fields whose values are cleaned on save."""
    from wagtail.models import Page

    if not isinstance(field, (models.CharField, models.TextField)):
        return False
    if isinstance(field, models.SlugField) or field.choices:
        return False
    owner = field.model
    if owner is Page:
        return field.name in PAGE_FIELDS
    if f"{owner._meta.label}.{field.name}" in WAGTAIL_FIELDS:
        return True
    return owner._meta.app_label in APPS and f"{owner._meta.label}.{field.name}" not in UNCHANGED


@cache
def text_fields(model):
    """``(attname, multiline)`` for the fields of ``model`` that are cleaned on save."""
    return tuple(
        (field.attname, is_multiline(field))
        for field in model._meta.concrete_fields
        if is_cleaned(field)
    )


def is_multiline(field):
    """Text fields hold lines, except Wagtail's copies of a title."""
    label = f"{field.model._meta.label}.{field.name}"
    return isinstance(field, models.TextField) and label not in WAGTAIL_FIELDS


def clean_revision_content(revision):
    """Clean the text fields in a revision's content (a draft holds what was typed)."""
    from django.contrib.contenttypes.models import ContentType

    model = ContentType.objects.get_for_id(revision.content_type_id).model_class()
    content = revision.content
    if model is None or not isinstance(content, dict):
        return
    for name, multiline in text_fields(model):
        if isinstance(content.get(name), str):
            content[name] = clean_text(content[name], multiline=multiline)


def clean_text_fields(sender, instance, raw=False, **kwargs):
    """``pre_save`` receiver: clean the instance's text fields in place (not for fixtures)."""
    from wagtail.models import Revision

    if raw:
        return
    if sender is Revision:
        clean_revision_content(instance)
    deferred = instance.get_deferred_fields()  # not loaded, so not written either
    for attname, multiline in text_fields(sender):
        if attname in deferred:
            continue
        value = getattr(instance, attname)
        if isinstance(value, str):
            cleaned = clean_text(value, multiline=multiline)
            if cleaned != value:
                setattr(instance, attname, cleaned)


def connect():
    from django.db.models.signals import pre_save

    pre_save.connect(clean_text_fields, dispatch_uid="cms.normalise.clean_text_fields")
