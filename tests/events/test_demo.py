import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page

from events import demo
from events.models import EventIndexPage, EventPage, Occurrence
from events.public_holidays import public_holidays
from tests.clock import in_days


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_load_demo_creates_events_once_and_shows_the_cafe(capsys):
    call_command("load_demo")
    first = capsys.readouterr().out
    assert "Created the event index “Veranstaltungen”." in first
    counts = (Page.objects.count(), Occurrence.objects.count())
    call_command("load_demo")
    assert "nothing new was created" in capsys.readouterr().out
    assert (Page.objects.count(), Occurrence.objects.count()) == counts

    index = EventIndexPage.objects.get(slug="veranstaltungen", locale__language_code="de")
    assert index.url == "/de/veranstaltungen/"
    cafe = EventPage.objects.get(slug="begegnungscafe", locale__language_code="de")
    assert cafe.rrule == "FREQ=WEEKLY;BYDAY=MO"
    assert cafe.organiser is not None and cafe.organiser.slug == "prohlis-ist-bunt"
    assert set(cafe.get_translations().values_list("locale__language_code", flat=True)) >= {
        "en",
        "ar",
    }
    en_cafe = cafe.get_translation(cafe.get_translations().get(locale__language_code="en").locale)
    assert en_cafe.title == "Meeting café"
    assert "Long-time residents and newcomers" in str(en_cafe.body)

    # Mondays 15:00 local in winter and summer; Easter Monday cancelled as a holiday.
    rows = Occurrence.objects.filter(page=cafe)
    assert {r.start_utc.astimezone(cafe_zone()).hour for r in rows} == {15}
    easter_mondays = [
        d
        for d, n in public_holidays(in_days(0), in_days(540), language="en").items()
        if n == "Easter Monday"
    ]
    assert easter_mondays
    for day in easter_mondays:
        row = rows.get(original_start_utc__date=day)
        assert (row.status, row.reason) == ("cancelled", "holiday")
    assert Occurrence.objects.filter(status="cancelled", reason="change").exists()
    assert Occurrence.objects.filter(status="moved").exists()

    html = Client().get("/de/veranstaltungen/").content.decode()
    assert "Begegnungscafé" in html and "Deutschtreff" in html
    assert Client().get("/ar/veranstaltungen/").status_code == 200
    # Untranslated languages get aliases with the same dates.
    fa = Client().get("/fa/veranstaltungen/").content.decode()
    assert "occurrence--" in fa


def cafe_zone():
    from zoneinfo import ZoneInfo

    return ZoneInfo("Europe/Berlin")


def test_demo_texts_translate_every_string():
    for code, table in demo.texts.TRANSLATIONS.items():
        for spec in demo.texts.EVENTS:
            body = spec["body"].removeprefix("<p>").removesuffix("</p>")
            assert body in table, (code, spec["slug"])
            assert spec["title"] in table and spec["teaser"] in table
