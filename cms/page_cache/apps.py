from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    """The page cache, switched on by a site: this app plus its middleware.

    ``INSTALLED_APPS += ["cms.page_cache"]`` and
    ``"cms.page_cache.middleware.PageCacheMiddleware"`` in ``MIDDLEWARE``
    (see docs/caching.md).
    """

    name = "cms.page_cache"
    label = "page_cache"
    verbose_name = _("Page cache")

    def ready(self):
        from cms.page_cache.signals import connect as purge_cached_answers_on_change

        purge_cached_answers_on_change()
