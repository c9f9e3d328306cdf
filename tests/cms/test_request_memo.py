"""The per-request memo: one answer per GET, a fresh one for each request and outside them."""

import pytest
from django.core.signals import request_finished, request_started

from cms.request_memo import remember

# Django closes the request's database connections when it finishes.
pytestmark = pytest.mark.django_db


def _counter():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    return calls, compute


def test_outside_a_request_every_call_computes():
    calls, compute = _counter()
    assert [remember("key", compute) for _ in range(3)] == [1, 2, 3]


def test_a_get_request_computes_once_and_the_next_request_again():
    calls, compute = _counter()
    request_started.send(sender=None, environ={"REQUEST_METHOD": "GET"})
    try:
        assert [remember("key", compute) for _ in range(3)] == [1, 1, 1]
        assert remember("other", compute) == 2
    finally:
        request_finished.send(sender=None)
    assert remember("key", compute) == 3  # closed with the answer
    request_started.send(sender=None, environ={"REQUEST_METHOD": "HEAD"})
    try:
        assert remember("key", compute) == 4
    finally:
        request_finished.send(sender=None)


def test_requests_that_may_change_data_remember_nothing():
    calls, compute = _counter()
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        request_started.send(sender=None, environ={"REQUEST_METHOD": method})
        try:
            remember("key", compute)
            remember("key", compute)
        finally:
            request_finished.send(sender=None)
    assert len(calls) == 8
