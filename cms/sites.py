"""The sites, kept in the cache instead of read from the database for every request.

Wagtail finds the site of each request with a query that joins the site's
root page. Sites and their root pages change seldom, so :func:`site_for_request`
chooses among the cached sites by Wagtail's own rules (:func:`choose_site`).
The cache is Django's: with ``REDIS_URL`` every process shares it, and saving,
moving or deleting a site or any page forgets it at once and again when the
transaction commits. Without a shared cache, another process sees a change
within ``CACHE_SECONDS``.
"""

from django.core.cache import cache
from django.db import transaction
from django.http.request import split_domain_port
from django.utils.translation import get_language

CACHE_KEY = "cms:sites"
CACHE_SECONDS = 300


def choose_site(sites, hostname, port):
    """The site Wagtail would choose for ``hostname`` and ``port``, or None.

    Hostname and port first, then the hostname's default site, then the only
    site with that hostname, then the default site.
    """
    same_host = [site for site in sites if site.hostname == hostname]
    for site in same_host:
        if site.port == port:
            return site
    for site in same_host:
        if site.is_default_site:
            return site
    if len(same_host) == 1:
        return same_host[0]
    return next((site for site in sites if site.is_default_site), None)


def cached_sites():
    """Every site with its root page; read from the database when not cached."""
    sites = cache.get(CACHE_KEY)
    if sites is None:
        from wagtail.models import Site

        sites = list(Site.objects.select_related("root_page__locale").order_by("pk"))
        for site in sites:
            # Its own class without its own fields: routing through it needs none.
            root = site.root_page.specific_deferred
            root.locale = site.root_page.locale
            site.root_page = root
        cache.set(CACHE_KEY, sites, CACHE_SECONDS)
    return sites


def site_for_request(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    return choose_site(cached_sites(), hostname, request.get_port())


class SiteMiddleware:
    """Give the request its site (``Site.find_for_request`` reads it) from the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not hasattr(request, "_wagtail_site"):
            request._wagtail_site = site_for_request(request)
        return self.get_response(request)


class SiteRootMixin:
    """For the page type at a site's root, which comes from the cache (:func:`cached_sites`)
    as its own class without its own fields, and with its locale.

    Wagtail routes every request from ``site.root_page.localized``: a root
    already in the visitor's language is itself, without looking up the active
    locale. Served itself (its own address), the page is read whole first.
    """

    @property
    def localized(self):
        from wagtail.coreutils import get_supported_content_language_variant

        locale = self._state.fields_cache.get("locale")
        if locale is not None:
            try:
                active = get_supported_content_language_variant(get_language())
            except LookupError:
                active = None
            if active == locale.language_code:
                return self
        return super().localized

    def route(self, request, path_components):
        if not path_components and self.get_deferred_fields():
            page = type(self)._default_manager.get(pk=self.pk)
            page.__dict__.update(
                {key: value for key, value in self.__dict__.items() if key not in page.__dict__}
            )
            page._state.fields_cache.update(self._state.fields_cache)
            return page.route(request, path_components)
        return super().route(request, path_components)


def forget(**kwargs):
    cache.delete(CACHE_KEY)


def _on_change(sender, instance=None, **kwargs):
    from wagtail.models import Page, Site

    if isinstance(instance, Page | Site):
        forget()
        transaction.on_commit(forget)


def connect():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import post_page_move

    post_save.connect(_on_change, dispatch_uid="cms_sites_saved")
    post_delete.connect(_on_change, dispatch_uid="cms_sites_deleted")
    post_page_move.connect(_on_change, dispatch_uid="cms_sites_page_moved")
