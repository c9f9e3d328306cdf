"""School holidays from an iCalendar file become closure periods: read as whole days, shown
in a preview that writes nothing, created once in German, never duplicated or renamed by a
second file; only those who may add closure periods can load them; the demo has Saxony's."""

import io
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from cms import roles
from events.demo import SCHOOL_HOLIDAYS
from events.ical.closures import read_closures
from events.ical.closures_admin import can_import_closures
from events.ical.importer import CREATED, SKIPPED
from events.ical.models import PendingUpload
from events.models import ClosurePeriod
from tests.factories import make_user
from tests.interop.uploads import confirm, confirm_fields, english_client, notices, preview

URL = reverse("events_import_closures")
DEMO_FILE = SCHOOL_HOLIDAYS.read_bytes()
#: Saxony's school holidays, last days included (Kultusministerium Sachsen).
SAXONY = [
    ("Herbstferien Sachsen 2026", date(2026, 10, 12), date(2026, 10, 24)),
    ("Weihnachtsferien Sachsen 2026/27", date(2026, 12, 23), date(2027, 1, 2)),
    ("Winterferien Sachsen 2027", date(2027, 2, 8), date(2027, 2, 19)),
    ("Osterferien Sachsen 2027", date(2027, 3, 26), date(2027, 4, 2)),
    ("Pfingstferien Sachsen 2027", date(2027, 5, 15), date(2027, 5, 18)),
    ("Sommerferien Sachsen 2027", date(2027, 7, 10), date(2027, 8, 20)),
    ("Herbstferien Sachsen 2027", date(2027, 10, 11), date(2027, 10, 23)),
    ("Weihnachtsferien Sachsen 2027/28", date(2027, 12, 23), date(2028, 1, 1)),
    ("Winterferien Sachsen 2028", date(2028, 2, 14), date(2028, 2, 26)),
    ("Osterferien Sachsen 2028", date(2028, 4, 14), date(2028, 4, 22)),
    ("Sommerferien Sachsen 2028", date(2028, 7, 22), date(2028, 9, 1)),
]


@pytest.fixture(autouse=True)
def english():
    """Messages are checked in English (the admin users below speak it too)."""
    with translation.override("en"):
        yield


def holiday(name, first, last, *extra, uid=None):
    """The lines of one all-day VEVENT from ``first`` to ``last`` (DTEND is the day after)."""
    lines = ["BEGIN:VEVENT", "DTSTAMP:20260801T000000Z"]
    if uid is not None:
        lines.append(f"UID:{uid}")
    if name:
        lines.append(f"SUMMARY:{name}")
    lines += [
        f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
        f"DTEND;VALUE=DATE:{last + timedelta(days=1):%Y%m%d}",
        *extra,
        "END:VEVENT",
    ]
    return lines


