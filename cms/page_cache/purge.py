"""What a change affects, and purging it from the page cache (and a CDN in front).

A page's answers carry the tag of its translation group, so purging the group
reaches it in every language. A change to a page purges its group, the groups
of its ancestors (the indexes and the home page list it), the groups of the
pages it refers to (a network page lists the events that name it) and the
content-wide tags (API, feeds, sitemap). A changed snippet (organisation,
location, category, closure period) purges every page that uses it or one of
its translations, found through Wagtail's reference index. Purges wait for
the transaction: until it commits, the old answers are still right.
"""

from django.db import transaction
from wagtail.models import Page, ReferenceIndex

from cms.page_cache import store, tags
from cms.page_cache.conf import cache_seconds, frontend_cache_configured


def _page_content_type():
    return ReferenceIndex._get_base_content_type(Page)


def _page_ids_referenced_by(pages):
    page_type = _page_content_type()
    references = ReferenceIndex.objects.filter(
        base_content_type=page_type, object_id__in=[page.pk for page in pages]
    ).values_list("to_content_type_id", "to_object_id")
    return {int(object_id) for type_id, object_id in references if type_id == page_type.pk}


def _with_ancestors(pages):
    """The translation keys of ``pages`` and of all their ancestors but the root (one query)."""
    step = Page.steplen
    paths = {page.path[:end] for page in pages for end in range(2 * step, len(page.path), step)}
    keys = {page.translation_key for page in pages}
    keys.update(Page.objects.filter(path__in=paths).values_list("translation_key", flat=True))
    return keys


def page_tags(pages):
    """The tags a change to ``pages`` affects."""
    pages = [page for page in pages if page is not None and page.pk]
    if not pages:
        return set()
    referenced = Page.objects.filter(pk__in=_page_ids_referenced_by(pages))
    keys = _with_ancestors(pages) | set(referenced.values_list("translation_key", flat=True))
    return {tags.page_tag(key) for key in keys} | set(tags.CONTENT_WIDE)


def _translations(obj):
    key = getattr(obj, "translation_key", None)
    if key is None:
        return [obj]
    return list(type(obj)._default_manager.filter(translation_key=key)) or [obj]


def _page_ids_linking_many_to_many(objects):
    """Pages that list ``objects`` in a many-to-many field (the reference index skips those)."""
    ids = set()
    for relation in type(objects[0])._meta.related_objects:
        if relation.many_to_many and issubclass(relation.related_model, Page):
            linking = relation.related_model._base_manager.filter(
                **{f"{relation.field.name}__in": objects}
            )
            ids.update(linking.values_list("pk", flat=True))
    return ids


def snippet_tags(obj):
    """The tags a change to a snippet affects: every page that uses it, in any language."""
    objects = _translations(obj)
    page_ids = {
        int(pk)
        for pk in ReferenceIndex.get_references_to_in_bulk(objects)
        .filter(base_content_type=_page_content_type())
        .values_list("object_id", flat=True)
    }
    page_ids |= _page_ids_linking_many_to_many(objects)
    pages = list(Page.objects.filter(pk__in=page_ids))
    return page_tags(pages) | set(tags.CONTENT_WIDE)


def is_active():
    """Whether anything is cached: the page cache or a CDN (else purging is skipped)."""
    return bool(cache_seconds() or frontend_cache_configured())


def purge_later(tag_names):
    """Purge ``tag_names`` (in this cache and a CDN) once the transaction commits."""
    tag_names = set(tag_names)

    def run():
        store.purge(tag_names)
        if frontend_cache_configured():
            _purge_frontend_cache(tag_names)

    transaction.on_commit(run)


def _purge_frontend_cache(tag_names):
    """Purge the pages of ``tag_names`` in every language (their routes included)."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    keys = [name.removeprefix("page:") for name in tag_names if name.startswith("page:")]
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().filter(translation_key__in=keys).specific())
    batch.purge()
