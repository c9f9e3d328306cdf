"""The app's settings, each prefixed ``NETWORKS_`` and with a default."""

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

DEFAULTS = {
    # Rendition of a network's image in the index listing.
    "INDEX_IMAGE_FILTER": "fill-480x270",
    # Rendition of the image at the top of a network page.
    "PAGE_IMAGE_FILTER": "width-960",
    # Days a volunteer sign-up is kept before delete_old_submissions removes it.
    "VOLUNTEER_RETENTION_DAYS": 180,
}


def index_parent_page_types():
    """Where a network index may be created (``NETWORKS_INDEX_PARENT_PAGE_TYPES``, e.g.
    ``["home.HomePage"]``); ``None``, the default, allows any parent."""
    return getattr(settings, "NETWORKS_INDEX_PARENT_PAGE_TYPES", None)


def get_setting(name):
    return getattr(settings, f"NETWORKS_{name}", DEFAULTS[name])


def volunteer_retention_days():
    """Days volunteer sign-ups are kept (``NETWORKS_VOLUNTEER_RETENTION_DAYS``, at least 1)."""
    value = get_setting("VOLUNTEER_RETENTION_DAYS")
    try:
        days = int(value)
    except (TypeError, ValueError):
        days = 0
    if isinstance(value, bool) or days < 1:
        raise ImproperlyConfigured(
            f"NETWORKS_VOLUNTEER_RETENTION_DAYS is {value!r}: use a whole number of days, "
            "at least 1 (the default is 180)."
        )
    return days


@checks.register()
def check_settings(app_configs=None, **kwargs):
    """``manage.py check`` (and ``runserver``) name a bad retention period before it is used."""
    try:
        volunteer_retention_days()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="networks.E001")]
    return []
