"""An uploaded file kept between its preview and the editor's confirmation.

:func:`keep` stores the bytes under a random token for the user who uploaded
them and returns the token and the file's SHA-256; :func:`take` gives them
back only to that user, only with both values and only while they are fresh,
checks the bytes against the hash and forgets them (a file is imported once).
Whatever does not match is :class:`Expired`: the view asks for the file again
and writes nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.utils import timezone

from events.ical.models import PendingUpload

#: How long an uploaded file waits for its confirmation.
KEEP = timedelta(hours=1)


class Expired(Exception):
    """The file is gone, too old or not this user's."""


def digest(data):
    return hashlib.sha256(data).hexdigest()


def keep(user, kind, data, options):
    """Store ``data`` for ``user``; ``(token, sha256)`` to confirm it with."""
    now = timezone.now()
    PendingUpload.objects.filter(created_at__lt=now - KEEP).delete()
    # One file per user and kind waits at a time: a new upload replaces the last.
    PendingUpload.objects.filter(user=user, kind=kind).delete()
    token, sha256 = secrets.token_urlsafe(32), digest(data)
    PendingUpload.objects.create(
        user=user, kind=kind, token=token, sha256=sha256, data=data, options=options
    )
    return token, sha256


def take(user, kind, token, sha256):
    """``(data, options)`` kept for ``user`` under ``token``, then forgotten; raise
    :class:`Expired`."""
    if not token or not sha256 or not user.is_authenticated:
        raise Expired
    pending = PendingUpload.objects.filter(
        user=user, kind=kind, token=str(token)[:64], created_at__gte=timezone.now() - KEEP
    ).first()
    if pending is None:
        raise Expired
    data = bytes(pending.data)
    expected = pending.sha256.encode()
    # Bytes: compare_digest refuses str with other than ASCII characters.
    if not (
        hmac.compare_digest(expected, str(sha256).encode())
        and hmac.compare_digest(digest(data).encode(), expected)
    ):
        raise Expired
    # Taken once: of two clicks on "Import" only the first one imports.
    if PendingUpload.objects.filter(pk=pending.pk).delete()[0] == 0:
        raise Expired
    return data, pending.options
