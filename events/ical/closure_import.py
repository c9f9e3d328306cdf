"""Closure periods from a school-holiday file: one code path for the admin, the command
and the demo.

:func:`import_closures` reads the file (:mod:`events.ical.closures`) and
creates a :class:`~events.models.ClosurePeriod` in the default language for
each period whose days are not there yet. A period is matched by its first
and last day in that language, never by its name or UID: loading the same
file again, or next year's file that repeats a period, creates nothing and
leaves an editor's renamed period as it is. The names are the file's; they
are translated like any closure period (wagtail-localize). A problem in the
file stops the import before anything is written; with ``dry_run`` nothing
is written at all and the summary tells what the import would do.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from events import conf
from events.ical.closures import days_text, read_closures
from events.ical.importer import (
    CREATED,
    SKIPPED,
    Entry,
    ImportFailed,
    ImportSummary,
    too_large_message,
)
from events.ical.problems import NO_UID, Problem, shown


class ClosureSummary(ImportSummary):
    """What a closure import did or would do: created and skipped periods (``pages``
    holds the closure periods created)."""

    def __str__(self):
        return _("%(created)d created, %(skipped)d skipped") % self.counts


def _overlap_note(period, locale):
    """A note when ``period`` overlaps a closure period that is there already, or ""."""
    from events.models import ClosurePeriod

    other = (
        ClosurePeriod.objects.filter(locale=locale, start__lte=period.last, end__gte=period.first)
        .order_by("start", "pk")
        .first()
    )
    if other is None:
        return ""
    return _(
        "overlaps “%(name)s” (%(days)s), which is there already; check whether one of the two "
        "should be deleted"
    ) % {"name": shown(other.name), "days": days_text(other.start, other.end)}


def import_closures(data, *, dry_run=False):
    """Create the closure periods of iCalendar ``data`` (bytes); a :class:`ClosureSummary`.

    Raises :class:`~events.ical.importer.ImportFailed` with every problem;
    then nothing is written.
    """
    from events.models import ClosurePeriod

    message = too_large_message(len(data))
    if message:
        raise ImportFailed([Problem(NO_UID, message)])
    reading = read_closures(data, max_events=conf.import_max_events())
    if reading.problems:
        raise ImportFailed(reading.problems)
    locale = Locale.get_default()
    summary = ClosureSummary(dry_run=dry_run)
    for left_out in reading.skipped:
        summary.add(Entry(left_out.uid, left_out.summary, None, SKIPPED, note=left_out.message))
    new = []
    for period in reading.periods:
        existing = (
            ClosurePeriod.objects.filter(locale=locale, start=period.first, end=period.last)
            .order_by("pk")
            .first()
        )
        if existing is not None:
            note = _("already there as “%(name)s”") % {"name": shown(existing.name)}
            summary.add(
                Entry("", period.name, period.first, SKIPPED, last_date=period.last, note=note)
            )
            continue
        closure = ClosurePeriod(
            locale=locale, name=period.name, start=period.first, end=period.last
        )
        try:
            closure.full_clean()
        except ValidationError as error:
            raise ImportFailed(
                [
                    Problem(
                        NO_UID,
                        _(
                            "The closure period cannot be saved (%(reasons)s); correct the "
                            "entry in your calendar program and export the file again."
                        )
                        % {"reasons": " ".join(error.messages)},
                        period.name,
                    )
                ]
            ) from None
        note = _overlap_note(period, locale)
        summary.add(Entry("", period.name, period.first, CREATED, last_date=period.last, note=note))
        new.append(closure)
    if not dry_run:
        with transaction.atomic():
            for closure in new:
                closure.save()
        summary.pages = new
    return summary
