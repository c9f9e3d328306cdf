"""``import_ics`` and the importer: pages created, updated by UID, all or nothing."""

from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from events.ical.models import ImportedSeries
from events.models import EventPage, Location, Occurrence
from events.occurrence_table import table_window
from tests.ical_files import FILE_TODAY, FILES, client_occurrences, run_import
from tests.interop.uploads import confirm, confirm_fields, notices, preview


def sort_key(row):
    return (row[0].isoformat(), row[2])


pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("on_the_files_dates")]
CONTENT_LANGUAGES = {"de", "en", "ar", "fa", "uk", "ru", "tr"}


def table_rows(pages):
    rows = Occurrence.objects.filter(page__in=pages).order_by("start_utc", "page_id")
    result = []
    for row in rows:
        zone = row.page.specific.get_series().zone if row.all_day else None
        if row.all_day:
            start = row.start_utc.astimezone(zone).date()
            end = row.end_utc.astimezone(zone).date()
        else:
            start, end = row.start_utc, row.end_utc
        result.append((start, end, row.status))
    return result


def test_a_dry_run_says_what_it_would_do_and_writes_nothing(event_index):
    out, err = run_import(str(FILES / "rfc_series.ics"), "--dry-run")
    assert "8 created, 0 updated" in out
    assert "Dry run: nothing was written." in out
    assert not EventPage.objects.child_of(event_index).exists()
    assert not ImportedSeries.objects.exists()


def test_import_creates_published_pages_with_the_files_dates(event_index):
    out, err = run_import(str(FILES / "rfc_series.ics"))
    assert "8 created, 0 updated, 0 unchanged, 0 skipped" in out
    assert err == ""
    pages = EventPage.objects.child_of(event_index).live()
    assert pages.count() == 8
    cafe = ImportedSeries.objects.get(uid="erzaehlcafe-2024@prohlis.example").page
    assert cafe.title == "Erzählcafé, mit Kuchen"
    assert cafe.frequency == "WEEKLY" and cafe.weekdays == ["MO"] and not cafe.custom_rule
    assert cafe.location.name == "Stadtteilladen"
    meeting = ImportedSeries.objects.get(uid="netzwerktreffen@prohlis.example").page
    assert meeting.custom_rule and "BYSETPOS=-1" in meeting.rrule

    # The table holds exactly the dates recurring-ical-events finds in the
    # original file for the table's window.
    first, last = table_window()
    expected = client_occurrences((FILES / "rfc_series.ics").read_bytes(), first, last)
    assert expected
    rows = sorted(table_rows(pages), key=sort_key)
    assert rows == expected
    # What the window covers on the file's dates: overrides, EXDATE, RDATE, COUNT, UNTIL.
    cafe_days = {start.astimezone(FILE_TODAY.tzinfo).date() for start, *_ in table_rows([cafe])}
    assert date(2024, 4, 3) in cafe_days and date(2024, 4, 1) not in cafe_days
    assert {status for *_, status in rows} == {"scheduled", "cancelled", "moved"}
    market = ImportedSeries.objects.get(uid="flohmarkt@prohlis.example").page
    assert len(table_rows([market])) == 5  # COUNT=6 minus one EXDATE
    language = ImportedSeries.objects.get(uid="sprachtreff@prohlis.example").page
    assert max(start for start, *_ in table_rows([language])).date() <= date(2025, 6, 30)


