"""Add networks and events to a site made by ``wagtail start``, as the README says.

Usage: python plugin_site_settings.py <project package folder>
"""

import sys
from pathlib import Path

package = Path(sys.argv[1])

SETTINGS = """

# --- networks and events (README: "Using networks and events in another Wagtail site")
INSTALLED_APPS = [
    "cms",
    "networks",
    "events",
    "events.ical",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_headless_preview",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "rest_framework",
] + INSTALLED_APPS
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.common.CommonMiddleware"),
    "django.middleware.locale.LocaleMiddleware",
)
WAGTAIL_I18N_ENABLED = True
LANGUAGE_CODE = "de"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("de", "Deutsch"), ("en", "English"), ("ar", "العربية")]
TIME_ZONE = "Europe/Berlin"
"""

URLS = """

# --- networks and events: their calendar feeds, and pages under a language prefix
from django.conf.urls.i18n import i18n_patterns  # noqa: E402

urlpatterns = [path("feeds/", include("events.ical.feed_urls"))] + urlpatterns[:-1] + i18n_patterns(
    path("", include(wagtail_urls)), prefix_default_language=True
)
"""

settings = package / "settings" / "base.py"
settings.write_text(settings.read_text() + SETTINGS)
urls = package / "urls.py"
text = urls.read_text()
# wagtail start ends its urls with ``urlpatterns = urlpatterns + [path("", include(
# wagtail_urls)), ...]``; ``urlpatterns[:-1]`` above drops that catch-all again.
if not text.rstrip().endswith("]") or 'path("", include(wagtail_urls))' not in text:
    sys.exit(f"{urls} does not end with the page route wagtail start writes")
urls.write_text(text + URLS)
print(f"added networks and events to {settings} and {urls}")
