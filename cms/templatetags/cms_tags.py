"""Site-wide template tags: navigation, language switcher, hreflang links, fallbacks."""

from functools import reduce
from operator import or_

from django import template
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db.models import Exists, OuterRef, Q, Subquery
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail_localize.models import StringTranslation, Translation

from cms.i18n import language_direction, native_name
from cms.request_memo import remember
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
        root = site.root_page
        memo[code] = _routed_root(request, root) or (
            # Wagtail's ``.localized`` in one query: the live translation, else the root.
            Page.objects.filter(
                translation_key=root.translation_key, locale__language_code=code, live=True
            ).first()
            or root
        )
    return memo[code]


def _routed_root(request, root):
    """The localized root the request was routed through, if it passed one (no query).

    Wagtail routes a page request from ``site.root_page.localized`` down, and
    each page on the way keeps its parent (``_cached_parent_obj``).
    """
    route = getattr(request, "_wagtail_route_for_request", None)
    page = getattr(route, "page", None)
    while page is not None and page.depth > root.depth:
        page = page.__dict__.get("_cached_parent_obj")
    if page is not None and page.translation_key == root.translation_key and page.live:
        return page
    return None


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page's live, public children shown in menus, in the current locale."""
    menu, _versions = _chrome(context.get("request"), _context_page(context))
    return menu


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


def _context_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


def _chrome(request, page):
    """``(menu, versions)``: the localized home's children shown in menus, and ``page`` in
    every language visitors may see (itself included, with their locales), in one query
    per request for the menu, the switcher, hreflang links and the translation notice."""
    root = _localized_root(request) if request is not None else None
    key = ("chrome", root.pk if root is not None else None, page.pk if page else None)
    return remember(key, lambda: _read_chrome(root, page))


#: What the menu, the language links and the translation notice read of a page
#: (``tests/cms/test_chrome.py`` reads them all without a query).
CHROME_FIELDS = (
    "title",
    "path",
    "depth",
    "url_path",
    "show_in_menus",
    "live",
    "translation_key",
    "locale",
    "alias_of",
    "locale__language_code",
)


def _read_chrome(root, page):
    wanted = []
    if root is not None:
        wanted.append(Q(path__startswith=root.path, depth=root.depth + 1, show_in_menus=True))
    if page is not None:
        wanted.append(Q(translation_key=page.translation_key))
    if not wanted:
        return [], []
    rows = (
        visible_to_public(Page.objects.filter(reduce(or_, wanted)))
        .select_related("locale")
        .only(*CHROME_FIELDS)
    )
    if page is not None and _may_show_a_fallback(page):
        # Each version says which locale it was translated from (wagtail-localize) and
        # whether a single string of it is translated yet (see _fallback_source).
        source_locale = Translation.objects.filter(
            source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
        ).values("source__locale_id")[:1]
        translated_strings = StringTranslation.objects.filter(
            locale_id=OuterRef("locale_id"), context__object_id=OuterRef("translation_key")
        )
        rows = rows.annotate(
            translated_from=Subquery(source_locale),
            has_translated_strings=Exists(translated_strings),
        )
    # In tree order; sorted here, as ordering a query of every page column in
    # SQL costs Django more than the sort.
    rows = sorted(rows.order_by(), key=lambda row: row.path)
    menu = [
        row
        for row in rows
        if root is not None
        and row.show_in_menus
        and row.depth == root.depth + 1
        and row.path.startswith(root.path)
    ]
    versions = [
        row for row in rows if page is not None and row.translation_key == page.translation_key
    ]
    return menu, versions


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
        _menu, versions = _chrome(request, page)
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
    try:
        return request.build_absolute_uri(url)
    except DisallowedHost:  # the 400 page for a host not in ALLOWED_HOSTS: stay relative
        return url


def _may_show_a_fallback(page):
    """Only aliases and pages in another language than the site's may show an original."""
    return bool(page.alias_of_id) or _current_locale_code() != settings.LANGUAGE_CODE


def _fallback_source(page, request):
    """The page whose words ``page`` shows when it is not translated yet, else None.

    That is the page an alias mirrors, or the source of a wagtail-localize
    translation that has not a single translated string yet.
    """
    _menu, versions = _chrome(request, page)
    if page.alias_of_id:
        source = (
            next(
                (version for version in versions if version.pk == page.alias_of_id),
                None,
            )
            or Page.objects.select_related("locale").filter(pk=page.alias_of_id).first()
        )
        return source if source is not None and source.locale_id != page.locale_id else None
    mine = next((version for version in versions if version.pk == page.pk), None)
    if mine is not None and hasattr(mine, "translated_from"):  # its versions know the answer
        source_locale_id = mine.translated_from
        if source_locale_id in (None, page.locale_id) or mine.has_translated_strings:
            return None
        return (
            next((version for version in versions if version.locale_id == source_locale_id), None)
            or Page.objects.filter(
                translation_key=page.translation_key, locale_id=source_locale_id
            ).first()
        )
    translated_strings = StringTranslation.objects.filter(
        locale_id=page.locale_id, context__object_id=page.translation_key
    )
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id
        )
        .annotate(has_translated_strings=Exists(translated_strings))
        .select_related("source__locale")
        .first()
    )
    if translation is None or translation.source.locale_id == page.locale_id:
        return None
    if translation.has_translated_strings:
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
    if not _may_show_a_fallback(page):
        return None
    source = _fallback_source(page, context.get("request"))
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
