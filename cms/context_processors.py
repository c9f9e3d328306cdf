from django.conf import settings
from django.utils.translation import get_language

from cms.i18n import language_direction


def site(request):
    """Site name and the active language's direction for every template."""
    language = get_language() or settings.LANGUAGE_CODE
    return {
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "LANGUAGE_DIRECTION": language_direction(language),
    }
