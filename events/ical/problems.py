"""Problems and notes of an import, each one sentence naming its event (no ORM).

A :class:`Problem` stops an import; the same class carries the notes of an
import that went through (an event left out, a description shortened). Its
text names the event by its title (``SUMMARY``), else by its UID, else
"File" for the file as a whole, followed by the message, which says what to
fix. Values taken from the file are shown only through :func:`shown`, so that
no control character, bidi override or pages of garbage reach the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from cms.text import clean_text

#: The UID of problems that concern the whole file.
NO_UID = ""
#: The longest value from the file that a message repeats.
SHOWN_LENGTH = 80


def shown(value, limit=SHOWN_LENGTH):
    """``value`` from the file as a message may repeat it: one clean line, shortened."""
    text = " ".join((clean_text(str(value)) or "").split())
    text = "".join(char for char in text if char.isprintable())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


@dataclass(frozen=True)
class Problem:
    """Something about the event ``uid`` (titled ``summary``) that the editor should know."""

    uid: str
    message: str
    summary: str = ""

    @property
    def label(self):
        """How the message names the event: its title, its UID or the file."""
        title = shown(self.summary)
        if title:
            return _("“%(title)s”") % {"title": title}
        return shown(self.uid) or _("File")

    def __str__(self):
        return _("%(event)s: %(message)s") % {"event": self.label, "message": self.message}
