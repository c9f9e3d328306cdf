"""Site-wide template tags: navigation, language switcher, hreflang links, fallbacks."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail_localize.models import StringTranslation, Translation

from cms.i18n import language_direction, native_name
from cms.social import og_locale, page_description, page_image
from cms.visibility import visible_to_public

register = template.Library()


def _current_locale_code():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def _localized_root(request):
    """The site's home page in the current language, looked up once per request and language."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    memo = request.__dict__.setdefault("_localized_roots", {})
    code = _current_locale_code()
    if code not in memo:
        memo[code] = site.root_page.localized
    return memo[code]


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page's live, public children shown in menus, in the current locale."""
    root = _localized_root(context.get("request"))
    if root is None:
        return []
    return list(root.get_children().live().public().in_menu().specific(defer=True))


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    root = _localized_root(request)
    if root is None:
        return "/"
    return root.get_url(request) or "/"


def _subpage_suffix(context, page):
    """On a routable page's sub-route (e.g. the weekly programme), the same route's path.

    Followed by the template's ``subpage_query`` (the parts of the query
    string that mean the same in every language).
    """
    match = getattr(context.get("request"), "routable_resolver_match", None)
    if match is None or not hasattr(page, "reverse_subpage"):
        return ""
    try:
        path = page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
    except Exception:
        return ""
    if not path:
        return ""  # the page's own root route
    return path + (context.get("subpage_query") or "")


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per content language: where the current page lives in it.

    On a Wagtail page the links go to the page's translations (the live ones);
    elsewhere (search, error pages) to the same path in the other language.
    Each entry carries ``code``, ``name``, ``direction``, ``url``, ``target``,
    ``translated`` and ``current``. ``url`` is the translation (``None`` when
    the page has none: hreflang links use it); ``target`` is where the
    switcher goes: the translation, else the page's alias in that language
    (which shows the original with a notice), else that language's home page.
    """
    request = context.get("request")
    page = context.get("page")
    current = _current_locale_code()
    urls, targets = {}, {}
    if isinstance(page, Page) and page.pk:
        versions = visible_to_public(page.get_translations(inclusive=True)).select_related("locale")
        suffix = _subpage_suffix(context, page)
        for version in versions:
            code = version.locale.language_code
            url = version.get_url(request)
            targets[code] = url + suffix if url else url
            # Aliases only mirror the German page: they are no alternate language version.
            if not version.alias_of_id:
                urls[code] = targets[code]
        missing = [
            code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in targets
        ]
        if missing and request is not None:
            site = Site.find_for_request(request)
            homes = (
                visible_to_public(site.root_page.get_translations(inclusive=True))
                .filter(locale__language_code__in=missing)
                .select_related("locale")
                if site is not None
                else []
            )
            for home in homes:
                targets[home.locale.language_code] = home.get_url(request)
    elif request is not None:
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            urls[code] = targets[code] = translate_url(request.path, code)
    return [
        {
            "code": code,
            "name": native_name(code),
            "direction": language_direction(code),
            "url": urls.get(code),
            "target": targets.get(code),
            "translated": code in urls,
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


def _fallback_source(page):
    """The page whose words ``page`` shows when it is not translated yet, else None.

    That is the page an alias mirrors, or the source of a wagtail-localize
    translation that has not a single translated string yet.
    """
    if page.alias_of_id:
        source = Page.objects.select_related("locale").filter(pk=page.alias_of_id).first()
        return source if source is not None and source.locale_id != page.locale_id else None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id
        )
        .select_related("source__locale")
        .first()
    )
    if translation is None or translation.source.locale_id == page.locale_id:
        return None
    has_translated_strings = StringTranslation.objects.filter(
        locale_id=page.locale_id, context__object_id=page.translation_key
    ).exists()
    if has_translated_strings:
        return None
    return Page.objects.filter(
        translation_key=page.translation_key, locale_id=translation.source.locale_id
    ).first()


@register.simple_tag(takes_context=True)
def translation_fallback(context):
    """Describe the original shown on a page that is not translated into its language.

    Returns ``None`` for translated pages (and outside Wagtail pages), else a
    dict with the original's ``code``, ``name``, ``direction`` and ``url``;
    the base template marks the content with that language and shows
    ``cms/includes/translation_notice.html``.
    """
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk:
        return None
    if not page.alias_of_id and _current_locale_code() == settings.LANGUAGE_CODE:
        return None
    source = _fallback_source(page)
    if source is None:
        return None
    code = source.locale.language_code
    return {
        "code": code,
        "name": native_name(code),
        "direction": language_direction(code),
        "url": (source.get_url(context.get("request")) or "") + _subpage_suffix(context, page)
        if source.live
        else None,
    }


@register.simple_tag(takes_context=True)
def page_meta(context):
    """Description, preview image and Open Graph facts of the current page (see cms.social)."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page):
        return {"description": "", "image": None, "og_locale": og_locale(get_language())}
    rendition, alt = page_image(page)
    image = None
    if rendition is not None:
        url = rendition.url
        if request is not None and not url.startswith(("http://", "https://")):
            url = request.build_absolute_uri(url)
        image = {"url": url, "width": rendition.width, "height": rendition.height, "alt": alt}
    return {
        "description": page_description(page),
        "image": image,
        "og_locale": og_locale(_current_locale_code()),
    }


@register.filter
def og_locale_code(code):
    return og_locale(code)
