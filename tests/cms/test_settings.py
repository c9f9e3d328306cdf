"""Settings come from the environment; bad values give one clear line."""

import os
import subprocess
import sys
from pathlib import Path

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
