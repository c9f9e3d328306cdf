"""Requests per second and queries per request next to Wagtail's bakerydemo.

    .venv/bin/python bench/peer.py --bakerydemo-source PATH [--peer-dir /tmp/peer]
        [--seconds 5] [--rounds 3]

Serves this project's demo and the bakerydemo side by side with gunicorn (2
sync workers, DEBUG off, local-memory cache, persistent SQLite connections)
and measures comparable addresses with ``wrk -t2 -c10``, alternately ours,
theirs, ours, theirs (``--rounds`` times each, the best run counts), so that
a slower or busier stretch of the machine hits both. Queries per request are
counted in each project with Django's test client (one warm-up request, then
one counted). Then our server is started a second time with the page cache on
(``PAGE_CACHE_SECONDS=300``) and its cached answers are measured next to a
whitenoise static file, the ceiling.

The peer lives outside the repository, in ``--peer-dir``: a copy of the
bakerydemo (exported with ``git archive HEAD`` from ``--bakerydemo-source`` or
``$BAKERYDEMO_SOURCE``, any clone of https://github.com/wagtail/bakerydemo,
bare or not), a venv with the same Wagtail, Django and gunicorn as ours plus
what the bakerydemo needs to serve pages, and its demo data
(``migrate``, ``load_initial_data``, ``collectstatic``). Each of the three is
made only when missing; delete the folder to start over. The bakerydemo asks
for newer Django and older Wagtail in its requirements, but its code runs
unchanged on ours; it is served with its own production settings. Needs ``wrk``
(Debian package) and, the first time, pip access to PyPI.
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
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What the bakerydemo needs to serve pages (requirements/base.txt and
# production.txt without Elasticsearch, uwsgi, Postgres, S3, Google Cloud,
# Redis and basic auth). Wagtail, Django and gunicorn are pinned to ours.
PEER_REQUIREMENTS = [
    "python-dotenv>=1.2.1,<2",
    "wagtail-font-awesome-svg>=1,<2",
    "django-debug-toolbar>=4.2,<5",  # bakerydemo/urls.py imports it
    "django-extensions>=4.1,<5",
    "dj-database-url>=3.1.0,<4",
    "whitenoise>=6.11.0,<7",
]

OUR_ADDRESSES = """
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from networks.models import NetworkIndexPage, NetworkPage
from wagtail.models import Locale
de = Locale.objects.get(language_code="de")
for model in (HomePage, NetworkIndexPage, NetworkPage, EventIndexPage, EventPage):
    print(model.__name__, model.objects.live().filter(locale=de).first().url)
"""

PEER_ADDRESSES = """
from bakerydemo.base.models import HomePage
from bakerydemo.blog.models import BlogIndexPage, BlogPage
from bakerydemo.breads.models import BreadPage
from bakerydemo.locations.models import LocationsIndexPage
for model in (HomePage, BlogIndexPage, BlogPage, LocationsIndexPage, BreadPage):
    print(model.__name__, model.objects.live().order_by("path").first().url)
"""

# One warm-up request per address, then one counted.
COUNT_QUERIES = """
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client()
for path in {paths!r}:
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(path).status_code
    print(status, len(queries.captured_queries), path)
