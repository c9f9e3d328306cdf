"""Import an iCalendar file into event pages: the one code path of the command and the admin form.

:func:`import_calendar` checks the file's size, then parses it; any problem
stops it before anything is written. Otherwise each series, matched by UID,
is

* created (a UID not seen before) or updated (a newer SEQUENCE or
  LAST-MODIFIED) and published, all in one transaction;
* left as it is when nothing is newer (*unchanged*) or the file is older
  than what was imported before (*skipped*);
* left as it is when an editor changed it here after its last import
  (*changed here, skipped*) unless ``overwrite_local_changes``;
* not created again when an editor deleted it here (*deleted here,
  skipped*) unless ``recreate_deleted``.

The :class:`ImportSummary` counts each outcome, lists every event with its
first date and outcome (:class:`Entry`) and names every event that was
skipped; the command prints it and the admin form shows it. With
``dry_run`` the same work is done inside a transaction that is rolled back:
the summary says what an import *would* do, and nothing is written (the
admin's preview).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.conf import settings
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale
from wagtail_localize.synctree import create_aliases_for_new_page

from events import conf
from events.ical import text
from events.ical.fingerprint import changed_here, content_fingerprint
from events.ical.models import ImportedSeries
from events.ical.parse import parse_calendar
from events.ical.problems import NO_UID, Problem
from events.ical.schedule_fields import schedule_fields
from events.recurrence import EXCLUDED, MOVED

CREATED, UPDATED, UNCHANGED, SKIPPED = "created", "updated", "unchanged", "skipped"
CHANGED_HERE, DELETED_HERE = "changed_here", "deleted_here"
OUTCOMES = (CREATED, UPDATED, UNCHANGED, SKIPPED, CHANGED_HERE, DELETED_HERE)
#: The page's teaser field holds at most this many characters.
TEASER_LENGTH = 300

logger = logging.getLogger(__name__)


class ImportFailed(Exception):
    """The file has problems; nothing was written. ``problems`` lists them."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Entry:
    """One event of the file: its title, first date (and time), outcome and why."""

    uid: str
    title: str
    first_date: date | None
    outcome: str
    start_time: time | None = None
    last_date: date | None = None
    note: str = ""


@dataclass
class ImportSummary:
    """What an import did (or would do, ``dry_run``): a count per outcome, an entry per
    event, the pages written and a note per skipped event."""

    counts: dict = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    pages: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    entries: list = field(default_factory=list)
    dry_run: bool = False

    def __str__(self):
        return (
            _(
                "%(created)d created, %(updated)d updated, %(unchanged)d unchanged, "
                "%(skipped)d skipped; changed here, skipped: %(changed_here)d; "
                "deleted here, skipped: %(deleted_here)d"
            )
            % self.counts
        )

    def note(self, uid, message, summary=""):
        """Add the note ``message`` about the event ``uid`` (titled ``summary``); return it."""
        self.notes.append(str(Problem(uid, message, summary)))
        return message

    def add(self, entry):
        self.entries.append(entry)
        self.counts[entry.outcome] += 1

    def by_outcome(self, *outcomes):
        """The entries with one of ``outcomes``, in the file's order."""
        return [entry for entry in self.entries if entry.outcome in outcomes]


@dataclass(frozen=True)
class ImportOptions:
    overwrite_local_changes: bool = False
    recreate_deleted: bool = False


def too_large_message(size, limit=None):
    """The message for a file of ``size`` bytes above ``EVENTS_IMPORT_MAX_BYTES``, or None."""
    limit = conf.import_max_bytes() if limit is None else limit
    if size <= limit:
        return None
    return _(
        "The file is %(size)s, but at most %(max)s can be imported at once; split it into "
        "smaller files and import them one by one."
    ) % {"size": filesizeformat(size), "max": filesizeformat(limit)}


def default_index():
    """The first event index of the default locale, or None."""
    from events.models import EventIndexPage

    locale = Locale.get_default()
    return EventIndexPage.objects.filter(locale=locale).order_by("path").first()


class _Locations:
    """Find or create Location snippets by name in one locale (cached)."""

    def __init__(self, locale):
        self.locale = locale
        self.cache = {}

    def get(self, value):
        from events.models import Location

        value = text.plain(value)
        if not value:
            return None
        if value not in self.cache:
            name, _sep, address = value.partition(",")
            name = text.one_line(name, 120)
            location = Location.objects.filter(locale=self.locale, name=name).order_by("pk").first()
            if location is None:
                location = Location.objects.create(
                    locale=self.locale, name=name, address=text.shorten(address.strip(), 300)
                )
            self.cache[value] = location
        return self.cache[value]


def _title(event):
    return text.one_line(event.summary, 255) or event.uid[:255]


