"""Build a network index, a network page, an event index and an event page under the
home page of a site made by ``wagtail start``, publish them and render each one.

Run as ``python manage.py shell < plugin_site_pages.py`` in that site; exits
non-zero when a page does not answer 200 with its title in the HTML.
"""

import sys
from datetime import date, time

from django.conf import settings
from django.test import Client
from wagtail.models import Locale, Page

from events.models import EventIndexPage, EventPage
from networks.models import NetworkIndexPage, NetworkPage

settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]

# wagtail start's pages are in the first language it knew; this site speaks German.
german, _created = Locale.objects.get_or_create(language_code="de")
Page.objects.exclude(locale=german).update(locale=german)
home = Page.objects.get(depth=2).specific


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


networks = publish(home, NetworkIndexPage(title="Netzwerke im Quartier", slug="netzwerke"))
network = publish(
    networks,
    NetworkPage(
        title="Willkommensnetzwerk",
        slug="willkommensnetzwerk",
        short_description="Menschen aus dem Stadtteil begleiten Neuankommende.",
        founded_year=2014,
    ),
)
events = publish(home, EventIndexPage(title="Termine im Quartier", slug="termine"))
event = publish(
    events,
    EventPage(
        title="Begegnungscafé",
        slug="begegnungscafe",
        teaser="Kaffee und Gespräche, jeden Montag.",
        start_date=date(2026, 1, 5),
        start_time=time(15),
        end_time=time(17, 30),
        frequency="WEEKLY",
        weekdays=["MO"],
    ),
)

client = Client()
failures = []
for page in (networks, network, events, event):
    url = page.get_url()
    response = client.get(url, follow=True)
    html = response.content.decode()
    ok = response.status_code == 200 and page.title in html
    print(f"{'ok  ' if ok else 'FAIL'} {response.status_code} {url} {page.title}")
    if not ok:
        failures.append(url)
        print(html[:2000])

# The wheel's catalogues: the event page speaks German from events/locale.
german = client.get(event.get_url()).content.decode()
for words in ("Nächste Termine", "jeden Montag, 15:00–17:30 Uhr", "/static/events/css/events.css"):
    print(f"{'ok  ' if words in german else 'FAIL'} event page shows {words!r}")
    if words not in german:
        failures.append(words)

feed = client.get(f"/feeds/events/{event.pk}.ics")
print(f"{'ok  ' if feed.status_code == 200 else 'FAIL'} {feed.status_code} calendar feed")
if feed.status_code != 200 or b"BEGIN:VEVENT" not in feed.content:
    failures.append("feed")

sys.exit(1 if failures else 0)
