"""Benchmark: the occurrences API for windows the table covers and for windows it does not.

Run: ``DJANGO_SETTINGS_MODULE=cms.settings.test .venv/bin/python bench/occurrence_window.py``
(builds a throw-away test database; ``BENCH_SERIES`` series, default 1,000,
``BENCH_RUNS`` runs per request, default 5). Prints the median time, the
number of queries, the total count and the size of each answer: a quarter a
year ago and two years from today (computed from the schedules), the next
quarter (read from the table) and the same quarter computed from the schedules.
"""

import os
import statistics
import sys
import time as clock
from datetime import time, timedelta
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

SERIES = int(os.environ.get("BENCH_SERIES", "1000"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]


def build():
    """Weekly series that began two years ago; every tenth cancelled once a year ago and soon."""
    from tests.events.factories import make_event, make_index, next_weekday
    from tests.utils import load_home

    index = make_index(load_home())
    monday = next_weekday(0)
    for number in range(SERIES):
        day = number % 5
        exceptions = []
        if number % 10 == 0:
            exceptions = [
                {"original_date": monday + timedelta(weeks=weeks, days=day), "action": "cancelled"}
                for weeks in (-52, 2)
            ]
        make_event(
            index,
            f"Treffen {number}",
            revision=False,
            start_date=monday - timedelta(weeks=104) + timedelta(days=day),
            weekdays=[WEEKDAYS[day]],
            start_time=time(9 + number % 10),
            end_time=time(10 + number % 10),
            skip_public_holidays=number % 3 == 0,
            exceptions=exceptions,
        )


def measure(client, params):
    times = []
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as queries:
            started = clock.perf_counter()
            response = client.get("/api/v3/events/occurrences/", params)
            times.append(clock.perf_counter() - started)
        assert response.status_code == 200, (params, response.status_code, response.content[:300])
    total = response.json()["meta"]["total_count"]
    return statistics.median(times), len(queries.captured_queries), total, len(response.content)


def main():
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        started = clock.perf_counter()
        build()
        print(f"built {SERIES} weekly series in {clock.perf_counter() - started:.1f} s")
        client = Client()
        today = timezone.localdate()

        def window(first, days, **params):
            return {"start": first, "end": first + timedelta(days=days), "limit": 1000, **params}

        year_ago = today - timedelta(days=365)
        cases = {
            "a year ago, 91 days (schedules)": window(year_ago, 90),
            "a year ago, 91 days, mode=series (schedules)": window(year_ago, 90, mode="series"),
            "next 91 days (table)": window(today, 90),
            "next 91 days, mode=series (table)": window(today, 90, mode="series"),
            "two years from today (schedules)": window(today, 730),
        }
        results = {name: measure(client, params) for name, params in cases.items()}
        with mock.patch("events.occurrence_window.table_covers", return_value=False):
            results["next 91 days (schedules, forced)"] = measure(client, window(today, 90))
        print(f"{'request (limit=1000)':44s}    median  queries   total      size")
        for name, (seconds, queries, total, size) in results.items():
            ms, kib = seconds * 1000, size / 1024
            print(f"{name:44s} {ms:6.0f} ms {queries:8d} {total:7d} {kib:5.0f} KiB")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
