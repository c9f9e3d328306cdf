from datetime import timedelta

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from networks import conf
from networks.models import VolunteerSubmission


class Command(BaseCommand):
    help = (
        "Delete the volunteer sign-ups (of volunteer sign-up forms only) that are older than "
        "NETWORKS_VOLUNTEER_RETENTION_DAYS (default 180). Safe to run at any time; run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only say how many sign-ups would be deleted.",
        )

    def handle(self, *args, dry_run=False, **options):
        try:
            days = conf.volunteer_retention_days()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from None
        cutoff = timezone.now() - timedelta(days=days)
        old = VolunteerSubmission.objects.filter(submit_time__lt=cutoff)
        if dry_run:
            count = old.count()
            self.stdout.write(
                f"{count} volunteer sign-up(s) older than {days} days would be deleted "
                f"(dry run, nothing deleted)."
            )
            return
        count = old.delete()[1].get(VolunteerSubmission._meta.label, 0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {count} volunteer sign-up(s) older than {days} days "
                f"(submitted before {timezone.localtime(cutoff):%Y-%m-%d %H:%M})."
            )
        )
