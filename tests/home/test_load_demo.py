import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from home.models import HomePage


@pytest.mark.django_db
def test_load_demo_is_idempotent(capsys):
    call_command("load_demo")
    first = capsys.readouterr().out
    counts = (Page.objects.count(), Locale.objects.count(), Site.objects.count())
    call_command("load_demo")
    second = capsys.readouterr().out
    assert "Demo content is ready" in first
    assert "nothing new was created" in second
    assert (Page.objects.count(), Locale.objects.count(), Site.objects.count()) == counts
    assert set(Locale.objects.values_list("language_code", flat=True)) == {
        "de",
        "en",
        "ar",
        "fa",
        "uk",
        "ru",
        "tr",
    }
    home = HomePage.objects.get(locale__language_code="de")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert set(home.get_translations().values_list("locale__language_code", flat=True)) >= {
        "en",
        "ar",
    }


@pytest.mark.django_db
def test_load_demo_if_empty_leaves_existing_sites_alone(capsys):
    call_command("load_demo")
    capsys.readouterr()
    call_command("load_demo", "--if-empty")
    assert "demo not loaded" in capsys.readouterr().out
