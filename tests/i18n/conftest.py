import pytest

from tests.i18n.factories import build_tree


@pytest.fixture
def tree(demo_home):
    """The demo home with a small German page tree, synchronised into every locale."""
    return build_tree(demo_home)
