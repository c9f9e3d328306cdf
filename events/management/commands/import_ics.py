"""``manage.py import_ics FILE [--index PAGE_ID]``: import an iCalendar file as event pages."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from events.ical.importer import ImportFailed, import_calendar


class Command(BaseCommand):
    help = (
        "Create or update event pages from an iCalendar (.ics) file, matched by UID. "
        "All or nothing: a bad file lists its problems and writes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the .ics file.")
        parser.add_argument(
            "--index",
            type=int,
            help="Page id of the event index (default: the first one of the default language).",
        )

    def handle(self, *args, **options):
        from events.models import EventIndexPage

        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(
                _("Cannot read %(path)s: %(reason)s.") % {"path": path, "reason": error.strerror}
            ) from None
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
            summary = import_calendar(data, index, progress=progress)
        except ImportFailed as failure:
            for problem in failure.problems:
                self.stderr.write(str(problem))
            count = len(failure.problems)
            message = ngettext(
                "%(path)s: %(count)d problem, nothing was imported.",
                "%(path)s: %(count)d problems, nothing was imported.",
                count,
            )
            raise CommandError(message % {"path": path, "count": count}) from None
        for note in summary.notes:
            self.stdout.write(note)
        self.stdout.write(self.style.SUCCESS(str(summary)))
