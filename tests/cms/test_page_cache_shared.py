"""Two application servers share one Redis and one database: a change in one reaches the other.

The servers run as separate processes (gunicorn), so nothing is shared but
Redis and the database: on SQLite a database file, on PostgreSQL (when the
suite runs there) a database of its own on the same server.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]

SETUP = """
import io
from django.contrib.auth import get_user_model
from home import demo
from tests.factories.events import make_event_index, make_event_page
home, _ = demo.load(io.StringIO())
event = make_event_page(make_event_index(home), "Nähcafé")
get_user_model().objects.create_superuser("redaktion", "r@example.org", "geheim-123")
print(event.pk, event.url)
"""

pytestmark = pytest.mark.slow


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the process on port {port} stopped: {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"nothing listens on port {port}")


@pytest.fixture
def redis_url(tmp_path):
    server = shutil.which("redis-server")
    assert server, "redis-server is missing: `make redis` installs it"
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_for(port, process)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture
def database_url(tmp_path):
    """A database of its own, on the server the suite uses."""
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path / 'shared.sqlite3'}"
        return
    import psycopg

    settings = connection.settings_dict
    name = f"qn_shared_{uuid.uuid4().hex[:8]}"
    server = {
        "host": settings["HOST"] or "127.0.0.1",
        "port": settings["PORT"] or 5432,
        "user": settings["USER"],
        "password": settings["PASSWORD"] or None,
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    auth = settings["USER"] + (f":{settings['PASSWORD']}" if settings["PASSWORD"] else "")
    try:
        yield f"postgres://{auth}@{server['host']}:{server['port']}/{name}"
    finally:
        with psycopg.connect(**server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture
def servers(redis_url, database_url, tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "PAGE_CACHE_SECONDS": "300",
        "VAR_DIR": str(tmp_path),
    }
    env.pop("QUARTIERSNETZ_TEST_NOW", None)
    run_manage(env, "migrate", "--verbosity", "0")
    page_id, url = run_manage(env, "shell", "-c", SETUP).split()[-2:]
    processes, bases = [], []
    try:
        for _ in range(2):
            port = free_port()
            processes.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "gunicorn",
                        "cms.wsgi",
                        "--bind",
                        f"127.0.0.1:{port}",
                        "--workers",
                        "1",
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            wait_for(port, processes[-1])
            bases.append(f"http://127.0.0.1:{port}")
        yield bases, int(page_id), url
    finally:
        for process in processes:
            process.terminate()
            process.wait(10)


def get(url):
    """GET ``url`` under the site's one host name, as behind a load balancer."""
    request = urllib.request.Request(url, headers={"Host": "localhost"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("X-Page-Cache"), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("X-Page-Cache"), ""


def unpublish_in_admin(base, page_id):
    """Sign in to the admin of ``base`` and unpublish the page, as an editor would."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def csrf():
        return next(cookie.value for cookie in jar if cookie.name == "csrftoken")

    def post(path, data):
        body = urlencode({**data, "csrfmiddlewaretoken": csrf()}).encode()
        request = urllib.request.Request(base + path, body, headers={"Referer": base + path})
        with opener.open(request, timeout=60) as response:
            return response.status, response.geturl()

    opener.open(base + "/admin/login/", timeout=60).read()
    status, landed = post("/admin/login/", {"username": "redaktion", "password": "geheim-123"})
    assert not landed.endswith("/admin/login/"), "the sign-in failed"
    opener.open(f"{base}/admin/pages/{page_id}/unpublish/", timeout=60).read()
    post(f"/admin/pages/{page_id}/unpublish/", {})


def test_unpublishing_in_one_server_reaches_the_cache_of_the_other(servers):
    (first, second), page_id, url = servers
    index_url = url.rstrip("/").rsplit("/", 1)[0] + "/"

    assert get(second + url)[:2] == (200, "miss")
    assert get(second + url)[:2] == (200, "hit")
    status, cached, body = get(second + index_url)
    assert "Nähcafé" in body
    assert get(first + url)[:2] == (200, "hit"), "the servers do not share the cache"

    unpublish_in_admin(first, page_id)

    assert get(second + url)[0] == 404
    status, cached, body = get(second + index_url)
    assert (status, cached) == (200, "miss")
    assert "Nähcafé" not in body
