import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Make sure a local admin account exists. On first creation, print its user "
        "name and a generated password, and keep the password in var/admin-password.txt."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Admin account “{username}” exists.")
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        secret_file = Path(settings.VAR_DIR) / "admin-password.txt"
        secret_file.parent.mkdir(parents=True, exist_ok=True)
        secret_file.write_text(f"{username}\n{password}\n", encoding="utf-8")
        secret_file.chmod(0o600)
        self.stdout.write(self.style.SUCCESS(f"Created admin account “{username}”."))
        self.stdout.write(f"  user name: {username}\n  password:  {password}")
        self.stdout.write(f"  (kept in {secret_file})")
