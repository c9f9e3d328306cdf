"""Keep a wagtail Locale for every configured content language."""

from django.conf import settings


def create_content_locales(**kwargs):
    """Create the Locale rows for WAGTAIL_CONTENT_LANGUAGES (idempotent)."""
    from wagtail.models import Locale

    existing = set(Locale.objects.values_list("language_code", flat=True))
    created = [
        Locale.objects.create(language_code=code)
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code not in existing
    ]
    return created
