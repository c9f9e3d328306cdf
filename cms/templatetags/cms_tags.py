"""Site-wide template tags: navigation, language switcher, hreflang links."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from cms.i18n import language_direction, native_name

register = template.Library()


def _current_locale_code():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page's live, public children shown in menus, in the current locale."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    root = site.root_page.localized
    return list(root.get_children().live().public().in_menu().specific(defer=True))


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return "/"
    return site.root_page.localized.get_url(request) or "/"


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per content language: where the current page lives in it.

    On a Wagtail page the links go to the page's translations (the live ones);
    elsewhere (search, error pages) to the same path in the other language.
    Each entry carries ``code``, ``name``, ``direction``, ``url`` and
    ``current``; ``url`` is ``None`` when the page has no such translation.
    """
    request = context.get("request")
    page = context.get("page")
    current = _current_locale_code()
    urls = {}
    if isinstance(page, Page) and page.pk:
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        for translation in translations:
            urls[translation.locale.language_code] = translation.get_url(request)
    elif request is not None:
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            urls[code] = translate_url(request.path, code)
    return [
        {
            "code": code,
            "name": native_name(code),
            "direction": language_direction(code),
            "url": urls.get(code),
            "current": code == current,
        }
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    if not url or request is None or url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)


@register.simple_tag
def default_locale_code():
    return Locale.get_default().language_code


@register.filter
def direction_of(language_code):
    return language_direction(language_code or "")
