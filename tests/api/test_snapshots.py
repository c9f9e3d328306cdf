"""JSON snapshots of a network page and an event page, in German and Arabic.

Volatile values (ids, timestamps, dates that depend on today, block ids) are
replaced by placeholders so that a snapshot changes only when the shape or
the texts do (see ``tests/api/snapshots/__init__.py``).

This test only reads the files in ``tests/api/snapshots/``; it never writes them,
so it cannot pass by comparing the output with itself. After a deliberate change
regenerate them with ``.venv/bin/python -m tests.api.snapshots.update`` (a script,
not a test), review the diff and run this test.
"""

import json

import pytest
from django.core.management import call_command

from tests.api.snapshots import LANGUAGES, PAGES, page_json, path_of

UPDATE = ".venv/bin/python -m tests.api.snapshots.update"


@pytest.mark.django_db
def test_page_json_matches_the_snapshots(client):
    call_command("load_demo", verbosity=0)
    found = page_json(client)
    assert sorted(found) == sorted(
        f"{kind}_page_{language}" for kind, _label, _slug in PAGES for language in LANGUAGES
    )
    missing = [path_of(name).name for name in found if not path_of(name).exists()]
    if missing:
        pytest.fail(f"missing snapshots {', '.join(missing)}: write them with `{UPDATE}`")
    for name, data in found.items():
        assert data["localization"]["locale"] == name.rsplit("_", 1)[1]
    differing = [
        name
        for name, data in found.items()
        if json.loads(path_of(name).read_text(encoding="utf-8")) != data
    ]
    for name in differing:  # the first difference in pytest's detail
        assert found[name] == json.loads(path_of(name).read_text(encoding="utf-8")), (
            f"{', '.join(differing)} differ from the snapshots; if intended, run `{UPDATE}`"
        )
