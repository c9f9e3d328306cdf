"""The page cache, a CDN in front and media storage, configured from the environment."""

import pytest
from django.core.files.storage import storages

from cms.env import (
    ConfigurationError,
    frontend_cache_from_env,
    media_storage_from_env,
    page_cache_seconds_from_env,
)

ENVIRONMENT = (
    "PAGE_CACHE_SECONDS",
    "FRONTEND_CACHE_PURGE_URL",
    "CLOUDFLARE_API_TOKEN",
    "CLOUDFLARE_ZONE_ID",
    "MEDIA_S3_BUCKET",
    "MEDIA_S3_ENDPOINT_URL",
    "MEDIA_S3_ACCESS_KEY_ID",
    "MEDIA_S3_SECRET_ACCESS_KEY",
    "MEDIA_S3_CUSTOM_DOMAIN",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


def test_page_cache_seconds(monkeypatch):
    assert page_cache_seconds_from_env() == 300
    monkeypatch.setenv("PAGE_CACHE_SECONDS", "0")
    assert page_cache_seconds_from_env() == 0
    for bad in ("-5", "fünf", "٣٠٠"):
        monkeypatch.setenv("PAGE_CACHE_SECONDS", bad)
        with pytest.raises(ConfigurationError, match="PAGE_CACHE_SECONDS"):
            page_cache_seconds_from_env()


def test_no_cdn_unless_configured(monkeypatch):
    assert frontend_cache_from_env() == {}
    monkeypatch.setenv("FRONTEND_CACHE_PURGE_URL", "http://varnish:6081")
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "token")
    monkeypatch.setenv("CLOUDFLARE_ZONE_ID", "zone")
    backends = frontend_cache_from_env()
    assert backends["proxy"]["LOCATION"] == "http://varnish:6081"
    assert backends["proxy"]["BACKEND"].endswith("HTTPBackend")
    assert backends["cloudflare"]["ZONEID"] == "zone"


@pytest.mark.parametrize(
    ("environment", "words"),
    [
        ({"FRONTEND_CACHE_PURGE_URL": "varnish:6081"}, ["http://", "varnish:6081"]),
        ({"FRONTEND_CACHE_PURGE_URL": "ftp://cache"}, ["http://"]),
        ({"CLOUDFLARE_API_TOKEN": "token"}, ["CLOUDFLARE_ZONE_ID"]),
        ({"CLOUDFLARE_ZONE_ID": "zone"}, ["CLOUDFLARE_API_TOKEN"]),
    ],
)
def test_bad_cdn_settings_are_one_sentence(monkeypatch, environment, words):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError) as raised:
        frontend_cache_from_env()
    assert "\n" not in str(raised.value)
    for word in words:
        assert word in str(raised.value)


def test_media_on_s3_compatible_storage(monkeypatch):
    assert media_storage_from_env()["BACKEND"].endswith("FileSystemStorage")
    monkeypatch.setenv("MEDIA_S3_BUCKET", "quartier-media")
    monkeypatch.setenv("MEDIA_S3_ENDPOINT_URL", "https://s3.example.org")
    monkeypatch.setenv("MEDIA_S3_ACCESS_KEY_ID", "id")
    monkeypatch.setenv("MEDIA_S3_SECRET_ACCESS_KEY", "secret")
    config = media_storage_from_env()
    assert config["BACKEND"] == "storages.backends.s3.S3Storage"
    assert config["OPTIONS"]["bucket_name"] == "quartier-media"
    assert config["OPTIONS"]["endpoint_url"] == "https://s3.example.org"
    assert config["OPTIONS"]["querystring_auth"] is True
    assert config["OPTIONS"]["file_overwrite"] is False


def test_the_s3_storage_builds_addresses_in_the_bucket(monkeypatch, settings):
    monkeypatch.setenv("MEDIA_S3_BUCKET", "quartier-media")
    monkeypatch.setenv("MEDIA_S3_ENDPOINT_URL", "https://s3.example.org")
    monkeypatch.setenv("MEDIA_S3_CUSTOM_DOMAIN", "media.example.org")
    settings.STORAGES = {**settings.STORAGES, "default": media_storage_from_env()}
    storage = storages.create_storage(settings.STORAGES["default"])
    assert storage.url("images/nähcafé.jpg").startswith("https://media.example.org/images/")
    assert storage.bucket_name == "quartier-media"


@pytest.mark.parametrize(
    ("environment", "words"),
    [
        ({"MEDIA_S3_ENDPOINT_URL": "s3.example.org"}, ["MEDIA_S3_ENDPOINT_URL", "https://"]),
        ({"MEDIA_S3_ACCESS_KEY_ID": "id"}, ["MEDIA_S3_SECRET_ACCESS_KEY"]),
    ],
)
def test_bad_storage_settings_are_one_sentence(monkeypatch, environment, words):
    monkeypatch.setenv("MEDIA_S3_BUCKET", "quartier-media")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError) as raised:
        media_storage_from_env()
    for word in words:
        assert word in str(raised.value)
