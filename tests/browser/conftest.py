"""Fixtures of the browser tests."""

import pytest

from events.models import EventIndexPage
from tests.utils import load_home


@pytest.fixture
def event_index(live_server, django_user_model):
    """The demo root with an event index, and a superuser "redaktion" to sign in with."""
    home = load_home()
    index = EventIndexPage(title="Veranstaltungen", slug="veranstaltungen")
    home.add_child(instance=index)
    index.save_revision().publish()
    django_user_model.objects.create_superuser("redaktion", "r@example.org", "geheim-123")
    return index
