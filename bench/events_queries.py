"""Benchmark of the occurrence table on a temporary SQLite database.

    .venv/bin/python bench/events_queries.py [--series 1000]

Creates the demo home page, an event index and N weekly series, fills the
occurrence table, then measures: the next 50 occurrences across all series
(queries and time; the issue asks for at most 3 queries), a full
refresh_occurrences run, and the event index rendered for 10 and N series.
"""

import argparse
import io
import os
import sys
import tempfile
import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_tmp = tempfile.mkdtemp(prefix="events-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
os.environ["DATABASE_URL"] = f"sqlite:///{_tmp}/bench.sqlite3"
os.environ["VAR_DIR"] = _tmp

import django  # noqa: E402

django.setup()

from datetime import time, timedelta  # noqa: E402

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def create_series(index, start, stop):
    from events.models import EventPage
    from events.occurrence_table import rebuild

    for number in range(start, stop):
        page = EventPage(
            title=f"Treff {number}",
            slug=f"treff-{number}",
            start_date=timezone.localdate() - timedelta(days=7 * (number % 500)),
            start_time=time(8 + number % 12),
            end_time=time(9 + number % 12),
            frequency="WEEKLY",
            weekdays=[WEEKDAYS[number % 7]],
            live=True,
        )
        index.add_child(instance=page)
        rebuild(page)


def render_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        started = clock.perf_counter()
        response = client.get(url)
        elapsed = clock.perf_counter() - started
    assert response.status_code == 200
    return len(captured), elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--series", type=int, default=1000)
    count = parser.parse_args().series

    call_command("migrate", verbosity=0)
    from events.models import EventIndexPage, Occurrence
    from events.occurrence_items import occurrence_item
    from home import demo

    home, _changed = demo.load(io.StringIO())
    index = EventIndexPage(title="Veranstaltungen", slug="veranstaltungen")
    home.add_child(instance=index)
    index.save_revision().publish()
    client = Client()

    create_series(index, 0, 10)
    ten = render_queries(client, index.url)
    started = clock.perf_counter()
    create_series(index, 10, count)
    print(
        f"{count} weekly series created in {clock.perf_counter() - started:.1f} s, "
        f"{Occurrence.objects.count()} rows in the occurrence table"
    )

    from django.test import RequestFactory

    request = RequestFactory().get("/de/veranstaltungen/")
    rows = Occurrence.objects.live().upcoming(timezone.now()).for_listing()
    list(rows[:1])  # warm up
    with CaptureQueriesContext(connection) as captured:
        started = clock.perf_counter()
        items = [occurrence_item(row, request, {}) for row in rows[:50]]
        elapsed = clock.perf_counter() - started
    print(
        f"Next 50 occurrences across all {count} series: {len(captured)} "
        f"queries (target <= 3), {elapsed * 1000:.1f} ms, first {items[0]['start']:%Y-%m-%d %H:%M}"
    )

    many = render_queries(client, index.url)
    print(
        f"Event index: {ten[0]} queries with 10 series, {many[0]} with {count} "
        f"({ten[1] * 1000:.0f} ms / {many[1] * 1000:.0f} ms)"
    )
    month = render_queries(client, index.url + "?view=month")
    print(f"Month view with {count} series: {month[0]} queries, {month[1] * 1000:.0f} ms")

    started = clock.perf_counter()
    call_command("refresh_occurrences", verbosity=0)
    print(f"refresh_occurrences (nothing changed): {clock.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
