"""Settings shared by every environment; values come from the environment."""

from pathlib import Path

from django.conf.locale import LANG_INFO

from cms.env import (
    database_from_env,
    env_bool,
    env_int,
    env_list,
    env_str,
    frontend_cache_from_env,
    media_storage_from_env,
    page_cache_seconds_from_env,
    redis_url_from_env,
)
from cms.i18n import NATIVE_LANGUAGE_NAMES, RTL_LANGUAGES

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("VAR_DIR") or BASE_DIR / "var")

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # cms first: its ready() adjusts the v3 API's schema generator before
    # the other apps register their API routers.
    "cms",
    "cms.page_cache",
    "home",
    "networks",
    "events",
    "events.ical",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_headless_preview",
    "corsheaders",
    "wagtail.api.v2",
    "wagtail.api.v3",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "cms.page_cache.middleware.PageCacheMiddleware",
    "cms.sites.SiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cms.middleware.QueryGuardMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.context_processors.site",
            ],
        },
    },
]

# An SQLite file's directory is created (and must be writable); other engines'
# drivers must be installed (see cms.env.database_from_env).
DATABASES = {"default": database_from_env(f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = redis_url_from_env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "quartiersnetz",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# Anonymous answers (pages, feeds, API) are kept this many seconds, purged on
# change (cms.page_cache); 0 turns the cache off. A CDN in front is purged too.
PAGE_CACHE_SECONDS = page_cache_seconds_from_env()
WAGTAILFRONTENDCACHE = frontend_cache_from_env()

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: German is the source language; the content languages
# can be narrowed or reordered with LANGUAGES=de,en,ar,...
LANGUAGE_CODE = "de"
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
_language_codes = env_list("LANGUAGES", ["de", "en", "ar", "fa", "uk", "ru", "tr"])
for _code in _language_codes:
    if _code not in LANG_INFO:
        from cms.env import ConfigurationError

        raise ConfigurationError(f"LANGUAGES contains {_code!r}, which is not a language code.")
if LANGUAGE_CODE not in _language_codes:
    _language_codes.insert(0, LANGUAGE_CODE)
LANGUAGES = [
    (code, NATIVE_LANGUAGE_NAMES.get(code, LANG_INFO[code]["name_local"]))
    for code in _language_codes
]
LANGUAGES_BIDI = [code for code in _language_codes if code in RTL_LANGUAGES]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Local corrections of Django's date formats (e.g. genitive months in ru/uk).
FORMAT_MODULE_PATH = ["cms.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT") or VAR_DIR / "static")
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or VAR_DIR / "media")
STORAGES = {
    "default": media_storage_from_env(),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The networks and events index pages live under this project's home page.
NETWORKS_INDEX_PARENT_PAGE_TYPES = ["home.HomePage"]
EVENTS_INDEX_PARENT_PAGE_TYPES = ["home.HomePage"]

WAGTAIL_SITE_NAME = env_str("SITE_NAME") or "Quartiersnetz"
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "cms/password_required.html"
# New pages get slugs in plain Latin letters (German umlauts as ae, oe, ue:
# "naehcafe"), which every keyboard can type and every messenger keeps; see cms/slugs.py.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The admin's date pickers show and read dates as German editors write them
# (cms/date_input.py reads the same on the server).
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
# Autosave is off unless an operator sets a pause in milliseconds: on a new page
# Wagtail's autosave creates the page as a draft as soon as the editor types, so
# a form left half-filled stays behind as a page nobody meant to create.
WAGTAIL_AUTOSAVE_INTERVAL = env_int("WAGTAIL_AUTOSAVE_INTERVAL", 0)
WAGTAILADMIN_BASE_URL = env_str("BASE_URL") or "http://127.0.0.1:8000"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cms.search_backend"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "ods", "txt", "csv", "ics"]
WAGTAILAPI_LIMIT_MAX = env_int("WAGTAILAPI_LIMIT_MAX", 100)
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
# Rich text in the API as display HTML, internal links resolved to URLs
# (clients may still ask for ?rich_text_format=db_html or markdown).
WAGTAILAPI_RICH_TEXT_FORMAT = "html"

# Headless clients: cross-origin reads of the API only from the listed origins.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/(api|feeds)/.*$"

# Preview in an external frontend when its address is configured; Wagtail's
# own preview otherwise (see cms.preview).
HEADLESS_PREVIEW_URL = env_str("HEADLESS_PREVIEW_URL")
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": {"default": HEADLESS_PREVIEW_URL} if HEADLESS_PREVIEW_URL else {},
    "ENFORCE_TRAILING_SLASH": True,
}
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Machine translation for translators: DeepL when a key is set, LibreTranslate
# when its URL is set; none otherwise (dev and test settings use the dummy).
if env_str("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env_str("DEEPL_AUTH_KEY")},
    }
elif env_str("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env_str("LIBRETRANSLATE_URL"),
            "API_KEY": env_str("LIBRETRANSLATE_API_KEY"),
        },
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["stdout"], "level": env_str("LOG_LEVEL") or "WARNING"},
    "loggers": {
        "django.server": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
    },
}

SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
