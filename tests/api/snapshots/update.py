"""Write the API snapshots afresh. Not a test; run it from the repository root:

    .venv/bin/python -m tests.api.snapshots.update

It builds the demo (``load_demo``) in a throw-away test database at the suite's
clock (``tests.clock.suite_now``), fetches the pages' JSON the way
``tests/api/test_snapshots.py`` does and writes ``tests/api/snapshots/*.json``.
Review the diff (``git diff tests/api/snapshots``), then run the test, which only
compares.
"""

import io
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    import django

    django.setup()

    import time_machine
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment, teardown_test_environment
    from django.utils import translation

    from tests.api.snapshots import as_text, page_json, path_of
    from tests.clock import suite_now

    if connection.vendor != "sqlite":
        # Not the test suite's database: a pytest run at the same time keeps its own.
        name = connection.settings_dict["NAME"]
        connection.settings_dict["TEST"]["NAME"] = f"test_{name}_snapshots"
    original_name = connection.settings_dict["NAME"]
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    changed = []
    try:
        with (
            time_machine.travel(suite_now(), tick=True),
            translation.override(settings.LANGUAGE_CODE),
        ):
            call_command("load_demo", verbosity=0, stdout=io.StringIO())
            for name, data in page_json(Client()).items():
                path = path_of(name)
                text = as_text(data)
                old = path.read_text(encoding="utf-8") if path.exists() else None
                if old != text:
                    path.write_text(text, encoding="utf-8")
                    changed.append(path)
    finally:
        connection.creation.destroy_test_db(original_name, verbosity=0)
        teardown_test_environment()
    for path in changed:
        print(f"wrote {path}")
    if not changed:
        print("the snapshots are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
