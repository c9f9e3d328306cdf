"""The page cache's settings, read in one place."""

from django.conf import settings


def cache_seconds():
    """``PAGE_CACHE_SECONDS``: how long answers are kept; 0 (or unset) is off."""
    return max(int(getattr(settings, "PAGE_CACHE_SECONDS", 0) or 0), 0)


def frontend_cache_configured():
    """Whether a CDN or proxy in front is purged (``WAGTAILFRONTENDCACHE``)."""
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def cache_alias():
    return getattr(settings, "PAGE_CACHE_ALIAS", "default")
