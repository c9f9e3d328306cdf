"""The API snapshots: the JSON files here and the code that makes page JSON comparable.

Shared by the comparison test (``tests/api/test_snapshots.py``, which only reads the
files) and the regeneration script (``python -m tests.api.snapshots.update``, which
only writes them).
"""

import json
import re
from pathlib import Path

SNAPSHOTS = Path(__file__).parent

#: (snapshot kind, model label, slug of the German page); each in these languages.
PAGES = (
    ("network", "networks.NetworkPage", "prohlis-ist-bunt"),
    ("event", "events.EventPage", "begegnungscafe"),
)
LANGUAGES = ("de", "ar")

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
    """Placeholders for ids, timestamps and block ids, keys sorted."""
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


def path_of(name):
    return SNAPSHOTS / f"{name}.json"


def as_text(data):
    """The file contents for ``data``."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def page_json(client):
    """``{snapshot name: normalised API JSON}`` of the demo's pages (``load_demo`` run)."""
    from django.apps import apps
    from wagtail.models import Locale

    found = {}
    for kind, label, slug in PAGES:
        page = apps.get_model(label).objects.get(slug=slug, locale__language_code="de")
        for language in LANGUAGES:
            localized = page.get_translation(Locale.objects.get(language_code=language))
            response = client.get(f"/api/v3/pages/{localized.pk}/")
            if response.status_code != 200:
                raise AssertionError(
                    f"/api/v3/pages/{localized.pk}/ ({kind}, {language}) answered "
                    f"{response.status_code}: {response.content[:500]!r}"
                )
            found[f"{kind}_page_{language}"] = normalise(without_today(response.json()))
    return found
