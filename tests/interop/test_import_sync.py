"""Importing a calendar again: editors' work here stays, deleted series stay deleted,
our feed's SEQUENCE never goes down, and no file (too large, too many events, dates
in year 1 or 9999, odd line breaks) gives a traceback or writes half of itself."""

import tracemalloc
from datetime import date, time
from io import StringIO

import icalendar
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)
from wagtail.users.models import UserProfile

from cms.blocks import PARAGRAPH_FEATURES
from events.ical.models import ImportedSeries
from events.models import EventException, EventPage, Location
from tests.ical_files import FILES, run_import
from tests.interop.uploads import notices, upload_and_import

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("on_the_files_dates")]

SYNC = FILES / "sync_series.ics"
CAFE = "kaffeeklatsch@prohlis.example"
FEST = "hoffest-2024@prohlis.example"
UPLOAD_URL = reverse("events_import_ics")


def fails(*args):
    """Run the command expecting it to refuse the file: (its one-line reason, stderr)."""
    err = StringIO()
    with translation.override("en"), pytest.raises(CommandError) as failure:
        call_command("import_ics", *args, stdout=StringIO(), stderr=err)
    return str(failure.value), err.getvalue()


def variant(tmp_path, *replacements, name="variant.ics"):
    """The sync file with ``(old, new)`` replacements applied, written to ``tmp_path``."""
    content = SYNC.read_bytes().decode()
    for old, new in replacements:
        assert old in content, old
        content = content.replace(old, new)
    path = tmp_path / name
    path.write_bytes(content.encode())
    return path


def cafe():
    return EventPage.objects.get(pk=ImportedSeries.objects.get(uid=CAFE).page_id)


def summary_line(out, **counts):
    values = {
        "created": 0,
        "updated": 0,
        "unchanged": 0,
        "skipped": 0,
        "changed_here": 0,
        "deleted_here": 0,
    }
    values.update(counts)
    return (
        "{created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped; "
        "changed here, skipped: {changed_here}; deleted here, skipped: {deleted_here}"
    ).format(**values)


def feed_sequence(client, page):
    """The SEQUENCE of the series in its feed, as a calendar client reads it."""
    response = client.get(f"/feeds/events/{page.pk}.ics")
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    (master,) = [event for event in calendar.walk("VEVENT") if "RECURRENCE-ID" not in event]
    assert str(master["UID"]) == CAFE
    return int(master["SEQUENCE"])


def nothing_written():
    return (
        EventPage.objects.count() == 0
        and ImportedSeries.objects.count() == 0
        and Location.objects.count() == 0
    )


@pytest.fixture
def admin(client, django_user_model):
    """A superuser whose admin speaks English (messages are checked in English)."""
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def upload(client, path_or_bytes, **fields):
    """The first step only: the preview, or the form with the file's problems."""
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else path_or_bytes.read_bytes()
    return client.post(UPLOAD_URL, {"file": SimpleUploadedFile("calendar.ics", data), **fields})


def note_about(out, title):
    """The command's note on the event titled ``title``."""
    return next(line for line in out.splitlines() if line.startswith(f"“{title}”: "))


# Local edits an editor makes, and how to see that they are still there.


def edit_title(page):
    page.title = "Kaffeeklatsch im Garten"


def edit_time(page):
    page.start_time, page.end_time = time(16), time(18, 30)


def cancel_a_date(page):
    page.exceptions = [
        *page.exceptions.all(),
        EventException(original_date=date(2024, 3, 25), action="cancelled", note="Urlaub"),
    ]


def has_title(page):
    return page.title == "Kaffeeklatsch im Garten"


def has_time(page):
    return (page.start_time, page.end_time) == (time(16), time(18, 30))


def has_cancelled_date(page):
    return page.exceptions.filter(original_date=date(2024, 3, 25), action="cancelled").exists()


EDITS = [(edit_title, has_title), (edit_time, has_time), (cancel_a_date, has_cancelled_date)]


