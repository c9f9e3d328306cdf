"""Adding an app's router to Wagtail's v3 API."""

from django.apps import apps


def add_router(prefix, router, api=None):
    """Add ``router`` under ``prefix`` (``"/events/"``) once, from the app's ``ready()``.

    Does nothing where the site does not install ``wagtail.api.v3``. Called
    before the API's URLs are first built.
    """
    if api is None:
        if not apps.is_installed("wagtail.api.v3"):
            return
        from wagtail.api.v3.api import api
    if not any(known == prefix for known, _router in api._routers):
        api.add_router(prefix, router)