def _description(event, summary):
    """The DESCRIPTION as plain text, shortened (with a note) beyond the configured length."""
    description = text.plain(event.description)
    limit = conf.import_max_description()
    if len(description) > limit:
        summary.note(
            event.uid,
            _(
                "The description has %(count)d characters; only the first %(max)d are "
                "imported, so shorten it in your calendar program if the rest matters."
            )
            % {"count": len(description), "max": limit},
            event.summary,
        )
        description = text.shorten(description, limit)
    return description


def _body(description):
    """The body StreamField value: one paragraph block in the rich-text editor's own format."""
    from events.models import EventPage

    html = text.rich_text(description)
    if not html:
        return []
    block = EventPage._meta.get_field("body").stream_block.child_blocks["paragraph"]
    converter = getattr(block.field.widget, "converter", None)
    if converter is not None:
        # What the editor writes back when the page is saved unchanged, so
        # that saving it does not count as a change made here.
        html = converter.to_database_format(converter.from_database_format(html))
    return [("paragraph", html)]


def _page_values(event, locations, description):
    values = schedule_fields(event.series)
    values.update(
        title=_title(event),
        teaser=text.one_line(description, TEASER_LENGTH),
        location=locations.get(event.location),
        body=_body(description),
    )
    return values


def _children(event, locations):
    """EventExtraDate and EventException objects for RDATE, EXDATE and the overrides."""
    from events.models import EventException, EventExtraDate

    extra = []
    for value in event.series.rdates:
        if isinstance(value, datetime):
            start_time = value.time() if value.time() != event.series.start_time else None
            extra.append(EventExtraDate(date=value.date(), start_time=start_time))
        else:
            extra.append(EventExtraDate(date=value))
    exceptions = []
    changed = {change.original_date for change in event.changes}
    for change in event.changes:
        exceptions.append(
            EventException(
                original_date=change.original_date,
                action=change.action,
                note=text.one_line(change.note, 255),
                new_date=change.new_date if change.action == MOVED else None,
                new_start_time=change.new_start_time,
                new_end_time=change.new_end_time,
                new_location=locations.get(change.location) if change.location else None,
            )
        )
    for value in event.series.exdates:
        # An EXDATE removes the date, as in the original calendar.
        day = value.date() if isinstance(value, datetime) else value
        if day not in changed:
            exceptions.append(EventException(original_date=day, action=EXCLUDED))
    return extra, exceptions


#: What an import writes on an exception row; the row itself (and its
#: translation key, by which translations keep their translated note) stays.
EXCEPTION_FIELDS = ("action", "note", "new_date", "new_start_time", "new_end_time", "new_location")


def _keep_existing_rows(page, exceptions):
    """``exceptions`` with the page's own row reused wherever the date is the same."""
    if page.pk is None:
        return exceptions
    existing = {row.original_date: row for row in page.exceptions.all()}
    kept = []
    for exception in exceptions:
        row = existing.pop(exception.original_date, None)
        if row is not None:
            for name in EXCEPTION_FIELDS:
                setattr(row, name, getattr(exception, name))
            exception = row
        kept.append(exception)
    return kept


def _save(page, event, locations, index, record):
    """Save and publish ``page``; bring ``record`` (or a new one) in line with it."""
    extra, exceptions = _children(event, locations)
    page.extra_dates = extra
    page.exceptions = _keep_existing_rows(page, exceptions)
    created = page.pk is None
    if created:
        page.slug = find_available_slug(index, slugify(event.summary)[:60] or "event")
        index.add_child(instance=page)
    else:
        page.save()
    revision = page.save_revision()
    revision.publish()
    if created:
        # Every content locale gets the series at once, as for pages the admin creates.
        create_aliases_for_new_page(page)
    sequence = event.sequence
    if record is not None:
        # Calendars hold the last version our feeds published: go above it.
        sequence = max(sequence, record.feed_sequence() + 1)
    ImportedSeries.objects.update_or_create(
        uid=event.uid,
        defaults={
            "page": page,
            "sequence": event.sequence,
            "last_modified": event.last_modified,
            "published_sequence": sequence,
            "fingerprint": content_fingerprint(revision.as_object()),
            "revision": revision,
            "deleted_at": None,
        },
    )


class _DryRun(Exception):
    """Raised at the end of a dry run so that its transaction is rolled back."""


def _first(event):
    """(first date, start time) of the series as the file gives it."""
    series = event.series
    return series.dtstart, None if series.all_day else series.start_time