@pytest.mark.parametrize(("edit", "edited"), EDITS, ids=["title", "time", "exception"])
def test_a_series_changed_here_is_left_as_it_is_and_reported(event_index, edit, edited):
    run_import(str(SYNC))
    page = cafe()
    edit(page)
    page.save_revision().publish()

    out, _err = run_import(str(SYNC))
    assert summary_line(out, unchanged=1, changed_here=1) in out
    title = "Kaffeeklatsch im Garten" if edit is edit_title else "Kaffeeklatsch"
    assert note_about(out, title).endswith(
        ": The event was changed here after its last import and is left as it is "
        "(changed here, skipped)."
    )
    assert "--overwrite-local-changes" in out
    assert edited(cafe())
    # The cancellation from the file is still there too.
    assert cafe().exceptions.filter(original_date=date(2024, 3, 18), action="cancelled").exists()

    out, _err = run_import(str(SYNC), "--overwrite-local-changes")
    assert summary_line(out, updated=1, unchanged=1) in out
    page = cafe()
    assert not edited(page)
    assert page.title == "Kaffeeklatsch" and page.start_time == time(15)
    assert list(page.exceptions.values_list("original_date", "action")) == [
        (date(2024, 3, 18), "cancelled")
    ]
    # What the file wrote is now what was imported: the next import finds nothing to do.
    out, _err = run_import(str(SYNC))
    assert summary_line(out, unchanged=2) in out


def test_a_draft_saved_here_counts_as_a_change(event_index):
    run_import(str(SYNC))
    page = cafe()
    page.title = "Kaffeeklatsch (Entwurf)"
    page.save_revision()  # not published

    out, _err = run_import(str(SYNC), "--index", str(event_index.pk))
    assert summary_line(out, unchanged=1, changed_here=1) in out
    page = cafe()
    assert page.title == "Kaffeeklatsch"
    assert page.get_latest_revision_as_object().title == "Kaffeeklatsch (Entwurf)"


def test_a_newer_sequence_without_local_changes_updates_the_page(event_index, client, tmp_path):
    run_import(str(SYNC))
    assert feed_sequence(client, cafe()) == 4
    newer = variant(
        tmp_path,
        ("SEQUENCE:4", "SEQUENCE:5"),
        ("SUMMARY:Kaffeeklatsch\r\nDESCRIPTION", "SUMMARY:Kaffeeklatsch mit Musik\r\nDESCRIPTION"),
        (
            "T150000\r\nDTEND;TZID=Europe/Berlin:20240108T170000",
            "T160000\r\nDTEND;TZID=Europe/Berlin:20240108T180000",
        ),
    )
    out, _err = run_import(str(newer))
    assert summary_line(out, updated=1, unchanged=1) in out
    page = cafe()
    assert page.title == "Kaffeeklatsch mit Musik" and page.start_time == time(16)
    assert ImportedSeries.objects.get(uid=CAFE).sequence == 5
    assert feed_sequence(client, page) >= 5


