"""Local development: DEBUG on, a fixed throwaway key unless one is set."""

from cms.env import env_str

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = globals().get("WAGTAILLOCALIZE_MACHINE_TRANSLATOR") or {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
