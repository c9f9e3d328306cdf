"""The admin's two upload steps as a browser takes them: the file (a preview), then "Import"."""

import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.users.models import UserProfile

_HIDDEN = re.compile(r'<input type="hidden" name="(token|sha256)" value="([^"]*)"')


def english_client(user):
    """A client logged in as ``user``, whose admin speaks English (messages are checked
    in English)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def preview(client, url, data, name="calendar.ics", **fields):
    """Upload ``data`` (bytes): the response, the preview or the form with its errors."""
    return client.post(url, {"file": SimpleUploadedFile(name, data), **fields})


def confirm_fields(response):
    """The hidden token and hash of a preview page, as its "Import" button posts them."""
    assert response.status_code == 200
    found = dict(_HIDDEN.findall(response.content.decode()))
    assert set(found) == {"token", "sha256"}, "no preview on this page"
    return found


def confirm(client, url, fields):
    """Click "Import" with ``fields`` (token and sha256); the page it leads to."""
    return client.post(url, fields, follow=True)


def upload_and_import(client, url, data, **fields):
    """Both steps: the page after the import."""
    return confirm(client, url, confirm_fields(preview(client, url, data, **fields)))


def notices(response):
    """The messages shown on ``response`` (a followed redirect)."""
    return [str(message) for message in response.context["messages"]]
