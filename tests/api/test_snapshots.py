"""JSON snapshots of a network page and an event page, in German and Arabic.

Volatile values (ids, timestamps, dates that depend on today, block ids) are
replaced by placeholders so that a snapshot changes only when the shape or
the texts do. Regenerate with ``UPDATE_SNAPSHOTS=1 pytest tests/api/test_snapshots.py``
(the test then writes the files and is skipped, it does not compare them with
themselves), review the diff and run it again without the variable.
"""

import json
import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from events.models import EventPage
from networks.models import NetworkPage

SNAPSHOTS = Path(__file__).parent / "snapshots"
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
VOLATILE_KEYS = {
    "id",
    "page",
    "form_page",
    "first_published_at",
    "detail_url",
    "last_published_at",
}
#: The day and the UTC offset (summer or winter) of a next date depend on today.
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
OFFSET = re.compile(r"[+-]\d{2}:\d{2}$")


def normalise(value, key=None):
    if isinstance(value, dict):
        return {k: normalise(v, k) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if key in VOLATILE_KEYS and isinstance(value, int | str) and value is not None:
        return f"<{key}>"
    if isinstance(value, str) and (UUID.match(value) or DATETIME.match(value)):
        return "<generated>"
    return value


def without_today(data):
    """Next dates keep their local wall-clock time; days, offsets and holidays depend on today."""
    for item in data.get("next_dates", []):
        for key in ("start", "end"):  # 2027-01-04T15:00:00+01:00 -> <day>T15:00:00<offset>
            item[key] = OFFSET.sub("<offset>", DAY.sub("<day>", item[key]))
        item.update(status="<status>", note="<note>")
    return data


def snapshot(name, data):
    """Compare ``data`` with the stored snapshot, or (with ``UPDATE_SNAPSHOTS``) store it."""
    path = SNAPSHOTS / f"{name}.json"
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.write_text(text, encoding="utf-8")
        return name
    assert path.exists(), f"missing snapshot {path.name}"
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(text), name
    return None


@pytest.mark.django_db
def test_page_json_matches_the_snapshots(client):
    call_command("load_demo", verbosity=0)
    pages = {
        "network": NetworkPage.objects.get(slug="prohlis-ist-bunt", locale__language_code="de"),
        "event": EventPage.objects.get(slug="begegnungscafe", locale__language_code="de"),
    }
    written = []
    for kind, page in pages.items():
        for language in ("de", "ar"):
            localized = page.get_translation(Locale.objects.get(language_code=language))
            response = client.get(f"/api/v3/pages/{localized.pk}/")
            assert response.status_code == 200, response.content
            data = normalise(without_today(response.json()))
            assert data["localization"]["locale"] == language
            written.append(snapshot(f"{kind}_page_{language}", data))
    if any(written):
        pytest.skip(f"wrote {', '.join(filter(None, written))}: review the diff, run again")