def import_calendar(
    data,
    index=None,
    *,
    progress=None,
    default_tz=None,
    overwrite_local_changes=False,
    recreate_deleted=False,
    dry_run=False,
):
    """Import ``data`` (bytes) under ``index`` (default: :func:`default_index`).

    Raises :class:`ImportFailed` with every problem when the file is too
    large or bad or a page cannot be saved; then nothing is written.
    ``progress(number, total, uid, outcome)`` is called after each series.
    With ``dry_run`` everything is done and then rolled back: the summary
    tells what the import would do.
    """
    message = too_large_message(len(data))
    if message:
        raise ImportFailed([Problem(NO_UID, message)])
    result = parse_calendar(
        data,
        default_tz=default_tz or settings.TIME_ZONE,
        max_events=conf.import_max_events(),
        max_dates=conf.import_max_dates(),
    )
    if result.problems:
        raise ImportFailed(result.problems)
    index = index or default_index()
    if index is None:
        raise ImportFailed(
            [
                Problem(
                    NO_UID,
                    _("There is no event index to import into; create an event index page first."),
                )
            ]
        )
    options = ImportOptions(overwrite_local_changes, recreate_deleted)
    summary = ImportSummary(dry_run=dry_run)
    for skipped in result.skipped:
        summary.notes.append(str(skipped))
        title = text.one_line(skipped.summary, 255) or skipped.uid
        summary.add(Entry(skipped.uid, title, None, SKIPPED, note=skipped.message))
    locations = _Locations(index.locale)
    known = {
        record.uid: record
        for record in ImportedSeries.objects.filter(uid__in=[event.uid for event in result.events])
    }
    total = len(result.events)
    try:
        with transaction.atomic():
            for number, event in enumerate(result.events, start=1):
                record = known.get(event.uid)
                entry = _import_one(event, index, record, locations, summary, options)
                summary.add(entry)
                if progress is not None:
                    progress(number, total, event.uid, entry.outcome)
            if dry_run:
                raise _DryRun
    except _DryRun:
        summary.pages = []  # they were rolled back
    except ImportFailed:
        raise
    except Exception as error:  # a page that cannot be saved: roll everything back
        raise ImportFailed([_save_problem(error)]) from error
    return summary


def _save_problem(error):
    """The problem for an event page that could not be saved."""
    from django.core.exceptions import ValidationError

    uid, title = getattr(error, "uid", NO_UID), getattr(error, "title", "")
    if isinstance(error, ValidationError):
        message = _(
            "The event cannot be saved (%(reasons)s); correct it in your calendar program and "
            "export the file again."
        ) % {"reasons": " ".join(error.messages)}
    else:
        logger.exception("Importing the event %s failed", uid)
        message = _(
            "The event cannot be saved; check its texts and dates in your calendar program, "
            "or ask the site's administrators (the error is in their log)."
        )
    return Problem(uid, message, title)


def _decide(event, record, summary, options):
    """(outcome, page, note) for ``event``: page is the one to write, or None to leave it."""
    from events.models import EventPage

    if record is None:
        return CREATED, EventPage(), ""
    if record.is_deleted:
        if options.recreate_deleted:
            return CREATED, EventPage(), ""
        note = summary.note(
            event.uid,
            _(
                "The event was deleted here after its import and is not created again "
                "(deleted here, skipped)."
            ),
            event.summary,
        )
        return DELETED_HERE, None, note
    if record.is_newer_than(event.sequence, event.last_modified):
        note = summary.note(
            event.uid,
            _(
                "This file holds an older version (SEQUENCE %(sequence)d) than the one imported "
                "before (SEQUENCE %(imported)d), so the event is left as it is."
            )
            % {"sequence": event.sequence, "imported": record.sequence},
            event.summary,
        )
        return SKIPPED, None, note
    page = EventPage.objects.get(pk=record.page_id)
    if changed_here(record, page):
        if options.overwrite_local_changes:
            return UPDATED, page, ""
        note = summary.note(
            event.uid,
            _(
                "The event was changed here after its last import and is left as it is "
                "(changed here, skipped)."
            ),
            page.title,
        )
        return CHANGED_HERE, None, note
    if record.is_older_than(event.sequence, event.last_modified):
        return UPDATED, page, ""
    if not record.fingerprint:
        # A record from before fingerprints: remember the page as it is now.
        record.fingerprint = content_fingerprint(page)
        record.revision_id = page.latest_revision_id
        record.save(update_fields=["fingerprint", "revision"])
    return UNCHANGED, None, ""


def _import_one(event, index, record, locations, summary, options):
    """Import one series; its :class:`Entry`."""
    first_date, start_time = _first(event)

    def entry(outcome, note=""):
        return Entry(event.uid, _title(event), first_date, outcome, start_time, note=note)

    if event.cancelled:
        note = summary.note(
            event.uid, _("The whole series is cancelled and is left out."), event.summary
        )
        return entry(SKIPPED, note)
    outcome, page, note = _decide(event, record, summary, options)
    if page is None:
        return entry(outcome, note)
    if page.pk is None:
        page.locale = index.locale
    description = _description(event, summary)
    for name, value in _page_values(event, locations, description).items():
        setattr(page, name, value)
    try:
        _save(page, event, locations, index, record)
    except Exception as error:
        error.uid, error.title = event.uid, _title(event)
        raise
    summary.pages.append(page)
    return entry(outcome)
