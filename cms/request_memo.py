"""What one request reads more than once, read once: a memo that lives for one GET or HEAD.

Several parts of a page ask the same question (which sections are private,
for instance): the page itself, the navigation, the organiser's link, the
language switcher. :func:`remember` answers it once per request. The memo is
opened when Django starts handling a ``GET`` or ``HEAD`` request and closed when
the answer is finished; outside a request, and in requests that may change
data, every call computes afresh.
"""

from contextvars import ContextVar

from django.core.signals import request_finished, request_started

_memo = ContextVar("cms_request_memo", default=None)

SAFE_METHODS = ("GET", "HEAD")


def remember(key, compute):
    """``compute()``, once per request for ``key`` (every time outside a request)."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _method(environ):
    if isinstance(environ, dict):
        method = environ.get("REQUEST_METHOD") or environ.get("method")
        return (method or "").upper()
    return ""


def _open(sender, environ=None, scope=None, **kwargs):
    method = _method(environ if environ is not None else scope)
    _memo.set({} if method in SAFE_METHODS else None)


def forget():
    """Close the memo (an answer that is never closed, e.g. in a test, keeps it open)."""
    _memo.set(None)


def _close(sender, **kwargs):
    forget()


def connect():
    request_started.connect(_open, dispatch_uid="cms_request_memo_open")
    request_finished.connect(_close, dispatch_uid="cms_request_memo_close")
