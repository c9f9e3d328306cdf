"""The app's settings, each prefixed ``NETWORKS_`` and with a default."""

from django.conf import settings

DEFAULTS = {
    # Rendition of a network's image in the index listing.
    "INDEX_IMAGE_FILTER": "fill-480x270",
    # Rendition of the image at the top of a network page.
    "PAGE_IMAGE_FILTER": "width-960",
}


def get_setting(name):
    return getattr(settings, f"NETWORKS_{name}", DEFAULTS[name])
