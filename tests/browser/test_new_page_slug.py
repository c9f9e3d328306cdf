"""An editor types a German title; the page's address gets the umlauts written out."""

import pytest


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_slug_follows_the_title_with_umlauts_written_out(new_event_form):
    page = new_event_form
    page.locator("#id_title").press_sequentially("Nähcafé für Große")
    page.locator("#id_title").blur()
    page.wait_for_function("document.querySelector('#id_slug').value.length > 0")
    assert page.input_value("#id_slug") == "naehcafe-fuer-grosse"
