"""axe in Chromium: the visitor's new pages have no serious or critical violations, in de and ar."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import sync_playwright

from tests.browser.session import CHROMIUM, CHROMIUM_ARGS

SERIOUS = {"serious", "critical"}


@pytest.fixture
def demo_paths(live_server):
    """The demo site, and the address of each page to check, per language."""
    from events.models import EventIndexPage
    from networks.models import VolunteerFormPage

    call_command("load_demo", verbosity=0, stdout=io.StringIO())
    paths = {}
    for code in ("de", "ar"):
        index = EventIndexPage.objects.get(locale__language_code=code)
        form = VolunteerFormPage.objects.filter(locale__language_code=code).first()
        paths[code] = {
            "home": f"/{code}/",
            "programme": f"{index.url}programm/",
            "search": f"/{code}/search/?q=caf",
            "volunteer": form.url if form else None,
        }
    return paths


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("code", ["de", "ar"])
def test_new_pages_have_no_serious_violations(live_server, demo_paths, code):
    axe = Axe()
    found = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.set_default_timeout(20000)
        for name, path in demo_paths[code].items():
            assert path, f"the demo has no {name} page in {code}"
            response = page.goto(f"{live_server.url}{path}")
            assert response.status == 200, (name, path, response.status)
            assert page.locator("html").get_attribute("lang") == code
            violations = axe.run(page).response["violations"]
            serious = [v["id"] for v in violations if v["impact"] in SERIOUS]
            if serious:
                found[name] = serious
            # Nothing wider than the phone's screen.
            assert page.evaluate("document.documentElement.scrollWidth") <= 390, name
        browser.close()
    assert found == {}
