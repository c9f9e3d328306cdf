from django.core.management.base import BaseCommand

from events import conf
from events.occurrence_table import refresh_all


class Command(BaseCommand):
    help = (
        "Rebuild the occurrence table of all live event pages up to "
        "EVENTS_OCCURRENCE_HORIZON_DAYS ahead. Safe to run at any time; run it daily."
    )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]

        def progress(number, total, page):
            if verbosity >= 2 or (verbosity >= 1 and (number % 100 == 0 or number == total)):
                self.stdout.write(f"{number}/{total} {page.title}")

        total, changed = refresh_all(progress=progress)
        self.stdout.write(
            self.style.SUCCESS(
                f"{total} event page(s), {changed} updated, horizon {conf.horizon_days()} days."
            )
        )
