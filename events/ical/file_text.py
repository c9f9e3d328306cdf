"""From uploaded bytes to iCalendar text, or the one sentence saying why not (no ORM).

Before ``icalendar`` sees a file, :func:`calendar_text` makes sure it is
text that starts like a calendar: empty files, images, binary data and
files in another encoding than UTF-8 (UTF-16 with or without a byte order
mark is read, as some programs write it) are refused with a message for the
editor. When ``icalendar`` then cannot read the text, :func:`broken_line`
finds the first line it stumbles over and the event it belongs to, so the
message can point there instead of repeating the parser's words.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from django.utils.translation import gettext as _
from icalendar.parser import Contentline

#: Byte order marks and their encodings (UTF-32 before UTF-16: it starts alike).
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
START = "BEGIN:VCALENDAR"


class FileError(Exception):
    """The file as a whole cannot be read; the message is for the editor."""


def empty_message():
    return _(
        "The file is empty; choose the calendar file (.ics) that your calendar program exported."
    )


def not_a_calendar_message():
    return _(
        "This is not a calendar file (iCalendar, .ics); export the calendar from your calendar "
        "program as an .ics file and upload that file."
    )


def _encoding(data):
    """(encoding, bytes without the byte order mark)."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return encoding, data[len(mark) :]
    if data[:4] == b"B\x00E\x00":
        return "utf-16-le", data
    if data[:4] == b"\x00B\x00E":
        return "utf-16-be", data
    return "utf-8", data


def _looks_like_a_calendar(text):
    return text.lstrip()[: len(START)].upper() == START


def calendar_text(data):
    """``data`` (bytes or str) as text that starts with ``BEGIN:VCALENDAR``; raise FileError."""
    if isinstance(data, str):
        text = data
    else:
        encoding, data = _encoding(bytes(data))
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            if not _looks_like_a_calendar(data.decode(encoding, "replace")):
                raise FileError(not_a_calendar_message()) from None
            raise FileError(
                _(
                    "The file is not saved in the UTF-8 encoding; export or save it again as "
                    "UTF-8 and upload it once more."
                )
            ) from None
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise FileError(empty_message())
    if not _looks_like_a_calendar(text):
        raise FileError(not_a_calendar_message())
    return text


@dataclass(frozen=True)
class BrokenLine:
    """The first line ``icalendar`` cannot read, and the event around it."""

    number: int
    uid: str = ""
    summary: str = ""


def _logical_lines(text):
    """(number of the first physical line, unfolded line) for each content line."""
    lines = []
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + line[1:])
        elif line.strip():
            lines.append((number, line))
    return lines


def _parts(line):
    try:
        return Contentline(line).parts()
    except (ValueError, IndexError, KeyError, TypeError):
        return None


def broken_line(text):
    """The first unreadable line of ``text`` (a :class:`BrokenLine`), or None."""
    broken = None
    uid = summary = ""
    in_event = False
    for number, line in _logical_lines(text):
        parts = _parts(line)
        if parts is None:
            if broken is None:
                broken = number
                if not in_event:
                    return BrokenLine(number)
            continue
        name, _params, value = parts
        name, value = name.upper(), str(value)
        if name == "BEGIN" and value.upper() == "VEVENT":
            in_event, uid, summary = True, "", ""
        elif name == "END" and value.upper() == "VEVENT":
            if broken is not None:
                return BrokenLine(broken, uid, summary)
            in_event = False
        elif in_event and name == "UID":
            uid = value
        elif in_event and name == "SUMMARY":
            summary = value
    return BrokenLine(broken, uid, summary) if broken is not None else None


def unreadable_message(text):
    """(uid, summary, message) for text that ``icalendar`` refused as a whole."""
    line = broken_line(text)
    if line is None:
        return (
            "",
            "",
            _(
                "The file is incomplete or holds several calendars (its BEGIN and END lines do "
                "not match); export the calendar again as one .ics file."
            ),
        )
    return (
        line.uid,
        line.summary,
        _(
            "Line %(line)d of the file cannot be read; export the calendar again or correct "
            "this line in a text editor."
        )
        % {"line": line.number},
    )
