"""Serve anonymous GET requests from the page cache, and store what may be shared.

Placed after the security, static-file and CORS middleware and before the
session middleware: a hit costs two cache reads and no database query. A
request is served from or stored in the cache only when nobody is signed in
or holds a session (a password-protected page's visitors hold one), and a
response is stored only when it is a plain 200 that sets no cookie, does not
vary by cookie and does not forbid caching. ``PAGE_CACHE_SECONDS = 0`` turns
the cache off.
"""

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.translation import get_language_from_request

from cms.page_cache import store, tags
from cms.page_cache.conf import cache_seconds, frontend_cache_configured

#: Vary headers a stored response may carry: the key already holds them, they
#: change only headers the outer middleware adds (CORS), or (Cookie) the
#: request carried none of the cookies an answer can depend on: the session
#: (sign-in, passwords of protected pages) and pending messages. A CSRF token
#: in the page sets its cookie, and such answers are never stored.
_HARMLESS_VARY = {"accept-encoding", "accept-language", "origin", "accept", "cookie"}

#: Cookies that make an answer personal: requests carrying them bypass the cache.
_PERSONAL_COOKIES = ("messages",)


def add_tags(request, *tag_names):
    """Let the response to ``request`` depend on ``tag_names`` (read their tokens now)."""
    tokens = getattr(request, "_page_cache_tokens", None)
    if tokens is None:
        return
    new = [tag for tag in tag_names if tag not in tokens]
    if new:
        tokens.update(store.current_tokens(new))


def _request_key(request):
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    path = request.path
    return tags.response_key(
        scheme=request.scheme,
        host=host,
        path=path,
        query=request.META.get("QUERY_STRING", ""),
        language=get_language_from_request(request, check_path=True),
        day=timezone.localdate().isoformat(),
        accept=request.headers.get("Accept", "") if path.startswith("/api/") else "",
    )


#: Longer query strings are answered but not stored (no filling the cache with junk).
MAX_QUERY_LENGTH = 300


def _may_use_cache(request):
    return (
        request.method in ("GET", "HEAD")
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not any(name in request.COOKIES for name in _PERSONAL_COOKIES)
        and "Authorization" not in request.headers
        and tags.is_cacheable_path(request.path_info)
    )


def _may_store(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if getattr(request, "is_preview", False):
        return False
    control = {part.strip().lower() for part in response.get("Cache-Control", "").split(",")}
    if control & {"private", "no-store", "no-cache", "max-age=0"}:
        return False
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part}
    return vary <= _HARMLESS_VARY


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = cache_seconds()
        if not seconds or not _may_use_cache(request):
            return self.get_response(request)
        key = _request_key(request)
        if key is None:
            return self.get_response(request)
        cached = store.lookup(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        request._page_cache_tokens = {}
        add_tags(request, *tags.tags_for_path(request.path_info))
        response = self.get_response(request)
        if _may_store(request, response):
            if frontend_cache_configured():
                patch_cache_control(response, public=True, s_maxage=seconds)
            store.save(key, response, request._page_cache_tokens, seconds)
            response["X-Page-Cache"] = "miss"
        return response
