import pytest

from tests.events.factories import make_index


@pytest.fixture
def event_index(demo_home):
    return make_index(demo_home)
