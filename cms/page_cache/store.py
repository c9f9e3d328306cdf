"""Stored responses and the tokens of the tags they were rendered under.

A tag's token is a random string; purging a tag gives it a new one. A stored
response remembers the tokens it saw before it was rendered and counts only
while all of them are unchanged, so a purge in one process invalidates the
response in every process that shares the cache, and a token the cache has
evicted makes a miss, never a stale hit.
"""

import uuid

from django.core.cache import caches
from django.http import HttpResponse

from cms.page_cache import tags
from cms.page_cache.conf import cache_alias

#: Headers a stored response never carries along.
_DROPPED_HEADERS = {"set-cookie", "x-page-cache"}


def _cache():
    return caches[cache_alias()]


def current_tokens(tag_names):
    """The tokens of ``tag_names``, creating those the cache does not hold."""
    cache = _cache()
    keys = {tags.token_key(tag): tag for tag in tag_names}
    found = cache.get_many(keys)
    missing = {key: uuid.uuid4().hex for key in keys if key not in found}
    if missing:
        cache.set_many(missing, timeout=None)
        found.update(missing)
    return {keys[key]: token for key, token in found.items()}


def purge(tag_names):
    """Invalidate every stored response that depends on one of ``tag_names``."""
    if tag_names:
        tokens = {tags.token_key(tag): uuid.uuid4().hex for tag in tag_names}
        _cache().set_many(tokens, timeout=None)


def lookup(key):
    """The stored response for ``key`` if all its tags are unchanged, else None."""
    cache = _cache()
    entry = cache.get(key)
    if not entry:
        return None
    status, headers, content, tokens = entry
    if tokens:
        current = cache.get_many([tags.token_key(tag) for tag in tokens])
        if any(current.get(tags.token_key(tag)) != token for tag, token in tokens.items()):
            return None
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def save(key, response, tokens, seconds):
    headers = [
        (name, value)
        for name, value in response.headers.items()
        if name.lower() not in _DROPPED_HEADERS
    ]
    _cache().set(key, (response.status_code, headers, response.content, tokens), timeout=seconds)
