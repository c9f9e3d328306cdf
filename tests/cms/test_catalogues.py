"""The UI catalogues cover every string in code and templates, fully translated.

Each reusable app carries its own catalogues (``cms/locale``, ``networks/locale``,
``events/locale``); the site's own templates and ``home`` use ``locale/``.
"""

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
#: Where each catalogue lives, relative to the repository root.
CATALOGUES = ["locale", "cms/locale", "networks/locale", "events/locale"]


def catalogue(directory, language, root=ROOT):
    return polib.pofile(str(root / directory / language / "LC_MESSAGES" / "django.po"))


def entry_key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


@pytest.fixture(scope="module")
def extracted_keys(tmp_path_factory):
    """Extract a fresh catalogue from a copy of the sources (leaves ours untouched)."""
    copy = tmp_path_factory.mktemp("sources")
    for name in ("cms", "home", "networks", "events", "templates", "manage.py"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, copy / name, ignore=shutil.ignore_patterns("__pycache__", "locale")
            )
        elif source.exists():
            shutil.copy(source, copy / name)
    for directory in CATALOGUES:
        (copy / directory).mkdir(exist_ok=True)
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="cms.settings.test")
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "de", "-v0"],
        cwd=copy,
        env=env,
        check=True,
        timeout=300,
    )
    return {
        directory: {entry_key(entry) for entry in catalogue(directory, "de", root=copy)}
        for directory in CATALOGUES
    }


def test_each_app_extracts_into_its_own_catalogue(extracted_keys):
    keys = {directory: {key[1] for key in found} for directory, found in extracted_keys.items()}
    assert "Networks" in keys["networks/locale"]
    assert "Events" in keys["events/locale"]
    assert "Skip to content" in keys["locale"]
    assert "Skip to content" not in keys["events/locale"] | keys["networks/locale"]


@pytest.mark.parametrize("directory", CATALOGUES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_every_string_of_the_code(directory, language, extracted_keys):
    present = {entry_key(entry) for entry in catalogue(directory, language) if not entry.obsolete}
    missing = sorted(str(key[1]) for key in extracted_keys[directory] - present)
    assert not missing, f"{directory} {language}: run `make messages` and translate: {missing[:10]}"


@pytest.mark.parametrize("directory", CATALOGUES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_fully_translated(directory, language):
    po = catalogue(directory, language)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{directory} {language}: untranslated {untranslated[:10]}"
    assert not fuzzy, f"{directory} {language}: fuzzy {fuzzy[:10]}"


def test_every_content_language_has_a_catalogue():
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    assert codes == LANGUAGES
    for code in codes:
        for directory in CATALOGUES:
            assert (ROOT / directory / code / "LC_MESSAGES" / "django.po").exists()
