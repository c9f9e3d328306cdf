import pytest
import time_machine

from tests.clock import suite_now
from tests.factories import make_demo_home

NOW = suite_now()
_session_clock = time_machine.travel(NOW, tick=True)


def pytest_configure(config):
    """Start the clock at NOW for the whole run (database set-up included)."""
    _session_clock.start()


def pytest_unconfigure(config):
    _session_clock.stop()


def pytest_ignore_collect(collection_path, config):
    """``tests/networks_only`` runs on its own settings (``make test`` runs it apart)."""
    if collection_path.name == "networks_only":
        own = str(config.getoption("ds", default=None) or "").startswith("tests.networks_only")
        return None if own else True
    return None


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


@pytest.fixture(autouse=True)
def no_request_memo_between_tests():
    """A streamed answer a test never closed leaves nothing remembered for the next test."""
    from cms import request_memo

    request_memo.forget()
    yield
    request_memo.forget()


@pytest.fixture(autouse=True)
def no_cached_sites_between_tests():
    """Sites cached in one test (its rows rolled back since) are not the next test's."""
    from cms import sites

    sites.forget()
    yield
    sites.forget()


@pytest.fixture
def demo_home(db):
    """The locales, the Site and the German home page with en and ar translations."""
    return make_demo_home()


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


_TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server", "django_db_serialized_rollback"}


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("transaction"):
        return True
    return bool(_TRANSACTIONAL_FIXTURES.intersection(getattr(item, "fixturenames", ())))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Give the next test the migrated data back after a test that flushed it.

    A transactional test ends by emptying the tables. Run alone, pytest-django
    puts such tests last; on several workers (``-n``) a test file runs as a
    whole, so the tests after it would find no root page and no locale.
    """
    result = yield
    # After the last test the test database is gone (nextitem is None).
    if nextitem is not None and _is_transactional(item):
        from django.db import connections
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            for connection in connections.all(initialized_only=True):
                contents = getattr(connection, "_test_serialized_contents", None)
                if contents:
                    connection.creation.deserialize_db_from_string(contents)
    return result
