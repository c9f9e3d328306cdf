"""What ``import_ics`` and ``import_closures`` share: reading the file, reporting a failure."""

from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from events.ical.importer import too_large_message


def read_calendar_file(name):
    """``(path, bytes)`` of the file ``name``; the size is checked before it is read."""
    path = Path(name)
    try:
        message = too_large_message(path.stat().st_size)
        if message:
            raise CommandError(f"{path}: {message}")
        return path, path.read_bytes()
    except OSError as error:
        raise CommandError(
            _("Cannot read %(path)s: %(reason)s.") % {"path": path, "reason": error.strerror}
        ) from None


def report_failure(command, path, failure):
    """Write every problem of ``failure`` (an ImportFailed) and stop the command."""
    for problem in failure.problems:
        command.stderr.write(str(problem))
    count = len(failure.problems)
    message = ngettext(
        "%(path)s: %(count)d problem, nothing was imported.",
        "%(path)s: %(count)d problems, nothing was imported.",
        count,
    )
    raise CommandError(message % {"path": path, "count": count}) from None