"""

# (label, our page type or address, peer page type or address)
PAIRS = [
    ("home", "HomePage", "HomePage"),
    ("network index / blog index", "NetworkIndexPage", "BlogIndexPage"),
    ("network page / blog article", "NetworkPage", "BlogPage"),
    ("event index / locations index", "EventIndexPage", "LocationsIndexPage"),
    ("event page / bread page", "EventPage", "BreadPage"),
    ("API v2 pages, limit 20", "/api/v2/pages/?limit=20", "/api/v2/pages/?limit=20"),
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(command, cwd, env=None):
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True)
    if result.returncode:
        sys.exit(f"{' '.join(map(str, command))} failed:\n{result.stderr.decode()[-3000:]}")
    return result.stdout.decode()


def addresses(python, cwd, env, script):
    output = run([python, "manage.py", "shell", "--verbosity", "0", "-c", script], cwd, env)
    return dict(line.split(" ", 1) for line in output.splitlines() if line.strip())


def count_queries(python, cwd, env, paths):
    script = COUNT_QUERIES.format(paths=paths)
    output = run([python, "manage.py", "shell", "--verbosity", "0", "-c", script], cwd, env)
    counts = {}
    for line in output.splitlines():
        status, count, path = line.split(" ", 2)
        if status != "200":
            sys.exit(f"{path} answered {status} in the test client")
        counts[path] = int(count)
    return counts


def set_up_peer(peer_dir, source):
    """Copy, venv and demo data of the bakerydemo, each only when missing."""
    project = peer_dir / "bakerydemo"
    python = peer_dir / "venv" / "bin" / "python"
    if not (project / "manage.py").exists():
        if not source:
            sys.exit(
                f"no bakerydemo in {project}: give --bakerydemo-source (or $BAKERYDEMO_SOURCE), "
                "a clone of https://github.com/wagtail/bakerydemo"
            )
        print(f"exporting the bakerydemo from {source} …", file=sys.stderr)
        project.mkdir(parents=True, exist_ok=True)
        git = subprocess.Popen(
            ["git", "-C", str(source), "archive", "--format=tar", "HEAD"], stdout=subprocess.PIPE
        )
        tar = subprocess.run(["tar", "-x", "-C", str(project)], stdin=git.stdout)
        git.stdout.close()
        if git.wait() or tar.returncode:
            shutil.rmtree(project, ignore_errors=True)
            sys.exit(f"could not export the bakerydemo from {source}")
        commit = run(["git", "-C", str(source), "rev-parse", "HEAD"], peer_dir)
        (peer_dir / "bakerydemo.commit").write_text(commit)
    if not python.exists():
        print("making the peer's venv …", file=sys.stderr)
        run([sys.executable, "-m", "venv", str(peer_dir / "venv")], peer_dir)
        pins = [f"{name}=={version(name)}" for name in ("wagtail", "Django", "gunicorn")]
        run([python, "-m", "pip", "install", "-q", *pins, *PEER_REQUIREMENTS], peer_dir)
    env = peer_env(peer_dir)
    if not (peer_dir / "bakerydemo.sqlite3").exists():
        print("loading the bakerydemo's data …", file=sys.stderr)
        try:
            run([python, "manage.py", "migrate", "--verbosity", "0"], project, env)
            run([python, "manage.py", "load_initial_data"], project, env)
            run(
                [python, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
                project,
                env,
            )
        except SystemExit:
            (peer_dir / "bakerydemo.sqlite3").unlink(missing_ok=True)
            raise
    return python, project, env


def peer_env(peer_dir):
    # bakerydemo.settings.production: DEBUG off, whitenoise, local-memory cache
    # without REDIS_URL, conn_max_age=500 with DATABASE_URL, ALLOWED_HOSTS "*".
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DATABASE_URL": f"sqlite:///{peer_dir / 'bakerydemo.sqlite3'}",
        "SECURE_SSL_REDIRECT": "false",
    }
    for name in ("REDIS_URL", "REDIS_TLS_URL", "ELASTICSEARCH_ENDPOINT", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


def build_ours(tmp):
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
        "PAGE_CACHE_SECONDS": "0",
    }
    env.pop("REDIS_URL", None)
    print("building our demo …", file=sys.stderr)
    python = sys.executable
    run([python, "manage.py", "migrate", "--verbosity", "0"], ROOT, env)
    run([python, "manage.py", "load_demo", "--verbosity", "0"], ROOT, env)
    run([python, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], ROOT, env)
    return env


def serve(python, cwd, module, env, probe):
    port = free_port()
    process = subprocess.Popen(
        [python, "-m", "gunicorn", module, "-w", "2", "-b", f"127.0.0.1:{port}"],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + probe, timeout=5).read()
            return process, base
        except OSError:
            if process.poll() is not None:
                sys.exit(f"gunicorn {module} ended with {process.returncode}")
            time.sleep(0.2)
    process.kill()
    sys.exit(f"gunicorn {module} did not answer")


def stop(process):
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


def fetch(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.headers, response.read()


def warm_up(url):
    for _ in range(4):  # both workers: renditions, caches, connections
        fetch(url)


def wrk(url, seconds):
    output = subprocess.run(
        ["wrk", "-t2", "-c10", f"-d{seconds}s", url], capture_output=True, text=True
    ).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        sys.exit(f"{url}: {errors.group(1)} failed responses")
    if not match:
        sys.exit(f"wrk gave no figure for {url}:\n{output}")
    return float(match.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5, help="length of each wrk run")
    parser.add_argument(
        "--rounds", type=int, default=3, help="wrk runs per address, the best one counts"
    )
    parser.add_argument(
        "--peer-dir", type=Path, default=Path("/tmp/peer"), help="where the bakerydemo lives"
    )
    parser.add_argument(
        "--bakerydemo-source",
        default=os.environ.get("BAKERYDEMO_SOURCE"),
        help="a clone of github.com/wagtail/bakerydemo (default $BAKERYDEMO_SOURCE)",
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    peer_dir = args.peer_dir.resolve()
    peer_dir.mkdir(parents=True, exist_ok=True)
    peer_python, peer_project, peer = set_up_peer(peer_dir, args.bakerydemo_source)
    tmp = Path(tempfile.mkdtemp(prefix="peer-bench-"))
    try:
        ours = build_ours(tmp)
        our_pages = addresses(sys.executable, ROOT, ours, OUR_ADDRESSES)
        peer_pages = addresses(peer_python, peer_project, peer, PEER_ADDRESSES)
        pairs = [(label, our_pages.get(a, a), peer_pages.get(b, b)) for label, a, b in PAIRS]
        print("counting queries …", file=sys.stderr)
        our_queries = count_queries(
            sys.executable, ROOT, {**ours, "ALLOWED_HOSTS": "*"}, [a for _, a, _ in pairs]
        )
        peer_queries = count_queries(peer_python, peer_project, peer, [b for _, _, b in pairs])

        print("measuring, ours and the peer in turn …", file=sys.stderr)
        results = []
        our_server, our_base = serve(sys.executable, ROOT, "cms.wsgi", ours, pairs[0][1])
        peer_server, peer_base = serve(
            peer_python, peer_project, "bakerydemo.wsgi", peer, pairs[0][2]
        )
        try:
            for label, a, b in pairs:
                warm_up(our_base + a)
                warm_up(peer_base + b)
                ours_rps = peer_rps = 0.0
                for _ in range(args.rounds):  # ours, peer, ours, peer …: best of each
                    ours_rps = max(ours_rps, wrk(our_base + a, args.seconds))
                    peer_rps = max(peer_rps, wrk(peer_base + b, args.seconds))
                results.append((label, a, b, ours_rps, peer_rps))
        finally:
            stop(our_server)
            stop(peer_server)

        print("measuring our page cache …", file=sys.stderr)
        cached = []
        server, base = serve(
            sys.executable, ROOT, "cms.wsgi", {**ours, "PAGE_CACHE_SECONDS": "300"}, pairs[0][1]
        )
        try:
            home = fetch(base + pairs[0][1])[1].decode()
            css = re.search(r'href="(/static/[^"]+\.css)"', home)
            static = (
                css.group(1)
                if css
                else "/static/"
                + str(next((tmp / "static").rglob("*.css")).relative_to(tmp / "static"))
            )
            paths = [static, *(a for _, a, _ in pairs)]
            for path in paths:
                warm_up(base + path)
            best = dict.fromkeys(paths, 0.0)
            for _ in range(args.rounds):  # static file, pages, static file, pages …
                for path in paths:
                    best[path] = max(best[path], wrk(base + path, args.seconds))
            ceiling = best[static]
            for path in paths[1:]:
                hits = [fetch(base + path)[0].get("X-Page-Cache") for _ in range(4)]
                cached.append((path, best[path], all(hit == "hit" for hit in hits)))
        finally:
            stop(server)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    width = max(len(label) for label, *_ in results)
    print(
        f"{'pair':<{width}} | {'ours req/s (queries)':>20} | {'peer req/s (queries)':>20} | ratio"
    )
    for label, a, b, ours_rps, peer_rps in results:
        print(
            f"{label:<{width}} | {f'{ours_rps:.0f} ({our_queries[a]})':>20}"
            f" | {f'{peer_rps:.0f} ({peer_queries[b]})':>20} | {ours_rps / peer_rps:5.2f}"
        )
    print()
    print("addresses (ours / peer):")
    for label, a, b, *_ in results:
        print(f"  {label}: {a} / {b}")
    print()
    width = max(len(a) for a, *_ in cached + [(static,)])
    print(f"{'ours, page cache on':<{width}} | req/s | / static file")
    print(f"{static:<{width}} | {ceiling:5.0f} | 1.00  (whitenoise static file, the ceiling)")
    for a, rps, hit in cached:
        note = "" if hit else "  (not answered from the cache)"
        print(f"{a:<{width}} | {rps:5.0f} | {rps / ceiling:4.2f}{note}")
    print()
    commit = peer_dir / "bakerydemo.commit"
    print(
        f"wagtail {version('wagtail')}, Django {version('Django')}, gunicorn {version('gunicorn')},"
        f" bakerydemo {commit.read_text().strip()[:7] if commit.exists() else '(commit unknown)'},"
        f" {os.cpu_count()} cores, wrk -t2 -c10 -d{args.seconds}s, best of {args.rounds}"
    )


if __name__ == "__main__":
    main()
