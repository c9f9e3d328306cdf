import pytest

from tests.factories.i18n import make_translated_page_tree


@pytest.fixture
def translated_page_tree(demo_home):
    """The demo home with a small German page tree, synchronised into every locale."""
    return make_translated_page_tree(demo_home)
