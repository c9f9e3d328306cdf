"""Read settings from the environment with clear messages for bad values."""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


class ConfigurationError(ImproperlyConfigured):
    """A setting taken from the environment is missing or malformed."""


def env_str(name, default=""):
    return os.environ.get(name, default).strip()


def env_bool(name, default=False):
    value = env_str(name)
    if not value:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ConfigurationError(f"{name} must be true or false, not {value!r}.")


def env_int(name, default):
    value = env_str(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ConfigurationError(f"{name} must be a whole number, not {value!r}.") from None


def env_list(name, default=()):
    value = env_str(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def database_from_env(default_url):
    """Parse DATABASE_URL (or the default) into a Django DATABASES entry."""
    url = env_str("DATABASE_URL") or default_url
    try:
        config = dj_database_url.parse(url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0))
    except (ValueError, KeyError) as error:
        raise ConfigurationError(
            f"DATABASE_URL is not a usable database URL ({error}). "
            "Use e.g. postgres://user:password@host:5432/name or sqlite:////path/to/db.sqlite3."
        ) from None
    if not config.get("ENGINE"):
        raise ConfigurationError("DATABASE_URL names no database engine.")
    return config
