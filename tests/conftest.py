import pytest
import time_machine

from tests.clock import suite_now
from tests.utils import load_home

NOW = suite_now()
_session_clock = time_machine.travel(NOW, tick=True)


def pytest_configure(config):
    """Start the clock at NOW for the whole run (database set-up included)."""
    _session_clock.start()


def pytest_unconfigure(config):
    _session_clock.stop()


@pytest.fixture(scope="class", autouse=True)
def class_clock():
    """Class-level test data (``setUpTestData``) is built at NOW too."""
    with time_machine.travel(NOW, tick=True):
        yield


@pytest.fixture(autouse=True)
def clock():
    """Each test starts at NOW; the clock ticks so that saves keep their order."""
    with time_machine.travel(NOW, tick=True) as traveller:
        yield traveller


@pytest.fixture
def demo_home(db):
    """The locales, the Site and the German home page with en and ar translations."""
    return load_home()


@pytest.fixture(autouse=True)
def german_by_default(settings):
    """Each test starts in the site's default language, whatever the last one left."""
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def image(db):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    return Image.objects.create(title="Stadtteilfest", file=get_test_image_file())
