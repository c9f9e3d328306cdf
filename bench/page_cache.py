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
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        sys.exit(result.stderr[-3000:])
    return result.stdout


def serve(env, port):
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cms.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/de/", timeout=5).read()
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    sys.exit("gunicorn did not answer")


def wrk(url, seconds):
    output = subprocess.run(
        ["wrk", "-t2", "-c10", f"-d{seconds}s", url], capture_output=True, text=True
    ).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        sys.exit(f"{url}: {errors.group(1)} failed responses")
    return float(match.group(1)) if match else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    tmp = Path(tempfile.mkdtemp(prefix="page-cache-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
        "DATABASE_CONN_MAX_AGE": "600",
        "VAR_DIR": str(tmp),
    }
    env.pop("REDIS_URL", None)
    print("building the demo …", file=sys.stderr)
    manage(env, "migrate", "--verbosity", "0")
    manage(env, "load_demo", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    addresses = dict(
        line.split(" ", 1)
        for line in manage(env, "shell", "--verbosity", "0", "-c", ADDRESSES).split("\n")
        if line
    )
    addresses["API v2 listing"] = "/api/v2/pages/?limit=20"
    addresses["calendar feed"] = "/feeds/events.ics"
    static = next((tmp / "static").rglob("*.css")).relative_to(tmp / "static")

    results = {}
    for label, cache_seconds in (("uncached", "0"), ("cached", "300")):
        port = free_port()
        process = serve({**env, "PAGE_CACHE_SECONDS": cache_seconds}, port)
        try:
            base = f"http://127.0.0.1:{port}"
            results.setdefault("static file", {})[label] = wrk(
                f"{base}/static/{static}", args.seconds
            )
            for name, path in addresses.items():
                urllib.request.urlopen(base + path, timeout=30).read()  # warm up
                results.setdefault(name, {})[label] = wrk(base + path, args.seconds)
        finally:
            process.terminate()
            process.wait(10)

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
