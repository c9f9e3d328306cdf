import pytest

from tests.factories.events import make_event_index


@pytest.fixture
def event_index(demo_home):
    return make_event_index(demo_home)
