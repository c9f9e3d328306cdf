"""Import an iCalendar file into event pages: the one code path of the command and the admin form.

:func:`import_calendar` parses the file; any problem stops it before
anything is written. Otherwise each series is created or updated (matched
by UID, only when SEQUENCE/LAST-MODIFIED is newer) and published, all in one
transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail_localize.synctree import create_aliases_for_new_page

from events.ical.models import ImportedSeries
from events.ical.parse import Problem, parse_calendar
from events.recurrence import EXCLUDED, MOVED
from events.rules import Rule
from events.schedule import ENDS_AFTER, ENDS_NEVER, ENDS_ON_DATE, ScheduleValues, build_rrule

CREATED, UPDATED, UNCHANGED, SKIPPED = "created", "updated", "unchanged", "skipped"


class ImportFailed(Exception):
    """The file has problems; nothing was written. ``problems`` lists them."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class ImportSummary:
    counts: dict = field(
        default_factory=lambda: dict.fromkeys((CREATED, UPDATED, UNCHANGED, SKIPPED), 0)
    )
    pages: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    def __str__(self):
        return (
            _(
                "%(created)d created, %(updated)d updated, %(unchanged)d unchanged, "
                "%(skipped)d skipped"
            )
            % self.counts
        )


def default_index():
    """The first event index of the default locale, or None."""
    from events.models import EventIndexPage

    locale = Locale.get_default()
    return EventIndexPage.objects.filter(locale=locale).order_by("path").first()


def schedule_fields(series):
    """EventPage schedule field values for a core Series.

    Rules the editor's fields can express are stored as fields; any other
    RFC 5545 rule (BYSETPOS, several BYMONTHDAYs …) is kept as it is with
    ``custom_rule`` set.
    """
    end_date = None
    if series.duration_days:
        from datetime import timedelta

        end_date = series.dtstart + timedelta(days=series.duration_days)
    values = {
        "start_date": series.dtstart,
        "end_date": end_date,
        "all_day": series.all_day,
        "start_time": series.start_time,
        "end_time": series.end_time,
        "time_zone": series.tz,
        "frequency": "",
        "interval": 1,
        "weekdays": [],
        "monthly_mode": "day",
        "month_day": None,
        "ordinals": [],
        "monthly_weekday": "",
        "months": [],
        "ends": ENDS_NEVER,
        "until": None,
        "count": None,
        "rrule": series.rrule,
        "custom_rule": False,
    }
    rule = series.rule
    if rule is None:
        return values
    values["frequency"] = rule.freq
    values["interval"] = rule.interval
    candidate = _editor_values(rule, values)
    if (
        candidate is not None
        and Rule.parse(build_rrule(ScheduleValues(**_schedule_args(candidate)))) == rule
    ):
        values.update(candidate)
        values["custom_rule"] = False
        values["rrule"] = build_rrule(ScheduleValues(**_schedule_args(values)))
        return values
    values["custom_rule"] = True
    if rule.count is not None:
        values.update(ends=ENDS_AFTER, count=min(rule.count, 1000))
    return values


def _schedule_args(values):
    names = ScheduleValues.__dataclass_fields__
    return {name: values[name] for name in names if name in values}


def _editor_values(rule, base):
    """Editor field values that produce ``rule``, or None when they cannot."""
    allowed = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH"}
    if rule.parts - allowed:
        return None
    values = dict(base)
    if rule.until is not None:
        if isinstance(rule.until, datetime):  # the editor's end is a date
            return None
        values.update(ends=ENDS_ON_DATE, until=rule.until)
    if rule.count is not None:
        values.update(ends=ENDS_AFTER, count=rule.count)
    codes, ordinals = rule.weekday_codes, rule.ordinals
    if rule.freq == "WEEKLY":
        if rule.by_month_day or any(ordinals):
            return None
        values["weekdays"] = list(codes)
    elif rule.freq == "MONTHLY":
        if rule.by_month_day:
            if codes or len(rule.by_month_day) != 1 or rule.by_month_day[0] < 1:
                return None
            values.update(monthly_mode="day", month_day=rule.by_month_day[0])
        elif codes:
            if len(set(codes)) != 1:
                return None
            if ordinals == (-1,):
                values.update(monthly_mode="last", monthly_weekday=codes[0])
            elif all(1 <= n <= 5 for n in ordinals):
                values.update(
                    monthly_mode="nth",
                    monthly_weekday=codes[0],
                    ordinals=[str(n) for n in ordinals],
                )
            else:
                return None
        else:
            return None
    elif codes or rule.by_month_day:
        return None
    if rule.by_month:
        if rule.freq == "YEARLY":
            return None
        values["months"] = [str(m) for m in rule.by_month]
    return values


