"""Serializers that give the network page's API fields a structured shape.

Used through ``APIField(..., serializer=...)`` on the page model; their
typed ``to_representation`` lets API v3 describe them in its schema. Labels
and display texts are in the page's own language. In a v2 listing, the first
page serialised loads the members, images, successors and locales of the
whole result page at once, so the number of queries does not grow with the
number of networks.
"""

from django.db.models import QuerySet, prefetch_related_objects
from django.utils import translation
from pydantic import BaseModel

from cms.api_fields import PageValueField
from networks import partial_dates

_BATCH_KEY = "networks_batch"


class PartialDate(BaseModel):
    year: int
    season: str | None
    month: int | None
    display: str


class Successor(BaseModel):
    name: str
    url: str | None
    page: int | None
    note: str | None


class NetworkStatus(BaseModel):
    code: str
    label: str
    successor: Successor | None


class NetworkImage(BaseModel):
    id: int
    title: str
    alt: str


class NetworkMember(BaseModel):
    name: str
    kind: str
    kind_label: str
    website: str | None
    description: str | None
    role: str | None


def _listed_pages(field, page):
    instance = getattr(field.root, "instance", None)
    if isinstance(instance, list | tuple | QuerySet):
        return [item for item in instance if hasattr(item, "founded_year")]
    return [page]


def _batch(field, page):
    """Load related data for every page of this response once; return the page's members."""
    from networks.members import members_for_pages

    context = field.context
    # Blocks in the body (serialised after these fields) format dates in this language.
    context["networks_language"] = page.locale.language_code
    cache = context.setdefault(_BATCH_KEY, {})
    if page.pk not in cache:
        pages = [item for item in _listed_pages(field, page) if item.pk not in cache] or [page]
        prefetch_related_objects(pages, "locale", "image", "successor_page")
        cache.update(members_for_pages(pages))
    return cache.get(page.pk, [])


def founded_data(page) -> PartialDate | None:
    """When the network was founded, in the page's language, or ``None``."""
    if not page.founded_year:
        return None
    with translation.override(page.locale.language_code):
        data = partial_dates.as_dict(page.founded_year, page.founded_season, page.founded_month)
    return PartialDate(**data)


def status_data(page) -> NetworkStatus:
    """The network's status with its label in the page's language and its successor."""
    with translation.override(page.locale.language_code):
        successor = page.get_successor()
        label = str(page.get_status_display())
    if successor is not None:
        successor = Successor(
            name=successor["name"],
            url=successor["url"],
            page=page.successor_page_id,
            note=successor["note"] or None,
        )
    return NetworkStatus(code=page.status, label=label, successor=successor)


class FoundedField(PageValueField):
    """``{"year", "season", "month", "display"}`` or ``null`` when unknown."""

    def to_representation(self, page) -> PartialDate | None:
        _batch(self, page)
        founded = founded_data(page)
        return founded.model_dump() if founded else None


class StatusField(PageValueField):
    """``{"code", "label", "successor"}``; the successor is ``null`` unless continued."""

    def to_representation(self, page) -> NetworkStatus:
        _batch(self, page)
        return status_data(page).model_dump()


class ImageField(PageValueField):
    """The image's id, title and alternative text, or ``null``."""

    def to_representation(self, page) -> NetworkImage | None:
        _batch(self, page)
        if page.image is None:
            return None
        return NetworkImage(
            id=page.image_id, title=page.image.title, alt=page.image_alt
        ).model_dump()


class MembersField(PageValueField):
    """The member organisations in the page's language, with their role."""

    def to_representation(self, page) -> list[NetworkMember]:
        members = _batch(self, page)
        with translation.override(page.locale.language_code):
            return [NetworkMember(**member.as_api_dict()).model_dump() for member in members]
