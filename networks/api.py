"""Serializers that give the network page's API fields a structured shape.

Used through ``APIField(..., serializer=...)`` on the page model. In a
listing, the first page serialised loads the members, images, successors
and locales of the whole result page at once, so the number of queries does
not grow with the number of networks.
"""

from django.db.models import QuerySet, prefetch_related_objects
from rest_framework import serializers

from networks import partial_dates

_BATCH_KEY = "networks_batch"


def _listed_pages(field, page):
    instance = field.root.instance
    if isinstance(instance, list | tuple | QuerySet):
        return [item for item in instance if hasattr(item, "members")]
    return [page]


def _batch(field, page):
    """Load related data for every page of this response once; return the member map."""
    from networks.members import members_for_pages

    cache = field.context.setdefault(_BATCH_KEY, {})
    if page.pk not in cache:
        pages = [item for item in _listed_pages(field, page) if item.pk not in cache] or [page]
        prefetch_related_objects(pages, "locale", "image", "successor_page")
        cache.update(members_for_pages(pages))
    return cache.get(page.pk, [])


class _PageField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)


class FoundedField(_PageField):
    """``{"year", "season", "month", "display"}`` or ``null`` when unknown."""

    def to_representation(self, page):
        _batch(self, page)
        if not page.founded_year:
            return None
        return partial_dates.as_dict(page.founded_year, page.founded_season, page.founded_month)


class StatusField(_PageField):
    """``{"code", "label", "successor"}``; the successor is ``null`` unless continued."""

    def to_representation(self, page):
        _batch(self, page)
        successor = page.get_successor()
        if successor is not None:
            successor = {
                "name": successor["name"],
                "url": successor["url"],
                "page": page.successor_page_id,
                "note": successor["note"] or None,
            }
        return {
            "code": page.status,
            "label": str(page.get_status_display()),
            "successor": successor,
        }


class ImageField(_PageField):
    """The image's id, title, alternative text and a rendition URL, or ``null``."""

    def to_representation(self, page):
        _batch(self, page)
        if page.image is None:
            return None
        return {"id": page.image_id, "title": page.image.title, "alt": page.image_alt}


class MembersField(_PageField):
    """The member organisations in the page's language, with their role."""

    def to_representation(self, page):
        return [member.as_api_dict() for member in _batch(self, page)]
