"""Text that people type, made safe to store, show and search (no ORM).

:func:`clean_text` removes the characters that have no place in a title or a
paragraph: control characters (a bare CR breaks an iCalendar line, NUL is
refused by PostgreSQL), the line and paragraph separators U+2028/U+2029, and
the bidi overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069)
that can make a text display as something else. The marks that Arabic and
Farsi need are kept: LRM U+200E, RLM U+200F, ALM U+061C, ZWNJ U+200C and
ZWJ U+200D.

:func:`search_query` turns any text into words that the search backends
(SQLite FTS5, PostgreSQL) take as plain words, never as query syntax.
"""

import re
import unicodedata

#: Characters that end a line: a newline in multi-line text, a space otherwise.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

#: Bidi embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

#: C0 controls, DEL and C1 controls.
CONTROL_CHARACTERS = "".join(map(chr, [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]))


def _table(line_break, tab):
    table = dict.fromkeys(map(ord, CONTROL_CHARACTERS + BIDI_CONTROLS))
    table.update(dict.fromkeys(map(ord, LINE_BREAKS), line_break))
    table[ord("\t")] = tab
    return table


_SINGLE_LINE = _table(" ", " ")
_MULTILINE = _table("\n", "\t")
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(value, *, multiline=False):
    """``value`` without control, separator and bidi-override characters, in NFC.

    Single-line text gets a space for each line break or tab; multi-line
    text keeps tabs and gets a newline for each line break (CRLF is one).
    Leading and trailing whitespace is stripped, as Django's form fields do.
    ``None`` and non-strings are returned unchanged.
    """
    if not isinstance(value, str):
        return value
    if multiline:
        value = value.replace("\r\n", "\n").translate(_MULTILINE)
    else:
        value = value.translate(_SINGLE_LINE)
    value = _SURROGATES.sub("", value)
    return unicodedata.normalize("NFC", value).strip()


#: Longest query passed to the search backend, in characters.
MAX_QUERY_LENGTH = 200
#: Most words passed to the search backend.
MAX_QUERY_WORDS = 20

#: Query syntax of SQLite FTS5 (``"*^():{}+``) and PostgreSQL tsquery (``&|!<>'\``).
_SYNTAX = re.compile(r"""["*^():{}+&|!<>\\'`\[\];,]""")
#: Operator words of SQLite FTS5 (they are case-sensitive there).
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def search_query(value):
    """Any text as space-separated plain words for ``search()``; "" when no word is left.

    Wagtail's database backends quote every word of a plain-text query, but
    a ``"`` inside a word still ends SQLite's quoted string (a syntax error),
    and an empty or blank query fails to compile. So the text is cleaned,
    query punctuation becomes a space, leading hyphens (exclusion in other
    search syntaxes) go, FTS operator words are dropped, and length and
    number of words are bounded. Words stay in the language and script they
    were typed in (NFC, so a decomposed "é" finds the stored one).
    """
    text = _SYNTAX.sub(" ", clean_text(value or "")[: MAX_QUERY_LENGTH * 2])
    words = []
    for word in text.split():
        word = word.lstrip("-")
        if word and word not in _OPERATORS:
            words.append(word)
    return " ".join(words[:MAX_QUERY_WORDS])[:MAX_QUERY_LENGTH].strip()