def test_an_older_file_is_skipped_and_the_feed_sequence_never_goes_down(
    event_index, client, tmp_path
):
    run_import(str(SYNC))
    assert feed_sequence(client, cafe()) == 4
    page = cafe()
    edit_title(page)
    page.save_revision().publish()
    after_edit = feed_sequence(client, cafe())
    assert after_edit > 4  # a local edit raises it

    older = variant(
        tmp_path,
        ("SEQUENCE:4", "SEQUENCE:1"),
        (
            "LAST-MODIFIED:20240301T090000Z\r\nSEQUENCE:1",
            "LAST-MODIFIED:20240201T090000Z\r\nSEQUENCE:1",
        ),
        ("SUMMARY:Kaffeeklatsch\r\nDESCRIPTION", "SUMMARY:Alter Kaffeeklatsch\r\nDESCRIPTION"),
    )
    for extra in ((), ("--overwrite-local-changes",)):
        out, _err = run_import(str(older), *extra)
        assert summary_line(out, unchanged=1, skipped=1) in out
        note = note_about(out, "Alter Kaffeeklatsch")
        assert "older version (SEQUENCE 1) than the one imported before (SEQUENCE 4)" in note
        assert has_title(cafe())
        assert feed_sequence(client, cafe()) == after_edit
    assert ImportedSeries.objects.get(uid=CAFE).sequence == 4

    # A newer file replaces the local edit when asked to; the feed goes above
    # everything it published before, and every later edit here raises it again.
    newer = variant(tmp_path, ("SEQUENCE:4", "SEQUENCE:5"), name="newer.ics")
    out, _err = run_import(str(newer), "--overwrite-local-changes")
    assert summary_line(out, updated=1, unchanged=1) in out
    assert not has_title(cafe())
    replaced = feed_sequence(client, cafe())
    assert replaced > after_edit
    page = cafe()
    edit_time(page)
    page.save_revision().publish()
    assert feed_sequence(client, cafe()) == replaced + 1
    out, _err = run_import(str(newer))
    assert summary_line(out, unchanged=1, changed_here=1) in out
    assert feed_sequence(client, cafe()) == replaced + 1


def test_an_unchanged_save_in_the_admin_is_not_a_change(event_index, admin):
    run_import(str(SYNC))
    page = cafe()
    url = f"/admin/pages/{page.pk}/edit/"
    form = querydict_from_html(admin.get(url).content.decode(), form_id="page-edit-form")
    # The rich-text editor posts its own format (contentstate), as a browser would.
    (block,) = page.body
    body = streamfield([("paragraph", rich_text(block.value.source, features=PARAGRAPH_FEATURES))])
    for key, value in nested_form_data({"body": body}).items():
        form[key] = value
    form["action-publish"] = "action-publish"
    response = admin.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert cafe().latest_revision_id != ImportedSeries.objects.get(uid=CAFE).revision_id

    out, _err = run_import(str(SYNC))
    assert summary_line(out, unchanged=2) in out


def test_a_series_deleted_here_is_not_created_again(event_index, tmp_path):
    run_import(str(SYNC))
    cafe().delete()
    pages = EventPage.objects.count()  # the other languages' copies stay until committed
    record = ImportedSeries.objects.get(uid=CAFE)
    assert record.page_id is None and record.deleted_at is not None

    newer = variant(tmp_path, ("SEQUENCE:4", "SEQUENCE:9"))
    for path, extra in ((SYNC, ()), (newer, ()), (newer, ("--overwrite-local-changes",))):
        out, _err = run_import(str(path), *extra)
        assert summary_line(out, unchanged=1, deleted_here=1) in out
        note = note_about(out, "Kaffeeklatsch")
        assert "deleted here after its import and is not created again" in note
        assert "--recreate-deleted" in out
        assert EventPage.objects.count() == pages
        assert not EventPage.objects.filter(locale=event_index.locale, title="Kaffeeklatsch")

    out, _err = run_import(str(newer), "--recreate-deleted")
    assert summary_line(out, created=1, unchanged=1) in out
    record = ImportedSeries.objects.get(uid=CAFE)
    assert record.deleted_at is None and record.page.title == "Kaffeeklatsch"
    assert record.page.live


def test_changed_and_deleted_here_through_the_admin_upload(event_index, admin):
    run_import(str(SYNC))
    page = cafe()
    edit_title(page)
    page.save_revision().publish()
    EventPage.objects.get(pk=ImportedSeries.objects.get(uid=FEST).page_id).delete()

    response = upload_and_import(admin, UPLOAD_URL, SYNC.read_bytes())
    assert response.status_code == 200
    shown = notices(response)
    assert any(summary_line("", changed_here=1, deleted_here=1) in notice for notice in shown)
    assert any(
        notice.startswith("“Kaffeeklatsch im Garten”: ") and "changed here" in notice
        for notice in shown
    )
    assert any(notice.startswith("“Hoffest”: ") and "deleted here" in notice for notice in shown)
    assert has_title(cafe())
    assert "Overwrite changes made here" in response.content.decode()

    response = upload_and_import(
        admin, UPLOAD_URL, SYNC.read_bytes(), overwrite_local_changes="on", recreate_deleted="on"
    )
    assert any(summary_line("", created=1, updated=1) in notice for notice in notices(response))
    assert not has_title(cafe())
    assert ImportedSeries.objects.get(uid=FEST).page.title == "Hoffest"


