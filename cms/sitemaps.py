"""sitemap.xml for every locale's pages, each with its hreflang alternates."""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from cms.visibility import visible_to_public


class LocalizedSitemap(Sitemap):
    """Wagtail's sitemap over all locale trees of the site.

    Aliases are left out: they mirror the German page, which is listed (and
    which their ``rel=canonical`` names). Every entry names its translations
    as ``xhtml:link`` alternates plus ``x-default`` for the source language.
    """

    def _locale_roots(self):
        return list(self.get_wagtail_site().root_page.get_translations(inclusive=True))

    def _pages(self):
        roots = self._locale_roots()
        within_a_root = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return visible_to_public(
            Page.objects.filter(within_a_root, alias_of__isnull=True)
        ).order_by("path")

    def items(self):
        return self._pages().defer_streamfields().specific()

    def _alternates(self, translation_keys):
        pages = self._pages().filter(translation_key__in=translation_keys).select_related("locale")
        alternates = defaultdict(list)
        for page in pages:
            url = page.get_full_url(self.request)
            if url:
                alternates[page.translation_key].append((page.locale.language_code, url))
        return alternates

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        alternates = self._alternates({item.translation_key for item in items})
        urls = []
        for item in items:
            versions = sorted(alternates.get(item.translation_key, []))
            default_urls = [url for code, url in versions if code == settings.LANGUAGE_CODE]
            for url_info in item.get_sitemap_urls(self.request):
                url_info["alternates"] = [
                    {"lang_code": code, "location": url} for code, url in versions
                ] + [{"lang_code": "x-default", "location": url} for url in default_urls]
                urls.append(url_info)
        last_mods = {url_info.get("lastmod") for url_info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
