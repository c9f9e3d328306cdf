"""Imported texts made fit for the page's fields (no ORM).

An iCalendar DESCRIPTION is plain text with line breaks (LF, CRLF or a bare
CR) and no length limit. The page keeps it in two places: the one-line
``teaser`` (at most 300 characters) and the rich-text ``body``, whose
database format is ``<p>`` paragraphs with ``<br/>`` line breaks (the form
the editor writes; ``linebreaks`` gives ``<br>``, which the editor cannot
read back).
"""

from __future__ import annotations

import re

from django.utils.html import escape

from cms.text import clean_text

ELLIPSIS = "…"
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def plain(text):
    """``text`` with LF line ends, cleaned as every stored text (``cms.text.clean_text``).

    A paragraph separator (U+2029) starts a new paragraph.
    """
    return clean_text((text or "").replace("\u2029", "\n\n"), multiline=True)


def shorten(text, limit):
    """``text`` cut to at most ``limit`` characters at a word boundary, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - len(ELLIPSIS), 0)]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > len(cut) * 0.8:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def one_line(text, limit):
    """``text`` as a single line of at most ``limit`` characters (for the teaser)."""
    return shorten(" ".join(plain(text).split()), limit)


def paragraphs(text):
    """The paragraphs of ``text`` (split at blank lines), each a list of its lines."""
    text = plain(text)
    if not text:
        return []
    result = []
    for block in _BLANK_LINES.split(text):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            result.append(lines)
    return result


def rich_text(text):
    """``text`` as rich-text HTML: one ``<p>`` per paragraph, ``<br/>`` between lines."""
    return "".join(
        "<p>" + "<br/>".join(escape(line) for line in lines) + "</p>" for lines in paragraphs(text)
    )
