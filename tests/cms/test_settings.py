"""Settings come from the environment; bad values give one clear line."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k" * 30 + "-Zx8!qL2#vB9@wE4$rT6%yU1^iO3&pA5*sD7"


def manage(*args, settings="cms.settings.production", **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "ALLOWED_HOSTS"}
    }
    environment.update(DJANGO_SETTINGS_MODULE=settings, **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = manage("check")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr


def test_production_refuses_a_development_key():
    result = manage("check", SECRET_KEY="dev-only-insecure-key-do-not-use-in-production")
    assert result.returncode == 2
    assert "SECRET_KEY" in result.stderr


def test_deploy_check_is_clean_with_a_realistic_environment(tmp_path):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="quartier.example.org",
        CSRF_TRUSTED_ORIGINS="https://quartier.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_invalid_database_url_gives_one_clear_line():
    result = manage("check", settings="cms.settings.dev", DATABASE_URL="nonsense-without-scheme")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Configuration error: DATABASE_URL")
    assert "Traceback" not in result.stderr


def test_unknown_language_in_languages_is_refused():
    result = manage("check", settings="cms.settings.dev", LANGUAGES="de,xx-klingon")
    assert result.returncode == 2
    assert "LANGUAGES" in result.stderr


def settings_value(expression, **env):
    code = f"from django.conf import settings; print({expression})"
    result = manage("shell", "-c", code, settings="cms.settings.dev", **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_redis_url_switches_the_cache_backend():
    assert settings_value('settings.CACHES["default"]["BACKEND"]').endswith("LocMemCache")
    backend = settings_value(
        'settings.CACHES["default"]["BACKEND"], settings.CACHES["default"]["LOCATION"]',
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert "RedisCache" in backend and "redis://127.0.0.1:6379/1" in backend


def test_database_url_selects_postgresql():
    engine = settings_value(
        'settings.DATABASES["default"]["ENGINE"]',
        DATABASE_URL="postgres://user:secret@db.internal:5432/quartier",
    )
    assert engine == "django.db.backends.postgresql"


def test_content_languages_can_be_narrowed():
    codes = settings_value(
        '",".join(code for code, name in settings.WAGTAIL_CONTENT_LANGUAGES)', LANGUAGES="en,ar"
    )
    assert codes == "de,en,ar"


# One line for every configuration error: manage.py, gunicorn, ASGI.


def run(command, settings="cms.settings.production", pythonpath=None, timeout=120, **env):
    """``command`` (a list) in the project directory with a clean environment plus ``env``."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "ALLOWED_HOSTS"}
    }
    environment.update(DJANGO_SETTINGS_MODULE=settings, **env)
    if pythonpath:
        environment["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(pythonpath), environment.get("PYTHONPATH")])
        )
    return subprocess.run(
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=timeout
    )


def assert_one_line(result, *words):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Configuration error: ")
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.fixture
def without_postgres_driver(tmp_path):
    """A directory for PYTHONPATH whose sitecustomize makes psycopg and psycopg2 unimportable."""
    (tmp_path / "sitecustomize.py").write_text(
        'import sys\nsys.modules["psycopg"] = None\nsys.modules["psycopg2"] = None\n'
    )
    return tmp_path


def test_missing_database_driver_gives_one_line(without_postgres_driver):
    result = run(
        [sys.executable, "manage.py", "check"],
        settings="cms.settings.dev",
        pythonpath=without_postgres_driver,
        DATABASE_URL="postgres://user:secret@db.internal:5432/quartier",
    )
    assert result.returncode == 2
    line = assert_one_line(result, "DATABASE_URL", "PostgreSQL", "psycopg")
    assert "secret" not in line


@pytest.mark.parametrize(
    "database",
    ["/proc/quartiersnetz/db.sqlite3", "{tmp}/a-file/db.sqlite3"],
    ids=["proc", "under-a-file"],
)
def test_unusable_sqlite_path_gives_one_line(tmp_path, database):
    (tmp_path / "a-file").write_text("not a directory")
    path = database.format(tmp=tmp_path)
    result = run(
        [sys.executable, "manage.py", "check"],
        settings="cms.settings.dev",
        DATABASE_URL=f"sqlite:///{path}",
    )
    assert result.returncode == 2
    assert_one_line(result, "DATABASE_URL", path)


