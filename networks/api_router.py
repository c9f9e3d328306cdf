"""A ``/api/v3/networks/`` router on Wagtail's v3 API: networks with their members.

One item per live network page of a locale, with founding date, status and
members already in that language, so that an app needs a single request.
"""

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from wagtail.models import Locale

from cms.visibility import visible_to_public
from networks.api_fields import (
    NetworkMember,
    NetworkStatus,
    PartialDate,
    founded_data,
    status_data,
)

router = Router(tags=["networks"])

#: Largest page of networks one request can ask for.
MAX_LIMIT = 500


class NetworkItem(Schema):
    id: int
    title: str
    url: str | None
    locale: str
    short_description: str
    topic: str
    website: str
    founded: PartialDate | None
    status: NetworkStatus
    members: list[NetworkMember]


class NetworkListMeta(Schema):
    total_count: int


class NetworkList(Schema):
    meta: NetworkListMeta
    items: list[NetworkItem]


class NetworkQuery(Schema):
    locale: str | None = Field(None, description="Language code, e.g. ar; default: German.")
    limit: int = Field(100, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=2**31 - 1)


def _item(page, members, request):
    from django.utils import translation

    with translation.override(page.locale.language_code):
        return NetworkItem(
            id=page.pk,
            title=page.title,
            url=page.get_url(request),
            locale=page.locale.language_code,
            short_description=page.short_description,
            topic=page.topic,
            website=page.website,
            founded=founded_data(page),
            status=status_data(page),
            members=[member.as_api_dict() for member in members],
        )


@router.get(
    "/",
    response=NetworkList,
    summary="Networks with their members",
    operation_id="networks_list",
)
def list_networks(request: HttpRequest, query: Query[NetworkQuery]):
    from networks.members import members_for_pages
    from networks.models import NetworkPage

    code = query.locale or Locale.get_default().language_code
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        raise HttpError(400, f"Unknown locale {code!r}.")
    pages = (
        visible_to_public(NetworkPage.objects.filter(locale=locale))
        .select_related("locale", "successor_page")
        .order_by("path")
    )
    total = pages.count()
    page_list = list(pages[query.offset : query.offset + query.limit])
    members = members_for_pages(page_list)
    items = [_item(page, members.get(page.pk, []), request) for page in page_list]
    return {"meta": {"total_count": total}, "items": items}
