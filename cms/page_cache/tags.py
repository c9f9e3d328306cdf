"""Names of cache tags and keys (no database, no cache)."""

import hashlib

#: Every API answer: listings and details change with any page.
API = "api"
#: Calendar feeds of every network, category and event.
FEEDS = "feeds"
#: The sitemap lists every live page.
SITEMAP = "sitemap"

#: Tags every content change touches, whatever page or snippet it was.
CONTENT_WIDE = (API, FEEDS, SITEMAP)

#: Paths whose answers are never stored: the admin, documents (they check
#: their own permissions), search (one answer per query) and previews.
UNCACHED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/i18n/")
UNCACHED_SEGMENTS = ("/search/", "preview")


def page_tag(translation_key):
    """The tag of a page in every language (translations share the key)."""
    return f"page:{translation_key}"


def tags_for_path(path):
    """Tags known from the path alone (pages add their own while they are served)."""
    if path.startswith("/api/"):
        return {API}
    if path.startswith("/feeds/"):
        return {FEEDS}
    if path.startswith("/sitemap"):
        return {SITEMAP}
    return set()


def is_cacheable_path(path):
    if path.startswith(UNCACHED_PREFIXES):
        return False
    return not any(segment in path for segment in UNCACHED_SEGMENTS)


def token_key(tag):
    return f"qn-page-cache:tag:{tag}"


def response_key(*, scheme, host, path, query, language, day, accept=""):
    """One key per address, language and local day (so "today" is never yesterday)."""
    raw = "\n".join((scheme, host, path, query, language, day, accept))
    digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
    return f"qn-page-cache:response:{digest}"
