"""``manage.py import_ics FILE [--index PAGE_ID] [--overwrite-local-changes] [--recreate-deleted]
[--dry-run]``.

Imports an iCalendar file as event pages (see :mod:`events.ical.importer`).
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from events.ical.cli import read_calendar_file, report_failure
from events.ical.importer import (
    CHANGED_HERE,
    DELETED_HERE,
    ImportFailed,
    import_calendar,
)


class Command(BaseCommand):
    help = (
        "Create or update event pages from an iCalendar (.ics) file, matched by UID. "
        "All or nothing: a bad file lists its problems and writes nothing. Series changed "
        "or deleted here after their import are left alone unless told otherwise."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the .ics file.")
        parser.add_argument(
            "--index",
            type=int,
            help="Page id of the event index (default: the first one of the default language).",
        )
        parser.add_argument(
            "--overwrite-local-changes",
            action="store_true",
            help="Replace series that editors changed here since their last import with the file.",
        )
        parser.add_argument(
            "--recreate-deleted",
            action="store_true",
            help="Create series again that editors deleted here after their import.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only say what the import would create, update and skip; write nothing.",
        )

    def handle(self, *args, **options):
        from events.models import EventIndexPage

        path, data = read_calendar_file(options["file"])
        index = None
        if options["index"] is not None:
            index = EventIndexPage.objects.filter(pk=options["index"]).first()
            if index is None:
                raise CommandError(
                    _("There is no event index with the id %(id)s.") % {"id": options["index"]}
                )
        verbosity = options["verbosity"]

        def progress(number, total, uid, outcome):
            if verbosity >= 2 or (verbosity >= 1 and (number % 50 == 0 or number == total)):
                self.stdout.write(f"[{number}/{total}] {uid}: {outcome}")

        try:
            summary = import_calendar(
                data,
                index,
                progress=progress,
                overwrite_local_changes=options["overwrite_local_changes"],
                recreate_deleted=options["recreate_deleted"],
                dry_run=options["dry_run"],
            )
        except ImportFailed as failure:
            report_failure(self, path, failure)
        for note in summary.notes:
            self.stdout.write(note)
        self.stdout.write(self.style.SUCCESS(str(summary)))
        if options["dry_run"]:
            self.stdout.write(_("Dry run: nothing was written."))
        if summary.counts[CHANGED_HERE]:
            self.stdout.write(
                _("To replace what was changed here with the file, add --overwrite-local-changes.")
            )
        if summary.counts[DELETED_HERE]:
            self.stdout.write(_("To create the series deleted here again, add --recreate-deleted."))
