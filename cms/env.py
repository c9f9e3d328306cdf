"""Read settings from the environment with clear messages for bad values.

A bad value raises ``ConfigurationError``; ``manage.py``, ``cms.wsgi`` and
``cms.asgi`` turn it into one line, ``Configuration error: <message>``, on
stderr (see ``exit_on_configuration_error``).
"""

import importlib
import importlib.util
import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

#: gunicorn's exit status for "App failed to load": its master stops instead of
#: starting one failing worker after another.
APP_LOAD_ERROR = 4

#: Database engines and the driver modules they need (any one of them), with what to install.
DATABASE_DRIVERS = {
    "django.db.backends.postgresql": ("PostgreSQL", ("psycopg", "psycopg2"), '"psycopg[binary]"'),
    "django.contrib.gis.db.backends.postgis": (
        "PostGIS",
        ("psycopg", "psycopg2"),
        '"psycopg[binary]"',
    ),
    "django.db.backends.mysql": ("MySQL", ("MySQLdb",), "mysqlclient"),
    "django.contrib.gis.db.backends.mysql": ("MySQL", ("MySQLdb",), "mysqlclient"),
    "django.db.backends.oracle": ("Oracle", ("oracledb",), "oracledb"),
}
REDIS_SCHEMES = ("redis", "rediss", "unix")


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
    # int() would also read other scripts' digits ("٣٠٠"); settings take 0-9 only.
    if not re.fullmatch(r"[+-]?[0-9]+", value):
        raise ConfigurationError(f"{name} must be a whole number, not {value!r}.")
    return int(value)


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
    _check_driver(config["ENGINE"])
    if config["ENGINE"].endswith("sqlite3"):
        _prepare_sqlite_file(config["NAME"])
    return config


def _importable(module):
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def _check_driver(engine):
    """The engine's driver must import now, not at the first query."""
    if engine in DATABASE_DRIVERS:
        database, modules, package = DATABASE_DRIVERS[engine]
        if not any(_importable(module) for module in modules):
            raise ConfigurationError(
                f"DATABASE_URL asks for {database}, but its driver "
                f"({' or '.join(modules)}) cannot be imported: install it with "
                f"pip install {package}."
            )
    elif importlib.util.find_spec(engine.partition(".")[0]) is None:
        raise ConfigurationError(
            f"DATABASE_URL asks for the database backend {engine}, which is not installed."
        )


def _prepare_sqlite_file(name):
    """Create the directory of an SQLite file, which must be writable, like the file."""
    if not name or name == ":memory:" or str(name).startswith("file:"):
        return
    path = Path(name)
    directory = path.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ConfigurationError(
            f"DATABASE_URL points to the SQLite file {path}, but its directory "
            f"{directory} cannot be created ({error.strerror or error})."
        ) from None
    if not directory.is_dir():
        raise ConfigurationError(
            f"DATABASE_URL points to the SQLite file {path}, but {directory} is not a directory."
        )
    # SQLite writes a journal next to the file: the directory must be writable too.
    if not os.access(directory, os.W_OK | os.X_OK):
        raise ConfigurationError(
            f"DATABASE_URL points to the SQLite file {path}, but its directory "
            f"{directory} is not writable."
        )
    if path.exists() and not (path.is_file() and os.access(path, os.R_OK | os.W_OK)):
        raise ConfigurationError(
            f"DATABASE_URL points to the SQLite file {path}, which cannot be read and written."
        )


def redis_url_from_env(name="REDIS_URL"):
    """A Redis URL (or several, separated by commas, primary first), checked; "" if unset.

    redis://[[user]:password@]host[:port][/db], rediss://... (TLS) or
    unix://[[user]:password@]/path/to/socket[?db=n].
    """
    value = env_str(name)
    if not value:
        return ""
    for url in (part.strip() for part in re.split("[;,]", value)):
        _check_redis_url(name, url)
    return value


