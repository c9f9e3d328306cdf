"""iCalendar feeds: one per event page and one for the site, with filters.

``/feeds/events.ics?network=<page id>&category=<id>&locale=<code>`` and
``/feeds/events/<page id>.ics``. Bad parameters answer 400 with a message.
Responses carry ``Cache-Control``, ``Last-Modified`` and an ``ETag`` and
answer conditional requests with 304.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_response_headers,
)
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.utils.translation import override
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from cms.params import whole_number
from cms.visibility import visible_to_public
from events import conf
from events.ical.export import to_ics
from events.ical.sources import entries_for, feed_pages

CONTENT_TYPE = "text/calendar; charset=utf-8"


class BadParameter(ValueError):
    """A query parameter the feed cannot use; the message says which and why."""


def _int_param(params, name):
    value = params.get(name, "").strip()
    if not value:
        return None
    number = whole_number(value)
    if number is None:
        raise BadParameter(
            _("%(name)s must be a page or category id (a whole number).") % {"name": name}
        )
    return number


def resolve_locale(code):
    """The Locale for a language code, or the default locale for an empty one."""
    if not code:
        return Locale.get_default()
    if code not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
        raise BadParameter(_("Unknown language %(code)s.") % {"code": code})
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        raise BadParameter(_("Unknown language %(code)s.") % {"code": code})
    return locale


def site_feed_path(locale_code, *, network=None, category=None):
    """The address of the whole calendar feed in one language, optionally narrowed."""
    from django.urls import reverse
    from django.utils.http import urlencode

    params = {"locale": locale_code}
    if network:
        params["network"] = network
    if category:
        params["category"] = category
    return f"{reverse('events_feeds:site')}?{urlencode(params)}"


def filtered_pages(params):
    """The event pages visitors may see matching ``network``, ``category`` and ``locale``."""
    from events.models import Category, EventPage

    locale = resolve_locale(params.get("locale", "").strip())
    pages = visible_to_public(EventPage.objects.filter(locale=locale))
    network_id = _int_param(params, "network")
    if network_id is not None:
        network = Page.objects.filter(pk=network_id).first()
        if network is None:
            raise BadParameter(
                _("There is no network page with the id %(id)s.") % {"id": network_id}
            )
        pages = pages.filter(organiser__translation_key=network.translation_key)
    category_id = _int_param(params, "category")
    if category_id is not None:
        category = Category.objects.filter(pk=category_id).first()
        if category is None:
            raise BadParameter(_("There is no category with the id %(id)s.") % {"id": category_id})
        pages = pages.filter(categories__translation_key=category.translation_key).distinct()
    return locale, pages


def calendar_response(request, pages, *, name, filename=None):
    """The iCalendar response for ``pages`` (a list), conditional and cacheable."""
    entries = entries_for(pages, url_for=lambda page: page.get_full_url(request))
    body = to_ics(entries, name=name)
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    stamps = [e.last_modified for e in entries if e.last_modified is not None]
    last_modified = max(stamps).timestamp() if stamps else None
    conditional = get_conditional_response(request, etag=etag, last_modified=last_modified)
    response = conditional or HttpResponse(body, content_type=CONTENT_TYPE)
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    patch_response_headers(response, cache_timeout=conf.feed_max_age())
    patch_cache_control(response, public=True)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def site_feed(request):
    try:
        locale, pages = filtered_pages(request.GET)
    except BadParameter as error:
        return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
    pages = list(feed_pages(pages).order_by("pk"))
    with override(locale.language_code):
        return calendar_response(request, pages, name=_("Events"))


@require_GET
def event_feed(request, page_id):
    from events.models import EventPage

    if whole_number(str(page_id)) is None:  # beyond any database id
        raise Http404(_("There is no published event with this id."))
    page = feed_pages(visible_to_public(EventPage.objects.filter(pk=page_id))).first()
    if page is None:
        raise Http404(_("There is no published event with this id."))
    with override(page.locale.language_code):
        return calendar_response(
            request, [page], name=page.title, filename=f"{page.slug or 'event'}.ics"
        )