EXTREME_STARTS = [
    (
        "DTSTART;TZID=Europe/Berlin:00010615T140000\r\nDTEND;TZID=Europe/Berlin:00010615T180000",
        "0001-06-15",
    ),
    (
        "DTSTART;TZID=Europe/Berlin:99990615T140000\r\nDTEND;TZID=Europe/Berlin:99990615T180000",
        "9999-06-15",
    ),
    ("DTSTART;VALUE=DATE:00010101", "0001-01-01"),
    ("DTSTART;VALUE=DATE:99991231", "9999-12-31"),
    ("DTSTART:99991231T233000Z\r\nDTEND:99991231T235900Z", "9999-12-31"),
    ("DTSTART;TZID=Europe/Berlin:20240615T140000\r\nDURATION:P3000000D", "DURATION"),
]
FEST_TIMES = (
    "DTSTART;TZID=Europe/Berlin:20240615T140000\r\nDTEND;TZID=Europe/Berlin:20240615T180000"
)


@pytest.mark.parametrize(("start", "shown"), EXTREME_STARTS)
def test_dates_outside_the_supported_years_are_a_problem_naming_the_event(
    event_index, admin, tmp_path, start, shown
):
    path = variant(tmp_path, (FEST_TIMES, start))
    reason, err = fails(str(path))
    assert "1 problem, nothing was imported" in reason
    (line,) = err.strip().splitlines()
    assert line.startswith("“Hoffest”: ")
    assert shown in line and "1900" in line and "2199" in line
    assert nothing_written()

    response = upload(admin, path)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hoffest" in html and shown in html and "2199" in html
    assert "Nothing was imported" in html
    assert nothing_written()


@pytest.mark.parametrize(
    "raw",
    [
        r"Kaffee und Kuchen.\nAlle sind willkommen.\n\nBitte Tassen mitbringen.",
        "Kaffee und Kuchen.\r\\nAlle sind willkommen.\r\\n\r\\nBitte Tassen mitbringen.",
        "Kaffee und Kuchen.\rAlle sind willkommen.\r\rBitte Tassen mitbringen.",
    ],
    ids=["LF", "CRLF", "CR"],
)
def test_descriptions_with_line_breaks_give_an_editable_page(event_index, admin, tmp_path, raw):
    path = variant(
        tmp_path, ("DESCRIPTION:Kaffee und Kuchen im Stadtteilladen.", f"DESCRIPTION:{raw}")
    )
    run_import(str(path))
    page = cafe()
    assert page.teaser == "Kaffee und Kuchen. Alle sind willkommen. Bitte Tassen mitbringen."
    (block,) = page.body
    html = block.value.source
    assert "\r" not in html and "<br>" not in html
    assert html.count("<p") == 2 and "Alle sind willkommen." in html
    response = admin.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert "Alle sind willkommen." in response.content.decode()
    assert admin.get(page.url).status_code == 200


def test_a_huge_description_is_shortened_with_a_note(event_index, tmp_path, settings):
    settings.EVENTS_IMPORT_MAX_DESCRIPTION_CHARS = 5000
    words = "Nachbarschaft " * 50_000  # 700,000 characters
    path = variant(
        tmp_path, ("DESCRIPTION:Kaffee und Kuchen im Stadtteilladen.", f"DESCRIPTION:{words}")
    )
    out, _err = run_import(str(path))
    assert summary_line(out, created=2) in out
    note = note_about(out, "Kaffeeklatsch")
    assert f"has {len(words.strip())} characters; only the first 5000 are imported" in note
    page = cafe()
    (block,) = page.body
    assert len(block.value.source) < 5100
    assert block.value.source.rstrip("</p>").endswith("…")
    assert len(page.teaser) <= 300


