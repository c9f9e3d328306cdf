import pytest

from tests.factories.events import make_event_index
from tests.ical_files import FILE_TODAY


@pytest.fixture
def event_index(demo_home):
    return make_event_index(demo_home)


@pytest.fixture
def on_the_files_dates(clock):
    clock.move_to(FILE_TODAY)
