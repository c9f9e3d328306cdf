"""The UI catalogues cover every string in code and templates, fully translated."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr"]


def catalogue(language):
    return polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))


def entry_key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


@pytest.fixture(scope="module")
def extracted_keys(tmp_path_factory):
    """Extract a fresh catalogue from a copy of the sources (leaves ours untouched)."""
    copy = tmp_path_factory.mktemp("sources")
    for name in ("cms", "home", "networks", "events", "templates", "manage.py"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy(source, copy / name)
    (copy / "locale").mkdir()
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="cms.settings.test")
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "de", "-v0"],
        cwd=copy,
        env=env,
        check=True,
        timeout=300,
    )
    fresh = polib.pofile(str(copy / "locale" / "de" / "LC_MESSAGES" / "django.po"))
    return {entry_key(entry) for entry in fresh}


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_every_string_of_the_code(language, extracted_keys):
    present = {entry_key(entry) for entry in catalogue(language) if not entry.obsolete}
    missing = sorted(str(key[1]) for key in extracted_keys - present)
    assert not missing, f"{language}: run `make messages` and translate: {missing[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_fully_translated(language):
    po = catalogue(language)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{language}: untranslated {untranslated[:10]}"
    assert not fuzzy, f"{language}: fuzzy {fuzzy[:10]}"


def test_every_content_language_has_a_catalogue():
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    assert codes == LANGUAGES
    for code in codes:
        assert (ROOT / "locale" / code / "LC_MESSAGES" / "django.po").exists()