def test_an_oversized_file_is_refused_before_it_is_read(event_index, tmp_path):
    description = "x" * (20 * 1024 * 1024)
    path = variant(
        tmp_path, ("DESCRIPTION:Kaffee und Kuchen im Stadtteilladen.", f"DESCRIPTION:{description}")
    )
    del description
    tracemalloc.start()
    try:
        reason, _err = fails(str(path))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    reason = reason.replace("\xa0", " ")
    assert "The file is 20.0 MB, but at most 5.0 MB can be imported at once; split" in reason
    assert peak < 10 * 1024 * 1024  # the 20 MB were never read, let alone parsed
    assert nothing_written()


def test_an_oversized_upload_is_refused_with_the_limit(event_index, admin, settings):
    settings.EVENTS_IMPORT_MAX_BYTES = 512
    response = upload(admin, SYNC)
    assert response.status_code == 200
    html = response.content.decode().replace("\xa0", " ").replace("&nbsp;", " ")
    assert "The file is 928 bytes, but at most 512 bytes can be imported" in html
    assert nothing_written()


def test_too_many_events_are_refused_with_the_limit(event_index, admin, settings):
    settings.EVENTS_IMPORT_MAX_EVENTS = 2
    reason, err = fails(str(SYNC))
    assert "1 problem, nothing was imported" in reason
    assert "3 events" in err and "at most 2" in err
    assert nothing_written()
    response = upload(admin, SYNC)
    assert response.status_code == 200 and "at most 2" in response.content.decode()
    assert nothing_written()


def test_too_many_dates_in_one_series_are_refused(event_index, tmp_path, settings):
    settings.EVENTS_IMPORT_MAX_DATES = 3
    path = variant(
        tmp_path,
        (
            "RRULE:FREQ=WEEKLY;BYDAY=MO\r\n",
            "RRULE:FREQ=WEEKLY;BYDAY=MO\r\n"
            "RDATE;TZID=Europe/Berlin:20240403T150000,20240410T150000,20240417T150000\r\n",
        ),
    )
    reason, err = fails(str(path))
    assert err.startswith("“Kaffeeklatsch”: The event has 4 additional, removed and changed")
    assert "at most 3" in err
    assert nothing_written()


def test_a_sequence_beyond_any_database_integer_is_a_problem(event_index, tmp_path):
    path = variant(tmp_path, ("SEQUENCE:4", "SEQUENCE:99999999999999999999"))
    _reason, err = fails(str(path))
    assert err.startswith("“Kaffeeklatsch”: The version number (SEQUENCE) must be a whole")
    assert nothing_written()


def test_an_update_keeps_the_translated_notes_of_its_exceptions(event_index, tmp_path):
    from wagtail.models import Locale

    from cms.translation import translate_instance

    run_import(str(SYNC))
    translate_instance(cafe(), "ar", {"Der Laden ist geschlossen.": "المحل مغلق."})
    newer = variant(
        tmp_path,
        ("SEQUENCE:4", "SEQUENCE:5"),
        ("SUMMARY:Kaffeeklatsch\r\nDESCRIPTION", "SUMMARY:Kaffeeklatsch mit Musik\r\nDESCRIPTION"),
    )
    out, _err = run_import(str(newer))
    assert summary_line(out, updated=1, unchanged=1) in out
    page = cafe()
    assert page.title == "Kaffeeklatsch mit Musik"
    arabic = page.get_translation(Locale.objects.get(language_code="ar"))
    notes = {row.original_date: row.note for row in arabic.exceptions.all()}
    assert notes[date(2024, 3, 18)] == "المحل مغلق."
    assert page.exceptions.get(original_date=date(2024, 3, 18)).note == "Der Laden ist geschlossen."