class _Locations:
    """Find or create Location snippets by name in one locale (cached)."""

    def __init__(self, locale):
        self.locale = locale
        self.cache = {}

    def get(self, text):
        from events.models import Location

        text = (text or "").strip()
        if not text:
            return None
        if text not in self.cache:
            name, _sep, address = text.partition(",")
            name = name.strip()[:120]
            location = Location.objects.filter(locale=self.locale, name=name).order_by("pk").first()
            if location is None:
                location = Location.objects.create(
                    locale=self.locale, name=name, address=address.strip()[:300]
                )
            self.cache[text] = location
        return self.cache[text]


def _page_values(event, locations):
    values = schedule_fields(event.series)
    values.update(
        title=(event.summary or event.uid)[:255],
        teaser=event.description[:300],
        location=locations.get(event.location),
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
                note=change.note[:255],
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


def _set_body(page, event):
    if not event.description:
        return
    from django.utils.html import escape, linebreaks

    page.body = [("paragraph", linebreaks(escape(event.description)))]


def _save(page, event, locations, index):
    extra, exceptions = _children(event, locations)
    page.extra_dates = extra
    page.exceptions = exceptions
    created = page.pk is None
    if created:
        page.slug = _free_slug(index, slugify(event.summary)[:60] or "event")
        index.add_child(instance=page)
    else:
        page.save()
    page.save_revision().publish()
    if created:
        # Every content locale gets the series at once, as for pages the admin creates.
        create_aliases_for_new_page(page)
    ImportedSeries.objects.update_or_create(
        uid=event.uid,
        defaults={
            "page": page,
            "sequence": event.sequence,
            "last_modified": event.last_modified,
        },
    )


def _free_slug(index, base):
    slugs = set(index.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in slugs:
        slug, number = f"{base}-{number}", number + 1
    return slug


def import_calendar(data, index=None, *, progress=None, default_tz=None):
    """Import ``data`` (bytes) under ``index`` (default: :func:`default_index`).

    Raises :class:`ImportFailed` with every problem when the file is bad or
    a page cannot be saved; then nothing is written. ``progress(number,
    total, uid, outcome)`` is called after each series.
    """
    result = parse_calendar(data, default_tz=default_tz or settings.TIME_ZONE)
    if result.problems:
        raise ImportFailed(result.problems)
    index = index or default_index()
    if index is None:
        raise ImportFailed([Problem("–", _("There is no event index to import into."))])
    summary = ImportSummary()
    summary.notes = [str(note) for note in result.skipped]
    summary.counts[SKIPPED] += len(result.skipped)
    locations = _Locations(index.locale)
    known = {
        record.uid: record
        for record in ImportedSeries.objects.filter(
            uid__in=[event.uid for event in result.events]
        ).select_related("page")
    }
    total = len(result.events)
    try:
        with transaction.atomic():
            for number, event in enumerate(result.events, start=1):
                outcome = _import_one(event, index, known.get(event.uid), locations, summary)
                summary.counts[outcome] += 1
                if progress is not None:
                    progress(number, total, event.uid, outcome)
    except ImportFailed:
        raise
    except Exception as error:  # a page that cannot be saved: roll everything back
        from django.core.exceptions import ValidationError

        valid = isinstance(error, ValidationError)
        message = "; ".join(error.messages) if valid else str(error)
        uid = getattr(error, "uid", "–")
        raise ImportFailed([Problem(uid, message)]) from error
    return summary


def _import_one(event, index, record, locations, summary):
    from events.models import EventPage

    if event.cancelled:
        summary.notes.append(
            str(Problem(event.uid, _("The whole series is cancelled; it was left out.")))
        )
        return SKIPPED
    if record is not None:
        if not record.is_older_than(event.sequence, event.last_modified):
            return UNCHANGED
        page = EventPage.objects.get(pk=record.page_id)
        outcome = UPDATED
    else:
        page = EventPage(locale=index.locale)
        outcome = CREATED
    for name, value in _page_values(event, locations).items():
        setattr(page, name, value)
    _set_body(page, event)
    try:
        _save(page, event, locations, index)
    except Exception as error:
        error.uid = event.uid
        raise
    summary.pages.append(page)
    return outcome
