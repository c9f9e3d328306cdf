"""``manage.py import_closures FILE [--dry-run]``.

Creates closure periods from a school-holiday iCalendar file (see
:mod:`events.ical.closure_import`); periods whose days are there already are skipped.
"""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from events.ical.cli import read_calendar_file, report_failure
from events.ical.closure_import import import_closures
from events.ical.closures import days_text
from events.ical.importer import CREATED, ImportFailed


class Command(BaseCommand):
    help = (
        "Create closure periods in the default language from an iCalendar (.ics) file of "
        "school holidays (one all-day entry per holiday). Periods whose first and last day "
        "are there already are skipped, so the same file can be loaded again."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the .ics file.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only list what would be created and skipped; write nothing.",
        )

    def handle(self, *args, **options):
        path, data = read_calendar_file(options["file"])
        try:
            summary = import_closures(data, dry_run=options["dry_run"])
        except ImportFailed as failure:
            report_failure(self, path, failure)
        for entry in summary.entries:
            days = days_text(entry.first_date, entry.last_date) if entry.first_date else "–"
            outcome = _("created") if entry.outcome == CREATED else _("skipped")
            line = f"{entry.title} ({days}): {outcome}"
            self.stdout.write(f"{line}; {entry.note}" if entry.note else line)
        self.stdout.write(self.style.SUCCESS(str(summary)))
        if summary.dry_run:
            self.stdout.write(_("Dry run: nothing was written."))
