"""Benchmark: the iCalendar feed of 1,000 series against the JSON listing of the same events.

Run: ``DJANGO_SETTINGS_MODULE=cms.settings.test .venv/bin/python bench/interop_feed.py``
(builds a throw-away test database). Prints the first (cold) feed request
and the median of several runs of ``/feeds/events.ics`` and of
``/api/v3/events/occurrences/`` (``mode=series`` with all 1,000 series, and
the first 1,000 occurrences).
"""

import os
import statistics
import sys
import time as clock
from datetime import time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

SERIES = int(os.environ.get("BENCH_SERIES", "1000"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def build():
    from tests.events.factories import make_event, make_index, next_weekday
    from tests.utils import load_home

    index = make_index(load_home())
    monday = next_weekday(0)
    weekdays = ["MO", "TU", "WE", "TH", "FR"]
    for number in range(SERIES):
        exceptions = []
        if number % 10 == 0:
            exceptions = [
                {
                    "original_date": monday + timedelta(weeks=2, days=number % 5),
                    "action": "cancelled",
                    "note": "Fällt aus",
                }
            ]
        make_event(
            index,
            f"Treffen {number}",
            revision=False,
            start_date=monday - timedelta(weeks=52) + timedelta(days=number % 5),
            weekdays=[weekdays[number % 5]],
            start_time=time(9 + number % 10),
            end_time=time(10 + number % 10),
            skip_public_holidays=number % 3 == 0,
            exceptions=exceptions,
        )


def measure(client, url, runs=RUNS):
    times = []
    for _ in range(runs):
        started = clock.perf_counter()
        response = client.get(url)
        times.append(clock.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code, response.content[:300])
    return statistics.median(times), len(response.content)


def main():
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        started = clock.perf_counter()
        build()
        print(f"built {SERIES} weekly series in {clock.perf_counter() - started:.1f} s")
        client = Client()
        today = timezone.localdate()
        window = f"start={today}&end={today + timedelta(days=365)}"
        from events.ical.export import _entry_bytes

        _entry_bytes.cache_clear()
        results = {
            "feed, cold (nothing serialised yet)": measure(client, "/feeds/events.ics", runs=1),
            "feed /feeds/events.ics (warm)": measure(client, "/feeds/events.ics"),
            "JSON series listing (mode=series, limit=1000)": measure(
                client, f"/api/v3/events/occurrences/?{window}&mode=series&limit=1000"
            ),
            "JSON occurrences (limit=1000)": measure(
                client, f"/api/v3/events/occurrences/?{window}&limit=1000"
            ),
        }
        for name, (seconds, size) in results.items():
            print(f"{name:50s} {seconds * 1000:8.1f} ms  {size / 1024:8.1f} KiB")
        feed = results["feed /feeds/events.ics (warm)"][0]
        listing = results["JSON series listing (mode=series, limit=1000)"][0]
        cold = results["feed, cold (nothing serialised yet)"][0]
        print(f"feed (warm) / JSON series listing = {feed / listing:.2f} (must be <= 1.0)")
        print(f"feed (cold) / JSON series listing = {cold / listing:.2f}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
