"""The admin's calendar import in two steps: the upload shows what the file would change and
writes nothing; only "Import" with the preview's token and hash writes, once, for the user
who uploaded the file, within the hour."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from wagtail.models import Revision

from cms import roles
from events.ical.importer import CHANGED_HERE, CREATED, UNCHANGED, UPDATED
from events.ical.models import ImportedSeries, PendingUpload
from events.models import EventPage, Location
from tests.factories import make_user
from tests.ical_files import FILES, run_import
from tests.interop.uploads import confirm, confirm_fields, english_client, notices, preview

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("on_the_files_dates")]

URL = reverse("events_import_ics")
SYNC = (FILES / "sync_series.ics").read_bytes()
CAFE = "kaffeeklatsch@prohlis.example"
READING = (
    "BEGIN:VEVENT\r\nUID:lesung@prohlis.example\r\nDTSTAMP:20240301T090000Z\r\n"
    "SUMMARY:Lesung im Laden\r\nDTSTART;TZID=Europe/Berlin:20240410T190000\r\n"
    "DTEND;TZID=Europe/Berlin:20240410T210000\r\nEND:VEVENT\r\n"
)
EXPIRED = (
    "The uploaded file is no longer available (it is kept for one hour after the preview); "
    "upload it again."
)


def english_admin(username="admin"):
    """A superuser whose admin speaks English, logged in."""
    return english_client(make_user(username, superuser=True))


@pytest.fixture
def admin(event_index):
    return english_admin()


def newer_file():
    """The sync file with a newer Hoffest and one event more."""
    text = SYNC.decode()
    text = text.replace(
        "SEQUENCE:0\r\nSUMMARY:Hoffest\r\n", "SEQUENCE:1\r\nSUMMARY:Hoffest im Hof\r\n"
    )
    text = text.replace("END:VCALENDAR", READING + "END:VCALENDAR")
    return text.encode()


def written():
    """What an import writes, counted."""
    return (
        EventPage.objects.count(),
        ImportedSeries.objects.count(),
        Location.objects.count(),
        Revision.objects.count(),
    )


def cafe():
    return EventPage.objects.get(pk=ImportedSeries.objects.get(uid=CAFE).page_id)


def entries(response):
    """The preview's groups: heading (in the admin's English) → [(title, first date, outcome)]."""
    with translation.override("en"):
        return _entries(response)


def _entries(response):
    return {
        str(heading): [(entry.title, entry.first_date, entry.outcome) for entry in group]
        for heading, group in response.context["groups"]
    }


def test_the_preview_lists_created_updated_and_skipped_and_writes_nothing(
    admin, django_capture_on_commit_callbacks
):
    run_import(str(FILES / "sync_series.ics"))
    page = cafe()
    page.title = "Kaffeeklatsch im Garten"
    page.save_revision().publish()
    before = written()

    with django_capture_on_commit_callbacks() as callbacks:
        response = preview(admin, URL, newer_file())
    assert response.status_code == 200
    assert written() == before
    assert callbacks == []  # nothing rolled back was purged or translated afterwards
    assert not EventPage.objects.filter(title__in=["Lesung im Laden", "Hoffest im Hof"]).exists()
    assert entries(response) == {
        "Will be created": [("Lesung im Laden", date(2024, 4, 10), CREATED)],
        "Will be updated": [("Hoffest im Hof", date(2024, 6, 15), UPDATED)],
        "Will be skipped": [("Kaffeeklatsch", date(2024, 1, 8), CHANGED_HERE)],
    }
    html = response.content.decode()
    assert "Preview: nothing has been imported yet" in html
    with translation.override("en"):
        assert date_format(date(2024, 4, 10), "DATE_FORMAT") in html
    assert (
        "The event was changed here after its last import and is left as it is "
        "(changed here, skipped)."
    ) in html
    assert PendingUpload.objects.count() == 1

    response = confirm(admin, URL, confirm_fields(response))
    assert response.status_code == 200
    shown = notices(response)
    assert any(notice.startswith("Calendar imported: 1 created, 1 updated") for notice in shown)
    assert EventPage.objects.filter(locale__language_code="de", title="Lesung im Laden").live()
    assert EventPage.objects.filter(locale__language_code="de", title="Hoffest im Hof").live()
    assert cafe().title == "Kaffeeklatsch im Garten"
    assert PendingUpload.objects.count() == 0


def test_the_preview_of_a_file_imported_before_skips_everything(admin):
    run_import(str(FILES / "sync_series.ics"))
    response = preview(admin, URL, SYNC)
    assert entries(response) == {
        "Will be skipped": [
            ("Kaffeeklatsch", date(2024, 1, 8), UNCHANGED),
            ("Hoffest", date(2024, 6, 15), UNCHANGED),
        ]
    }
    assert "unchanged in the file" in response.content.decode()


def test_import_confirms_once(admin):
    fields = confirm_fields(preview(admin, URL, SYNC))
    assert written()[:3] == (0, 0, 0)
    confirm(admin, URL, fields)
    after = written()
    assert ImportedSeries.objects.count() == 2
    response = confirm(admin, URL, fields)
    assert notices(response) == [EXPIRED]
    assert written() == after


def test_another_users_token_writes_nothing_and_asks_for_the_file_again(admin):
    fields = confirm_fields(preview(admin, URL, SYNC))
    stranger = english_admin("other-admin")
    response = confirm(stranger, URL, fields)
    assert response.redirect_chain == [(URL, 302)]
    assert notices(response) == [EXPIRED]
    assert "iCalendar file" in response.content.decode()  # the upload form again
    assert written()[:3] == (0, 0, 0)
    # The file still waits for the one who uploaded it.
    confirm(admin, URL, fields)
    assert ImportedSeries.objects.count() == 2


@pytest.mark.parametrize(
    "tamper",
    [
        lambda fields: {**fields, "sha256": "0" * 64},
        lambda fields: {**fields, "sha256": fields["sha256"][:-1] + "x"},
        lambda fields: {**fields, "sha256": ""},
        lambda fields: {**fields, "token": fields["token"][:-1] + "!"},
        lambda fields: {"token": fields["token"]},
        lambda fields: {**fields, "token": "x" * 500},
        lambda fields: {**fields, "sha256": "ä" * 64},
        lambda fields: {**fields, "token": "\u202e" + fields["token"][1:]},
    ],
    ids=[
        "zeros",
        "one-character",
        "empty-hash",
        "other-token",
        "no-hash",
        "overlong-token",
        "non-ascii-hash",
        "non-ascii-token",
    ],
)
def test_a_tampered_confirmation_writes_nothing(admin, tamper):
    fields = confirm_fields(preview(admin, URL, SYNC))
    response = confirm(admin, URL, tamper(fields))
    assert notices(response) == [EXPIRED]
    assert written()[:3] == (0, 0, 0)


def test_a_file_changed_while_it_waits_is_not_imported(admin):
    fields = confirm_fields(preview(admin, URL, SYNC))
    PendingUpload.objects.update(data=newer_file())
    response = confirm(admin, URL, fields)
    assert notices(response) == [EXPIRED]
    assert written()[:3] == (0, 0, 0)


def test_an_upload_waits_one_hour(admin, clock):
    fields = confirm_fields(preview(admin, URL, SYNC))
    clock.shift(timedelta(minutes=59))
    confirm(admin, URL, fields)
    assert ImportedSeries.objects.count() == 2

    run_before = written()
    fields = confirm_fields(preview(admin, URL, newer_file()))
    clock.shift(timedelta(hours=1, minutes=1))
    response = confirm(admin, URL, fields)
    assert notices(response) == [EXPIRED]
    assert written() == run_before
    # The next upload clears what expired.
    preview(admin, URL, SYNC)
    assert PendingUpload.objects.count() == 1


def test_a_new_upload_replaces_the_waiting_one(admin):
    first = confirm_fields(preview(admin, URL, newer_file()))
    second = confirm_fields(preview(admin, URL, SYNC))
    assert notices(confirm(admin, URL, first)) == [EXPIRED]
    assert written()[:3] == (0, 0, 0)
    confirm(admin, URL, second)
    assert ImportedSeries.objects.count() == 2
    assert not EventPage.objects.filter(title="Lesung im Laden").exists()


def test_losing_the_permission_between_the_steps_writes_nothing(event_index):
    editor = make_user("redakteurin", Group.objects.get(name=roles.EDITORS_GROUP))
    client = Client()
    client.force_login(editor)
    fields = confirm_fields(preview(client, URL, SYNC))
    editor.groups.clear()
    assert client.post(URL, fields).status_code in (302, 403)  # no admin at all, or no import
    assert written()[:3] == (0, 0, 0)


def test_a_bad_file_lists_its_problems_at_the_field_and_keeps_nothing(admin):
    response = preview(admin, URL, (FILES / "bad_events.ics").read_bytes())
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert len(errors["file"]) == 4
    assert errors["file"][0] == (
        "“Kein Beginn”: The event has no start (DTSTART); give it a start date in your calendar "
        "program and export the file again."
    )
    assert errors["__all__"] == ["Nothing was imported. Fix the file and upload it again."]
    assert "groups" not in response.context
    assert PendingUpload.objects.count() == 0
    assert written()[:3] == (0, 0, 0)


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "File: This is not a calendar file (iCalendar, .ics); export the calendar from your "
            "calendar program as an .ics file and upload that file.",
        ),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nnot a content line\r\n" + SYNC[30:],
            "File: Line 3 of the file cannot be read; export the calendar again or correct this "
            "line in a text editor.",
        ),
        (
            SYNC.replace(b"Kaffeeklatsch", "Kaffeeklatsch für alle".encode("latin-1")),
            "File: The file is not saved in the UTF-8 encoding; export or save it again as UTF-8 "
            "and upload it once more.",
        ),
    ],
    ids=["binary", "broken-line", "latin-1"],
)
def test_an_unreadable_file_gives_one_sentence(admin, data, sentence):
    response = preview(admin, URL, data)
    assert response.context["form"].errors["file"] == [sentence]
    html = response.content.decode()
    assert "Content line" not in html and "parsed into parts" not in html
    assert written()[:3] == (0, 0, 0)
