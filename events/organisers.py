"""The organising network of event pages as visitors see it: in the page's language where
published there, else the original, never a private one. The event page, its JSON-LD and
the API read it here."""

from django.db.models import Q
from wagtail.models import Page

from cms.visibility import restricted_paths, visible_to_public


def visible_organisers(pages):
    """``{page.pk: organiser page or None}`` for event ``pages``, in one query for all."""
    pages = [page for page in pages if page.organiser_id]
    if not pages:
        return {}
    ids = {page.organiser_id for page in pages}
    same_groups = Page.objects.filter(pk__in=ids).values("translation_key")
    versions = list(
        visible_to_public(
            Page.objects.filter(
                Q(pk__in=ids)
                | Q(translation_key__in=same_groups, locale_id__in={p.locale_id for p in pages})
            )
        )
    )
    by_pk = {version.pk: version for version in versions}
    by_group = {(version.translation_key, version.locale_id): version for version in versions}
    found = {}
    for page in pages:
        original = by_pk.get(page.organiser_id)
        if original is None and page._meta.get_field("organiser").is_cached(page):
            original = page.organiser  # private or a draft: only its group counts
        key = original.translation_key if original is not None else None
        found[page.pk] = by_group.get((key, page.locale_id)) or by_pk.get(page.organiser_id)
    return found


def visible_organiser(page):
    """The organiser of one page; no query when it came with the page in the page's
    language and nothing on the site is private."""
    if not page.organiser_id:
        return None
    if page._meta.get_field("organiser").is_cached(page):
        chosen = page.organiser
        if chosen.locale_id == page.locale_id and chosen.live and not restricted_paths():
            return chosen
    return visible_organisers([page]).get(page.pk)
