"""API fields every page type shares: locale, direction and its translations.

The fields are DRF serializer fields with typed ``to_representation`` so
that API v2 serialises them and API v3's schema generator types them.
"""

from pydantic import BaseModel
from rest_framework import serializers
from wagtail.api import APIField
from wagtail.models import Page

from cms.i18n import language_direction
from cms.visibility import visible_to_public


class TranslationLink(BaseModel):
    locale: str
    id: int
    url: str | None
    is_alias: bool


class Localization(BaseModel):
    locale: str
    direction: str
    is_alias: bool
    translations: list[TranslationLink]


def isoformat(value):
    """A date, time or datetime as ISO 8601; ``None`` stays ``None``."""
    return value.isoformat() if value is not None else None


class PageValueField(serializers.Field):
    """A read-only API field computed from the whole page (``source="*"``)."""

    def __init__(self, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)


def _live_pages():
    return (
        visible_to_public(Page.objects.all())
        .select_related("locale")
        .only("id", "translation_key", "url_path", "alias_of_id", "locale__language_code")
        .order_by("path")
    )


def _translations_of(page, request):
    """The live translations of ``page`` (itself included).

    With a request, all live pages are read once and kept on the request, so
    that a listing costs one query, not one per page.
    """
    if request is None:
        return list(_live_pages().filter(translation_key=page.translation_key))
    index = getattr(request, "_quartiersnetz_translations", None)
    if index is None:
        index = {}
        for other in _live_pages():
            index.setdefault(other.translation_key, []).append(other)
        request._quartiersnetz_translations = index
    return index.get(page.translation_key, [])


class LocalizationField(PageValueField):
    """The page's locale and text direction, and where it lives in other languages."""

    def to_representation(self, page) -> Localization:
        request = self.context.get("request")
        code = page.locale.language_code
        translations = [
            TranslationLink(
                locale=other.locale.language_code,
                id=other.pk,
                url=other.get_url(request),
                is_alias=other.alias_of_id is not None,
            ).model_dump()
            for other in _translations_of(page, request)
            if other.pk != page.pk
        ]
        return Localization(
            locale=code,
            direction=language_direction(code),
            is_alias=page.alias_of_id is not None,
            translations=translations,
        ).model_dump()


def localization_api_field():
    return APIField("localization", serializer=LocalizationField())