def calendar(*events):
    """A VCALENDAR of ``events`` (lists of lines) as bytes."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Schulferien//DE"]
    for event in events:
        lines += event
    return ("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n").encode()


def periods(reading):
    return [(period.name, period.first, period.last) for period in reading.periods]


# -- the reader -----------------------------------------------------------------------


def test_the_demo_file_holds_saxonys_school_holidays():
    reading = read_closures(DEMO_FILE)
    assert reading.problems == [] and reading.skipped == []
    assert periods(reading) == SAXONY


def test_dtend_is_the_day_after_and_uids_identify_nothing():
    data = calendar(
        holiday("Winterferien 2027", date(2027, 2, 8), date(2027, 2, 19), uid="zufall-1"),
        holiday("Osterferien 2027", date(2027, 3, 26), date(2027, 4, 2), uid="zufall-1"),
        holiday("Herbstferien 2026", date(2026, 10, 12), date(2026, 10, 24)),
        ["BEGIN:VEVENT", "SUMMARY:Buß- und Bettag", "DTSTART;VALUE=DATE:20261118", "END:VEVENT"],
    )
    reading = read_closures(data)
    assert reading.problems == []
    assert periods(reading) == [
        ("Herbstferien 2026", date(2026, 10, 12), date(2026, 10, 24)),
        ("Buß- und Bettag", date(2026, 11, 18), date(2026, 11, 18)),
        ("Winterferien 2027", date(2027, 2, 8), date(2027, 2, 19)),
        ("Osterferien 2027", date(2027, 3, 26), date(2027, 4, 2)),
    ]


def test_timed_and_repeating_entries_and_entries_without_title_are_refused_by_name():
    data = calendar(
        holiday("Winterferien 2027", date(2027, 2, 8), date(2027, 2, 19)),
        [
            "BEGIN:VEVENT",
            "SUMMARY:Elternabend",
            "DTSTART;TZID=Europe/Berlin:20270210T190000",
            "DTEND;TZID=Europe/Berlin:20270210T210000",
            "END:VEVENT",
        ],
        holiday("Ferientag", date(2027, 3, 1), date(2027, 3, 1), "RRULE:FREQ=YEARLY;COUNT=3"),
        holiday("", date(2027, 5, 15), date(2027, 5, 18)),
    )
    reading = read_closures(data)
    assert [str(problem) for problem in reading.problems] == [
        "“Elternabend”: The entry has a time of day, but a closure period consists of whole "
        "days; make it an all-day event in your calendar program.",
        "“Ferientag”: The entry repeats (RRULE, RDATE, EXDATE or changed dates); enter each "
        "holiday once, as an all-day event from its first to its last day.",
        "File: The entry for May 15, 2027 – May 18, 2027 has no title (SUMMARY); give it a "
        "name such as “Winterferien 2027” in your calendar program.",
    ]


def test_cancelled_entries_and_the_same_days_twice_are_left_out():
    data = calendar(
        holiday("Winterferien 2027", date(2027, 2, 8), date(2027, 2, 19)),
        holiday("Winterferien (Kopie)", date(2027, 2, 8), date(2027, 2, 19)),
        holiday("Ferientag", date(2027, 3, 1), date(2027, 3, 1), "STATUS:CANCELLED"),
    )
    reading = read_closures(data)
    assert reading.problems == []
    assert periods(reading) == [("Winterferien 2027", date(2027, 2, 8), date(2027, 2, 19))]
    assert [str(problem) for problem in reading.skipped] == [
        "“Winterferien (Kopie)”: The file has these days twice; only “Winterferien 2027” is used.",
        "“Ferientag”: The entry is cancelled (STATUS:CANCELLED) and is left out.",
    ]


@pytest.mark.parametrize(
    ("data", "start"),
    [
        (b"", "File: The file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "File: This is not a"),
        (b"Ferien: 8.2.-19.2.2027\n", "File: This is not a calendar file"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "File: The file contains no"),
    ],
    ids=["empty", "binary", "text", "no-events"],
)
def test_a_file_that_is_no_calendar_gives_one_sentence(data, start):
    (problem,) = read_closures(data).problems
    line = str(problem)
    assert line.startswith(start) and "\n" not in line and "Content line" not in line


# -- the admin ------------------------------------------------------------------------


@pytest.fixture
def editor(demo_home):
    """A member of "Redaktion" (who may add closure periods), logged in."""
    return english_client(make_user("redakteurin", Group.objects.get(name=roles.EDITORS_GROUP)))


def entries(response):
    """The preview's groups: heading (in the admin's English) → [(name, first day, last day,
    outcome, note)]."""
    with translation.override("en"):
        return _entries(response)


def _entries(response):
    return {
        str(heading): [
            (entry.title, entry.first_date, entry.last_date, entry.outcome, str(entry.note))
            for entry in group
        ]
        for heading, group in response.context["groups"]
    }


def closures(locale="de"):
    return [
        (closure.name, closure.start, closure.end)
        for closure in ClosurePeriod.objects.filter(locale__language_code=locale).order_by("start")
    ]


@pytest.mark.django_db
def test_the_preview_writes_nothing_and_import_creates_german_periods(editor):
    assert editor.get(URL).status_code == 200
    response = preview(editor, URL, DEMO_FILE)
    assert response.status_code == 200
    assert ClosurePeriod.objects.count() == 0
    assert entries(response) == {
        "Will be created": [(name, first, last, CREATED, "") for name, first, last in SAXONY]
    }
    html = response.content.decode()
    assert "Preview: nothing has been imported yet" in html
    assert "Winterferien Sachsen 2027" in html and "Feb. 19, 2027" in html
    assert PendingUpload.objects.filter(kind="closures").count() == 1

    response = confirm(editor, URL, confirm_fields(response))
    closure_list = reverse(ClosurePeriod.snippet_viewset.get_url_name("list"))
    assert response.redirect_chain == [(closure_list, 302)]
    assert notices(response) == ["School holidays imported: 11 created, 0 skipped."]
    assert closures() == SAXONY
    # Created in German only; translators translate them like any closure period.
    assert not ClosurePeriod.objects.exclude(locale=Locale.get_default()).exists()
    assert PendingUpload.objects.count() == 0


@pytest.mark.django_db
def test_a_second_import_skips_and_keeps_an_editors_name(editor):
    confirm(editor, URL, confirm_fields(preview(editor, URL, DEMO_FILE)))
    winter = ClosurePeriod.objects.get(start=date(2027, 2, 8))
    winter.name = "Winterferien"
    winter.save()

    response = preview(editor, URL, DEMO_FILE)
    (group,) = entries(response).values()
    assert [outcome for *_rest, outcome, _note in group] == [SKIPPED] * 11
    assert ("Winterferien Sachsen 2027", date(2027, 2, 8), date(2027, 2, 19)) == group[2][:3]
    assert group[2][4] == "already there as “Winterferien”"
    assert "already there as “Herbstferien Sachsen 2026”" in response.content.decode()

    response = confirm(editor, URL, confirm_fields(response))
    assert notices(response) == ["School holidays imported: 0 created, 11 skipped."]
    assert ClosurePeriod.objects.count() == 11
    assert ClosurePeriod.objects.get(pk=winter.pk).name == "Winterferien"


@pytest.mark.django_db
def test_next_years_file_adds_only_what_is_new_and_names_an_overlap(editor):
    de = Locale.get_default()
    ClosurePeriod.objects.create(
        locale=de, name="Sommerpause", start=date(2028, 7, 1), end=date(2028, 8, 31)
    )
    confirm(editor, URL, confirm_fields(preview(editor, URL, DEMO_FILE)))
    next_year = calendar(
        *(holiday(name, first, last) for name, first, last in SAXONY[6:]),
        holiday("Herbstferien Sachsen 2028", date(2028, 10, 23), date(2028, 11, 3)),
    )
    response = preview(editor, URL, next_year)
    groups = entries(response)
    assert [row[:4] for row in groups["Will be created"]] == [
        ("Herbstferien Sachsen 2028", date(2028, 10, 23), date(2028, 11, 3), CREATED)
    ]
    assert len(groups["Will be skipped"]) == 5
    confirm(editor, URL, confirm_fields(response))
    assert ClosurePeriod.objects.count() == 1 + 11 + 1
    # The Saxon summer holidays were created beside the editor's own period, with a note.
    response = preview(editor, URL, calendar(holiday("Sommer", date(2028, 8, 1), date(2028, 8, 5))))
    ((_name, *_days, outcome, note),) = entries(response)["Will be created"]
    assert outcome == CREATED
    assert note.startswith("overlaps “Sommerpause” (July 1, 2028 – Aug. 31, 2028), which is")


@pytest.mark.django_db
def test_a_bad_file_gives_one_sentence_and_keeps_nothing(editor):
    response = preview(editor, URL, b"\x00\x01\x02 kein Kalender \xff\xfe")
    assert response.context["form"].errors["file"] == [
        "File: This is not a calendar file (iCalendar, .ics); export the calendar from your "
        "calendar program as an .ics file and upload that file."
    ]
    timed = calendar(
        [
            "BEGIN:VEVENT",
            "SUMMARY:Elternabend",
            "DTSTART;TZID=Europe/Berlin:20270210T190000",
            "END:VEVENT",
        ]
    )
    response = preview(editor, URL, timed)
    (error,) = response.context["form"].errors["file"]
    assert error.startswith("“Elternabend”: The entry has a time of day")
    assert PendingUpload.objects.count() == 0
    assert ClosurePeriod.objects.count() == 0


@pytest.mark.django_db
def test_translators_strangers_and_visitors_may_not_import(demo_home):
    translator = make_user("ar", Group.objects.get(name=roles.translator_group_name("ar")))
    nobody = make_user("nobody")
    editor = make_user("redakteurin", Group.objects.get(name=roles.EDITORS_GROUP))
    assert can_import_closures(editor)
    assert can_import_closures(make_user("admin", superuser=True))
    for user in (translator, nobody):
        assert not can_import_closures(user)
        client = english_client(user)
        assert client.get(URL).status_code in (302, 403)
        assert preview(client, URL, DEMO_FILE).status_code in (302, 403)
    assert Client().get(URL).status_code == 302  # to the login page
    assert ClosurePeriod.objects.count() == 0 and PendingUpload.objects.count() == 0


@pytest.mark.django_db
def test_the_menu_entry_is_shown_to_editors_only(demo_home):
    editor = english_client(make_user("redakteurin", Group.objects.get(name=roles.EDITORS_GROUP)))
    translator = english_client(
        make_user("ar", Group.objects.get(name=roles.translator_group_name("ar")))
    )
    assert URL in editor.get(reverse("wagtailadmin_home")).content.decode()
    assert URL not in translator.get(reverse("wagtailadmin_home")).content.decode()


# -- the command and the demo ---------------------------------------------------------


@pytest.mark.django_db
def test_the_command_creates_once_and_the_dry_run_writes_nothing(demo_home, tmp_path):
    path = tmp_path / "ferien.ics"
    path.write_bytes(DEMO_FILE)
    out = io.StringIO()
    call_command("import_closures", str(path), "--dry-run", stdout=out)
    assert "11 created, 0 skipped" in out.getvalue() and ClosurePeriod.objects.count() == 0
    out = io.StringIO()
    call_command("import_closures", str(path), stdout=out)
    assert "Winterferien Sachsen 2027 (Feb. 8, 2027 – Feb. 19, 2027): created" in out.getvalue()
    assert closures() == SAXONY
    out = io.StringIO()
    call_command("import_closures", str(path), stdout=out)
    assert "0 created, 11 skipped" in out.getvalue()
    path.write_bytes(b"")
    with pytest.raises(CommandError, match="1 problem, nothing was imported"):
        call_command("import_closures", str(path), stdout=io.StringIO(), stderr=io.StringIO())


@pytest.mark.django_db
def test_the_demo_loads_saxonys_school_holidays_once_with_translations(demo_home):
    from events import demo

    demo.load(demo_home, io.StringIO())
    assert closures() == SAXONY
    assert ("Winter holidays Saxony 2027", date(2027, 2, 8), date(2027, 2, 19)) in closures("en")
    assert ("عطلة الشتاء في ساكسونيا 2027", date(2027, 2, 8), date(2027, 2, 19)) in closures("ar")
    counts = ClosurePeriod.objects.count()
    out = io.StringIO()
    assert demo.load(demo_home, out) is False
    assert ClosurePeriod.objects.count() == counts
