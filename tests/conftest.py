import pytest

from tests.utils import load_home


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
