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

        sites = list(Site.objects.select_related("root_page").order_by("pk"))
        for site in sites:
            # Its own class without its own fields: routing through it needs none.
            site.root_page = site.root_page.specific_deferred
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