def test_imported_series_exist_in_every_content_language(
    event_index, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run_import(str(FILES / "rfc_series.ics"))
    cafe = ImportedSeries.objects.get(uid="erzaehlcafe-2024@prohlis.example").page
    copies = EventPage.objects.filter(translation_key=cafe.translation_key)
    assert set(copies.values_list("locale__language_code", flat=True)) == CONTENT_LANGUAGES
    arabic = copies.get(locale__language_code="ar")
    assert arabic.alias_of_id == cafe.pk and arabic.live
    assert client.get(arabic.url).status_code == 200
    assert table_rows([arabic]) == table_rows([cafe])
    listing = client.get("/api/v3/events/occurrences/?start=2024-03-01&end=2024-03-31&locale=ar")
    assert arabic.pk in {item["page_id"] for item in listing.json()["items"]}


def test_unchanged_and_updated_by_sequence(event_index):
    run_import(str(FILES / "rfc_series.ics"))
    out, _err = run_import(str(FILES / "rfc_series.ics"))
    assert "0 created, 0 updated, 8 unchanged" in out
    newer = (FILES / "rfc_series.ics").read_text().replace("SEQUENCE:1", "SEQUENCE:2")
    newer = newer.replace("SUMMARY:Netzwerktreffen", "SUMMARY:Netzwerktreffen (neu)")
    path = Path(pytest.importorskip("tempfile").mkdtemp()) / "newer.ics"
    path.write_text(newer)
    out, _err = run_import(str(path), "--index", str(event_index.pk))
    assert "0 created, 1 updated, 7 unchanged" in out
    record = ImportedSeries.objects.get(uid="netzwerktreffen@prohlis.example")
    assert record.page.title == "Netzwerktreffen (neu)"
    assert record.sequence == 2
    assert EventPage.objects.filter(locale=event_index.locale).count() == 8


def test_bad_file_lists_each_problem_and_writes_nothing(event_index):
    with pytest.raises(CommandError, match="4 problem"):
        out, err = run_import(str(FILES / "bad_events.ics"))
    assert EventPage.objects.count() == 0
    assert Location.objects.count() == 0
    assert ImportedSeries.objects.count() == 0


def test_bad_file_output_names_the_events_by_their_titles(event_index):
    err = StringIO()
    with translation.override("en"), pytest.raises(CommandError):
        call_command("import_ics", str(FILES / "bad_events.ics"), stderr=err, stdout=StringIO())
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 4
    assert lines[0] == (
        "“Kein Beginn”: The event has no start (DTSTART); give it a start date in your "
        "calendar program and export the file again."
    )
    assert any(line.startswith("“Jede Stunde”: The event repeats more often") for line in lines)


def test_not_a_calendar_and_unknown_index(event_index):
    with pytest.raises(CommandError, match="nothing was imported"):
        run_import(str(FILES / "not_a_calendar.ics"))
    with pytest.raises(CommandError, match="no event index"):
        run_import(str(FILES / "rfc_series.ics"), "--index", "999999")
    with pytest.raises(CommandError, match="Cannot read"):
        run_import(str(FILES / "missing.ics"))
    assert EventPage.objects.count() == 0


def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def test_admin_upload_lists_problems_then_previews_then_imports(
    client, django_user_model, event_index
):
    admin_client(client, django_user_model)
    url = reverse("events_import_ics")
    assert client.get(url).status_code == 200
    response = preview(client, url, (FILES / "bad_events.ics").read_bytes())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Jede Stunde" in html and "Kein Beginn" in html
    assert "Auf dem Mars" in html and "Mars/Olympus_Mons" in html
    assert 'name="sha256"' not in html  # no preview for a bad file
    assert EventPage.objects.count() == 0

    response = preview(client, url, (FILES / "rfc_series.ics").read_bytes(), index=event_index.pk)
    assert EventPage.objects.count() == 0
    response = confirm(client, url, confirm_fields(response))
    assert response.status_code == 200
    shown = notices(response)
    assert len(shown) == 1 and shown[0].count("8") == 1, shown
    assert EventPage.objects.child_of(event_index).live().count() == 8


def test_exdate_removes_the_date_as_in_the_original_file(event_index, tmp_path):
    from datetime import timedelta

    today = FILE_TODAY.date()
    monday = today + timedelta(days=7 - today.weekday())
    skipped = monday + timedelta(weeks=2)
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "BEGIN:VEVENT\r\nUID:exdate-test@prohlis.example\r\nDTSTAMP:20260101T000000Z\r\n"
        "SUMMARY:Spieleabend\r\n"
        f"DTSTART;TZID=Europe/Berlin:{monday:%Y%m%d}T180000\r\n"
        f"DTEND;TZID=Europe/Berlin:{monday:%Y%m%d}T200000\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=5\r\n"
        f"EXDATE;TZID=Europe/Berlin:{skipped:%Y%m%d}T180000\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    path = tmp_path / "exdate.ics"
    path.write_text(ics)
    run_import(str(path))
    page = ImportedSeries.objects.get(uid="exdate-test@prohlis.example").page
    rows = table_rows([page])
    assert len(rows) == 4
    assert all(start.date() != skipped for start, _end, _status in rows)
    first, last = table_window()
    assert sorted(rows, key=sort_key) == client_occurrences(ics.encode(), first, last)
    assert page.exceptions.get().action == "excluded"
