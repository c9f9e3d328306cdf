"""Files every site is asked for: the favicon and the web app manifest (per language)."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from cms.i18n import language_direction

THEME_COLOUR = "#0b5c7a"


@require_GET
def favicon(request):
    """``/favicon.ico``, which browsers ask for without reading the page."""
    response = redirect(static("cms/icons/favicon.ico"), permanent=True)
    patch_cache_control(response, public=True, max_age=86400)
    return response


@require_GET
def manifest(request):
    """The web app manifest in the visitor's language: name, direction, start page, icons."""
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    name = settings.WAGTAIL_SITE_NAME
    start = f"/{code}/"
    data = {
        "name": name,
        "short_name": name[:12],
        "lang": code,
        "dir": language_direction(code),
        "start_url": start,
        "scope": start,
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            {"src": static("cms/icons/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
            {"src": static("cms/icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("cms/icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("cms/icons/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    response = JsonResponse(
        data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False}
    )
    patch_cache_control(response, public=True, max_age=3600)
    return response
