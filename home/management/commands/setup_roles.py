from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from cms import roles
from cms.params import whole_number


class Command(BaseCommand):
    help = (
        "Create the editors' group (Redaktion) for the German pages and one translators' "
        "group per other language, e.g. “Übersetzung Arabisch”. Safe to run again. "
        "With --network-editor USERNAME PAGE_ID, also let that user edit one network's pages."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--network-editor",
            nargs=2,
            metavar=("USERNAME", "PAGE_ID"),
            help="Give USERNAME the right to edit and publish page PAGE_ID and its subpages only.",
        )

    def handle(self, *args, network_editor=None, **options):
        changes = roles.setup_roles()
        if changes:
            self.stdout.write(f"Roles set up ({changes} permission(s) or group(s) added).")
        else:
            self.stdout.write("Roles were already complete.")
        if network_editor:
            self._grant_network_editor(*network_editor)

    def _grant_network_editor(self, username, page_id):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"There is no user “{username}”; create the account first.")
        number = whole_number(page_id)
        page = Page.objects.filter(pk=number, depth__gt=1).first() if number is not None else None
        if page is None:
            raise CommandError(f"There is no page with ID {page_id}; see the ID in the admin URL.")
        if not roles.is_source_locale(page):
            raise CommandError(f"Page {page_id} is a translation; give the ID of the German page.")
        group = roles.grant_network_editor(user, page)
        self.stdout.write(f"“{username}” may now edit “{page.title}” (group “{group.name}”).")