def test_bad_redis_url_gives_one_line():
    result = run(
        [sys.executable, "manage.py", "check"],
        settings="cms.settings.dev",
        REDIS_URL="redis://:geheim@cache.internal:63790000/0",
    )
    assert result.returncode == 2
    line = assert_one_line(result, "REDIS_URL", "port")
    assert "geheim" not in line


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://cache.internal:6379/0", ["redis://, rediss:// or unix://"]),
        ("cache.internal:6379", ["redis://, rediss:// or unix://"]),
        ("redis://cache.internal:port/0", ["port"]),
        ("redis://cache.internal:70000/0", ["port"]),
        ("redis://cache.internal:0/0", ["port"]),
        ("redis:///0", ["no host"]),
        ("redis://cache.internal:6379/cache", ["database number", "/cache"]),
        ("redis://cache.internal:6379/-1", ["database number"]),
        ("redis://cache.internal:6379/²", ["database number"]),
        ("unix://", ["no socket"]),
        ("unix:///run/redis.sock?db=first", ["db"]),
        ("redis://cache.internal:6379/0,redis://replica/x", ["database number", "replica"]),
    ],
)
def test_redis_url_is_checked(monkeypatch, url, words):
    from cms.env import ConfigurationError, redis_url_from_env

    monkeypatch.setenv("REDIS_URL", url)
    with pytest.raises(ConfigurationError) as raised:
        redis_url_from_env("REDIS_URL")
    message = str(raised.value)
    assert message.startswith("REDIS_URL ")
    assert "\n" not in message
    for word in words:
        assert word in message


@pytest.mark.parametrize(
    "url",
    [
        "redis://127.0.0.1:6379/1",
        "redis://cache.internal",
        "rediss://user:secret@cache.internal:6380/2",
        "unix:///run/redis/redis.sock?db=3",
        "redis://primary:6379/0,redis://replica:6379/0",
    ],
)
def test_good_redis_urls_are_kept(monkeypatch, url):
    from cms.env import redis_url_from_env

    monkeypatch.setenv("REDIS_URL", url)
    assert redis_url_from_env("REDIS_URL") == url


def test_sqlite_directory_is_created(tmp_path, monkeypatch):
    from cms.env import database_from_env

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'new' / 'db.sqlite3'}")
    config = database_from_env("sqlite://:memory:")
    assert config["NAME"] == str(tmp_path / "new" / "db.sqlite3")
    assert (tmp_path / "new").is_dir()


def gunicorn(*args, **env):
    command = [str(Path(sys.executable).with_name("gunicorn")), "cms.wsgi", *args]
    return run(command, timeout=60, **env)


def test_gunicorn_check_config_with_a_weak_key_gives_one_line():
    result = gunicorn("--check-config", SECRET_KEY="short")
    assert result.returncode == 4
    assert_one_line(result, "SECRET_KEY")


def test_gunicorn_stops_with_one_line_instead_of_restarting_workers(tmp_path):
    result = gunicorn(
        "--bind",
        f"unix:{tmp_path / 'gunicorn.sock'}",
        "--workers",
        "1",
        "--no-control-socket",
        SECRET_KEY="short",
    )
    assert result.returncode == 4
    assert "Traceback" not in result.stderr
    ours = [line for line in result.stderr.splitlines() if "Configuration error" in line]
    assert ours == [
        "Configuration error: SECRET_KEY is missing or too weak: set SECRET_KEY to a random "
        "string of at least 50 characters before starting in production."
    ]
    assert "App failed to load." in result.stderr


def test_gunicorn_with_a_bad_redis_url_gives_one_line():
    result = gunicorn("--check-config", SECRET_KEY=STRONG_KEY, REDIS_URL="redis://cache:six/0")
    assert result.returncode == 4
    assert_one_line(result, "REDIS_URL", "port")


def test_asgi_with_a_weak_key_gives_one_line():
    result = run([sys.executable, "-c", "import cms.asgi"], SECRET_KEY="short")
    assert result.returncode == 4
    assert_one_line(result, "SECRET_KEY")


def test_mail_settings_come_from_the_environment(tmp_path):
    code = (
        "from django.conf import settings as s; "
        "print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_USE_TLS, s.DEFAULT_FROM_EMAIL)"
    )
    result = manage(
        "shell",
        "-c",
        code,
        SECRET_KEY=STRONG_KEY,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        EMAIL_HOST="mail.example.org",
        EMAIL_PORT="587",
        EMAIL_USE_TLS="yes",
        DEFAULT_FROM_EMAIL="quartier@example.org",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == [
        "mail.example.org",
        "587",
        "True",
        "quartier@example.org",
    ]
    both = manage(
        "check",
        SECRET_KEY=STRONG_KEY,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        EMAIL_USE_TLS="yes",
        EMAIL_USE_SSL="yes",
    )
    assert both.returncode == 2
    assert "EMAIL_USE_TLS" in both.stderr and "Traceback" not in both.stderr
