"""Requests per second with the page cache off and on, next to a static file.

    .venv/bin/python bench/page_cache.py [--seconds 10]

Builds the demo in a temporary SQLite database, serves it with gunicorn
(production settings, DEBUG off, 2 sync workers, persistent connections,
local-memory cache) and measures each address with ``wrk -t2 -c10`` twice:
``PAGE_CACHE_SECONDS=0`` (every request rendered) and ``=300`` (anonymous
answers from the cache). A whitenoise static file gives the ceiling. Needs
``wrk`` (Debian package).
"""

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

# The serving and measuring helpers are the peer benchmark's (bench/peer.py).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from peer import ROOT, build_ours, run, serve, stop, warm_up, wrk  # noqa: E402

ADDRESSES = """
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from networks.models import NetworkIndexPage, NetworkPage
from wagtail.models import Locale
de = Locale.objects.get(language_code="de")
for model in (HomePage, NetworkIndexPage, NetworkPage, EventIndexPage, EventPage):
    print(model.__name__, model.objects.live().filter(locale=de).first().url)
ar = Locale.objects.get(language_code="ar")
print("EventPage-ar", EventPage.objects.live().filter(locale=ar).first().url)
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    tmp = Path(tempfile.mkdtemp(prefix="page-cache-bench-"))
    env = build_ours(tmp)
    script = [sys.executable, "manage.py", "shell", "--verbosity", "0", "-c", ADDRESSES]
    lines = run(script, ROOT, env).splitlines()
    addresses = dict(line.split(" ", 1) for line in lines if line)
    addresses["API v2 listing"] = "/api/v2/pages/?limit=20"
    addresses["calendar feed"] = "/feeds/events.ics"
    static = next((tmp / "static").rglob("*.css")).relative_to(tmp / "static")

    results = {}
    for label, cache_seconds in (("uncached", "0"), ("cached", "300")):
        server_env = {**env, "PAGE_CACHE_SECONDS": cache_seconds}
        process, base = serve(sys.executable, ROOT, "cms.wsgi", server_env, "/de/")
        try:
            results.setdefault("static file", {})[label] = wrk(
                f"{base}/static/{static}", args.seconds
            )
            for name, path in addresses.items():
                warm_up(base + path)
                results.setdefault(name, {})[label] = wrk(base + path, args.seconds)
        finally:
            stop(process)

    ceiling = results["static file"]["cached"]
    print(f"{'address':<16} {'uncached req/s':>15} {'cached req/s':>13} {'cached/static':>14}")
    for name, figures in results.items():
        print(
            f"{name:<16} {figures['uncached']:>15.0f} {figures['cached']:>13.0f}"
            f" {figures['cached'] / ceiling:>14.2f}"
        )
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
