"""The public site in Debian's Chromium, as a visitor on a phone sees it."""

import pytest
from playwright.sync_api import sync_playwright

from tests.browser.session import CHROMIUM, CHROMIUM_ARGS
from tests.factories import make_demo_home


@pytest.fixture
def site_home(live_server):
    """Demo root built before the browser starts (no ORM calls inside its event loop)."""
    return make_demo_home()


@pytest.fixture
def phone(site_home):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        context = browser.new_context(viewport={"width": 320, "height": 640})
        page = context.new_page()
        page.set_default_timeout(15000)
        yield page
        browser.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_arabic_home_is_rtl_and_fits_a_small_phone(live_server, phone):
    phone.goto(f"{live_server.url}/ar/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert phone.locator("h1").inner_text() == "أهلاً بكم في حي بروليس"
    # Nothing wider than the screen: no sideways scrolling at 320 px.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320
    # The header starts at the right-hand edge in RTL.
    box = phone.locator(".site-name").bounding_box()
    assert box["x"] + box["width"] > 160
    # The skip link appears on keyboard focus and leads to the content.
    phone.keyboard.press("Tab")
    focused = phone.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    assert phone.locator(".skip-link").bounding_box()["y"] >= 0


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_language_switcher_goes_to_the_same_page_in_another_language(live_server, phone):
    phone.goto(f"{live_server.url}/de/")
    phone.locator(".language-switcher").get_by_role("link", name="العربية").click()
    phone.wait_for_url(f"{live_server.url}/ar/")
    assert phone.locator("html").get_attribute("lang") == "ar"
