import importlib
import importlib.util

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from home import demo
from home.models import HomePage


class Command(BaseCommand):
    help = (
        "Load the demo content: locales, site, home page and its translations, "
        "and the networks and events of the installed apps. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page.",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site already has content; demo not loaded.")
            return
        with transaction.atomic():
            home, changed = demo.load(self.stdout)
            for label in ("networks", "events"):
                if apps.is_installed(label) and importlib.util.find_spec(f"{label}.demo"):
                    module = importlib.import_module(f"{label}.demo")
                    changed = module.load(home, self.stdout) or changed
        if changed:
            self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        else:
            self.stdout.write("Demo content was already complete; nothing new was created.")
