"""The suite's clock: every test runs at one chosen instant, never at the real "now".

The instant is ``QUARTIERSNETZ_TEST_NOW`` (ISO 8601 with offset) or
:data:`DEFAULT_NOW`. CI runs the suite again at instants that break naive date
code: month ends, 29 February, the two DST nights in Europe/Berlin and New
Year's Eve (see ``.ci/run``). Tests build their dates from ``timezone.localdate()``
(or fixed dates), so they mean the same on any of them.
"""

import os
from datetime import datetime, timedelta

#: A plain Wednesday morning in Dresden.
DEFAULT_NOW = "2026-11-18T10:00:00+01:00"


def suite_now():
    """The aware date-time the suite runs at."""
    value = os.environ.get("QUARTIERSNETZ_TEST_NOW", "").strip() or DEFAULT_NOW
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise SystemExit(
            f"QUARTIERSNETZ_TEST_NOW={value!r} is not an ISO date-time such as {DEFAULT_NOW}."
        ) from None
    if moment.tzinfo is None:
        raise SystemExit(f"QUARTIERSNETZ_TEST_NOW={value!r} needs a UTC offset, e.g. +01:00.")
    return moment


def in_days(days):
    """The local date ``days`` after today (before it for negative ``days``)."""
    from django.utils import timezone

    return timezone.localdate() + timedelta(days=days)


def next_weekday(weekday, start=None):
    """The next date (from ``start``, default today) falling on ``weekday`` (0 = Monday)."""
    from django.utils import timezone

    start = start or timezone.localdate()
    return start + timedelta(days=(weekday - start.weekday()) % 7)
