"""Every test module that reads the clock is in the runs at fixed dates.

``make test-dates`` runs only the modules listed in the Makefile's
``TEST_DATES_PATHS``; a new module that builds its dates from today must be
listed there, or month ends and DST nights would never reach it.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: What a test module calls when its dates depend on today.
READS_THE_CLOCK = re.compile(
    r"timezone\.now\(|localdate\(|date\.today\(|datetime\.now\(|\bnext_weekday\(|\bin_days\(|\bclock\b"
)


def listed_paths():
    makefile = (ROOT / "Makefile").read_text().replace("\\\n", " ")
    match = re.search(r"^TEST_DATES_PATHS \?=(.*)$", makefile, re.M)
    assert match, "the Makefile has no TEST_DATES_PATHS"
    return set(match.group(1).split())


def test_the_listed_modules_exist():
    missing = sorted(path for path in listed_paths() if not (ROOT / path).is_file())
    assert not missing, f"TEST_DATES_PATHS names modules that do not exist: {missing}"


def test_every_module_that_reads_the_clock_is_listed():
    listed = listed_paths()
    unlisted = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "tests").rglob("test_*.py")
        # Browser tests run once, in `make test`; the fixed-date runs skip them.
        if "browser" not in path.parts
        and path != Path(__file__).resolve()
        and READS_THE_CLOCK.search(path.read_text())
        and str(path.relative_to(ROOT)) not in listed
    )
    assert not unlisted, f"add these to TEST_DATES_PATHS in the Makefile: {unlisted}"
