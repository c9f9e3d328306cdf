import io
import re

import pytest
from django.test import Client

from networks import demo
from networks.models import NetworkIndexPage, NetworkPage, Organisation

SEED_ORDER = [
    "Prohlis ist bunt",
    "Stadtteilrunde Prohlis",
    "Vernetzungstreffen",
    "KINET und Kita-Netzwerk",
    "LAG Quartiersmanagement und Gemeinwesenarbeit Sachsen e.V.",
]


@pytest.mark.django_db
def test_demo_builds_the_five_networks_once(demo_home):
    out = io.StringIO()
    assert demo.load(demo_home, out) is True
    assert "Created the network index" in out.getvalue()
    counts = (NetworkPage.objects.count(), Organisation.objects.count())
    second = io.StringIO()
    assert demo.load(demo_home, second) is False
    assert second.getvalue() == ""
    assert (NetworkPage.objects.count(), Organisation.objects.count()) == counts

    index = NetworkIndexPage.objects.get(locale__language_code="de")
    assert index.slug == "netzwerke" and index.get_parent().specific == demo_home
    networks = NetworkPage.objects.child_of(index).order_by("path")
    assert [page.title for page in networks] == SEED_ORDER
    kita = networks.get(slug="kinet-und-kita-netzwerk")
    assert kita.status == "continued_elsewhere" and "KiNet" in kita.successor_name
    bunt = networks.get(slug="prohlis-ist-bunt")
    assert (bunt.founded_year, bunt.founded_season) == (2014, "spring")
    assert bunt.website == "https://www.prohlis-ist-bunt.de"
    assert bunt.members.count() == 6
    types = [block.block_type for block in bunt.body]
    assert {"project_list", "volunteer_call", "timeline", "members"} <= set(types)
    for code in ("en", "ar", "uk"):
        assert NetworkPage.objects.filter(locale__language_code=code, alias_of=None).count() == 5


@pytest.mark.django_db
def test_demo_pages_render_in_german_and_arabic(demo_home):
    demo.load(demo_home, io.StringIO())
    client = Client()
    html = client.get("/de/netzwerke/").content.decode()
    toc = re.search(r'<nav class="toc networks-toc".*?</nav>', html, re.S).group(0)
    for anchor in re.findall(r'href="#([^"]+)"', toc):
        assert f'id="{anchor}"' in html
    assert len(re.findall(r'href="#([^"]+)"', toc)) == 5
    assert "15:00" in client.get("/de/netzwerke/prohlis-ist-bunt/").content.decode()
    arabic = client.get("/ar/netzwerke/").content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic
    assert "<h1>الشبكات</h1>" in arabic
    assert "الطاولة المستديرة لحي بروليس" in arabic
    kita_ar = client.get("/ar/netzwerke/kinet-und-kita-netzwerk/").content.decode()
    assert "KiNet – مدينة دريسدن" in kita_ar