def _check_redis_url(name, url):
    example = "e.g. redis://127.0.0.1:6379/0 or unix:///run/redis/redis.sock?db=0"
    shown = _without_password(url)
    scheme = url.partition("://")[0] if "://" in url else ""
    if scheme not in REDIS_SCHEMES:
        raise ConfigurationError(
            f"{name} must start with redis://, rediss:// or unix://, not {shown!r} ({example})."
        )
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        raise ConfigurationError(
            f"{name} has no valid port number in {shown!r}: use a number from 1 to 65535."
        ) from None
    from redis.connection import parse_url as parse_redis_url

    try:
        options = parse_redis_url(url)
    except ValueError as error:
        raise ConfigurationError(f"{name} is not a usable Redis URL ({shown!r}): {error}") from None
    if scheme == "unix":
        if not options.get("path"):
            raise ConfigurationError(
                f"{name} names no socket: write unix:///path/to/redis.sock, not {shown!r}."
            )
        return
    if not parts.hostname:
        raise ConfigurationError(f"{name} names no host in {shown!r} ({example}).")
    if port == 0:
        raise ConfigurationError(
            f"{name} has no valid port number in {shown!r}: use a number from 1 to 65535."
        )
    database = parts.path.strip("/")
    if database and not (database.isascii() and database.isdigit()):
        raise ConfigurationError(
            f"{name} must end with a database number such as /0, not /{database} ({shown!r})."
        )


def _without_password(url):
    """The URL as it may appear in a message: a password is replaced by ***."""
    parts = urlsplit(url)
    try:
        password = parts.password
    except ValueError:
        password = None
    if not password:
        return url
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=f"{user}:***@{host}").geturl()


@contextmanager
def exit_on_configuration_error(status):
    """Turn a ``ConfigurationError`` into one line on stderr and exit with ``status``."""
    try:
        yield
    except ConfigurationError as error:
        sys.stderr.write(f"Configuration error: {error}\n")
        sys.stderr.flush()
        sys.exit(status)


def _check_http_url(name, url, example):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(
            f"{name} must be an http:// or https:// address such as {example}, not {url!r}."
        )


def page_cache_seconds_from_env(name="PAGE_CACHE_SECONDS", default=300):
    """How long anonymous answers stay cached; 0 turns the page cache off."""
    seconds = env_int(name, default)
    if seconds < 0:
        raise ConfigurationError(f"{name} must be 0 (off) or a number of seconds, not {seconds}.")
    return seconds


def frontend_cache_from_env():
    """Wagtail's frontend-cache backends (a CDN or proxy purged on publish), or {}.

    FRONTEND_CACHE_PURGE_URL: a Varnish or Squid style HTTP purge address;
    CLOUDFLARE_API_TOKEN with CLOUDFLARE_ZONE_ID: Cloudflare. Both may be set.
    """
    backends = {}
    purge_url = env_str("FRONTEND_CACHE_PURGE_URL")
    if purge_url:
        _check_http_url("FRONTEND_CACHE_PURGE_URL", purge_url, "http://varnish:6081")
        backends["proxy"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": purge_url,
        }
    token, zone = env_str("CLOUDFLARE_API_TOKEN"), env_str("CLOUDFLARE_ZONE_ID")
    if bool(token) != bool(zone):
        missing = "CLOUDFLARE_ZONE_ID" if token else "CLOUDFLARE_API_TOKEN"
        raise ConfigurationError(f"Cloudflare purging needs both settings: {missing} is not set.")
    if token:
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": token,
            "ZONEID": zone,
        }
    return backends


#: S3 storage options and the environment variables they come from.
S3_OPTIONS = {
    "bucket_name": "MEDIA_S3_BUCKET",
    "endpoint_url": "MEDIA_S3_ENDPOINT_URL",
    "region_name": "MEDIA_S3_REGION",
    "access_key": "MEDIA_S3_ACCESS_KEY_ID",
    "secret_key": "MEDIA_S3_SECRET_ACCESS_KEY",
    "custom_domain": "MEDIA_S3_CUSTOM_DOMAIN",
}


def media_storage_from_env():
    """The storage for uploaded images and documents: S3-compatible when MEDIA_S3_BUCKET is set."""
    if not env_str("MEDIA_S3_BUCKET"):
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {key: env_str(name) for key, name in S3_OPTIONS.items() if env_str(name)}
    if options.get("endpoint_url"):
        example = "https://s3.eu-central-1.amazonaws.com"
        _check_http_url("MEDIA_S3_ENDPOINT_URL", options["endpoint_url"], example)
    if bool(options.get("access_key")) != bool(options.get("secret_key")):
        raise ConfigurationError(
            "MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY go together: "
            "set both or neither."
        )
    # Uploaded files keep their names unique; signed addresses keep a private bucket private.
    options.update(file_overwrite=False, querystring_auth="custom_domain" not in options)
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
