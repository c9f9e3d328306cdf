import pytest

from tests.events.factories import make_index
from tests.interop.helpers import FILE_TODAY


@pytest.fixture
def event_index(demo_home):
    return make_index(demo_home)


@pytest.fixture
def on_the_files_dates(clock):
    clock.move_to(FILE_TODAY)
