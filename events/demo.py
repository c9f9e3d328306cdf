"""Demo content: the event index "Veranstaltungen" and the seed's events, in de, en and ar,
and Saxony's school holidays of 2026/27 and 2027/28 as closure periods.

Called by ``load_demo`` after the networks demo; links events to network
pages by slug when the networks app is installed (without importing it).
The school holidays come from an iCalendar file (``demo_data/``) through the
same import as the admin's "Import school holidays". Idempotent: a second run
changes nothing.
"""

import re
from datetime import date, time, timedelta
from pathlib import Path

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from cms.locales import create_missing_aliases
from cms.translation import translate_missing
from events import demo_texts as texts
from events import recurrence
from events.ical.closure_import import import_closures
from events.models import (
    Category,
    ClosurePeriod,
    EventException,
    EventIndexPage,
    EventPage,
    Location,
)

TRANSLATED_LANGUAGES = ("en", "ar")
#: The prepared translations of the demo texts, per language.
PREPARED = {code: texts.TRANSLATIONS[code] for code in TRANSLATED_LANGUAGES}


#: Saxony's school holidays, one all-day entry each (without UIDs, as such files often are).
SCHOOL_HOLIDAYS = Path(__file__).parent / "demo_data" / "schulferien-sachsen-2026-2028.ics"
#: The words of the holiday names, for the prepared translations ("Winterferien Sachsen 2027").
HOLIDAY_WORDS = {
    "en": {
        "Herbstferien": "Autumn holidays",
        "Weihnachtsferien": "Christmas holidays",
        "Winterferien": "Winter holidays",
        "Osterferien": "Easter holidays",
        "Pfingstferien": "Whitsun holidays",
        "Sommerferien": "Summer holidays",
        "Sachsen": "Saxony",
    },
    "ar": {
        "Herbstferien": "عطلة الخريف",
        "Weihnachtsferien": "عطلة عيد الميلاد",
        "Winterferien": "عطلة الشتاء",
        "Osterferien": "عطلة عيد الفصح",
        "Pfingstferien": "عطلة العنصرة",
        "Sommerferien": "العطلة الصيفية",
        "Sachsen": "في ساكسونيا",
    },
}
_HOLIDAY_NAME = re.compile(r"^(\w+) (Sachsen) (\d{4}(?:/\d{2})?)$")


def _holiday_name(name, code):
    """ "Winterferien Sachsen 2027" in ``code``, or None for a name of another shape."""
    match = _HOLIDAY_NAME.match(name)
    words = HOLIDAY_WORDS[code]
    if match is None or match.group(1) not in words:
        return None
    return f"{words[match.group(1)]} {words[match.group(2)]} {match.group(3)}"


def _school_holidays(stdout):
    """Saxony's school holidays as closure periods, translated; True when any was made."""
    locale = Locale.get_default()
    summary = import_closures(SCHOOL_HOLIDAYS.read_bytes())
    for closure in summary.pages:
        stdout.write(f"Created the {ClosurePeriod._meta.verbose_name} “{closure}”.")
    changed = bool(summary.pages)
    for entry in summary.entries:
        closure = ClosurePeriod.objects.filter(
            locale=locale, start=entry.first_date, end=entry.last_date
        ).first()
        if closure is None:
            continue
        prepared = {}
        for code in TRANSLATED_LANGUAGES:
            translated = _holiday_name(closure.name, code)
            if translated:
                prepared[code] = {closure.name: translated}
        changed = bool(translate_missing(closure, prepared, stdout)) or changed
    return changed


def _snippet(model, locale, stdout, **fields):
    obj = model.objects.filter(locale=locale, name=fields["name"]).first()
    if obj is not None:
        return obj, False
    obj = model.objects.create(locale=locale, **fields)
    stdout.write(f"Created the {model._meta.verbose_name} “{obj}”.")
    return obj, True


def _network(slug):
    if not apps.is_installed("networks"):
        return None
    try:
        network_model = apps.get_model("networks", "NetworkPage")
    except LookupError:
        return None
    return network_model.objects.filter(slug=slug, locale=Locale.get_default()).first()


def _summer_festival_date(today):
    """The first Saturday of July that still lies ahead."""
    year = today.year if today < date(today.year, 7, 1) else today.year + 1
    first = date(year, 7, 1)
    return first + timedelta(days=(5 - first.weekday()) % 7)


def _schedule(spec, today):
    values = dict(spec["schedule"])
    values["start_time"] = time(*values["start_time"])
    values["end_time"] = time(*values["end_time"])
    if spec.get("summer_festival"):
        values["start_date"] = _summer_festival_date(today)
    else:
        values["start_date"] = date(*values["start_date"])
    return values


def _exceptions(page, spec, today):
    """One cancelled and one moved date, a few weeks ahead of the day the demo is loaded."""
    series = page.get_series()
    upcoming = recurrence.iter_after(
        series, timezone.now() + timedelta(days=7), limit=spec.get("move_occurrence", 4) + 4
    )
    result = []
    if spec.get("cancel_in_weeks"):
        cancelled = upcoming[spec["cancel_in_weeks"] - 1]
        result.append(
            EventException(
                original_date=cancelled.original_date,
                action=recurrence.CANCELLED,
                note=spec["cancel_note"],
            )
        )
    if spec.get("move_occurrence"):
        moved = upcoming[spec["move_occurrence"] - 1]
        result.append(
            EventException(
                original_date=moved.original_date,
                action=recurrence.MOVED,
                new_date=moved.original_date + timedelta(days=1),
                note=spec["move_note"],
            )
        )
    return result


def _event(index, spec, location, categories, today, stdout):
    page = EventPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if page is not None:
        return page, False
    page = EventPage(
        title=spec["title"],
        slug=spec["slug"],
        teaser=spec["teaser"],
        body=[("paragraph", spec["body"])],
        organiser=_network(spec["network"]),
        location=location,
        audience=spec["audience"],
        languages=spec["languages"],
        is_free=True,
        locale=index.locale,
        **_schedule(spec, today),
    )
    page.categories = [categories[name] for name in spec["categories"]]
    page.exceptions = _exceptions(page, spec, today)
    index.add_child(instance=page)
    page.save_revision().publish()
    stdout.write(f"Created the event “{page.title}”.")
    return page, True


@transaction.atomic
def load(home, stdout):
    """Create the event index and the demo events; True when anything was created."""
    changed = False
    today = timezone.localdate()
    locale = home.locale
    index = EventIndexPage.objects.child_of(home).filter(slug="veranstaltungen").first()
    if index is None:
        index = EventIndexPage(
            title=texts.INDEX["title"],
            slug="veranstaltungen",
            intro=texts.INDEX["intro"],
            show_in_menus=True,
            locale=locale,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        stdout.write(f"Created the event index “{index.title}”.")
        changed = True
    changed = bool(translate_missing(index, PREPARED, stdout)) or changed

    location, created = _snippet(Location, locale, stdout, **texts.LOCATION)
    changed = created or changed
    changed = bool(translate_missing(location, PREPARED, stdout)) or changed
    categories = {}
    for name in texts.CATEGORIES:
        categories[name], created = _snippet(Category, locale, stdout, name=name)
        changed = created or changed
        changed = bool(translate_missing(categories[name], PREPARED, stdout)) or changed

    for spec in texts.EVENTS:
        page, created = _event(index, spec, location, categories, today, stdout)
        changed = created or changed
        changed = bool(translate_missing(page, PREPARED, stdout)) or changed
    changed = _school_holidays(stdout) or changed
    return bool(create_missing_aliases(stdout, "event page(s)")) or changed
