"""The search backend: Wagtail's database backend, given plain, folded words only.

Every search of the site goes through it — public search, both APIs, the
admin's page, snippet, image and document searches and its choosers — so
quotes, FTS operators and stray punctuation typed anywhere reach SQLite's
FTS5 or PostgreSQL's tsquery as words (:func:`cms.text.search_query`),
never as syntax that makes the database fail.

On SQLite and PostgreSQL the index and the queries are also *folded*
(:func:`fold`): lower case, without accents and with the letters people
type in more than one way written one way, so "cafe" finds "Café", "NAHC"
finds "Nähcafé", "isik" finds "Işık" and a Farsi yeh finds an Arabic one,
the same on both databases. An autocomplete query, and one of
``search_beginnings()``, takes every word as a word or the beginning of one
("deutschtr" finds "Deutschtreff").

:func:`matching` is what the site search uses: word beginnings anywhere
(``search_beginnings()``) or in the titles (``autocomplete()``).
"""

import re
import unicodedata

from django.db.models import BooleanField, Case, Q, Value, When
from modelsearch.backends import get_search_backend
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText

from cms.text import search_query

ZWNJ = "\u200c"

#: Format characters that separate words: zero width space, LRM, RLM, ALM.
_SEPARATING_FORMATS = frozenset("\u200b\u200e\u200f\u061c")

#: Letters typed in more than one way, written one way: Turkish dotless i; Farsi
#: yeh, alef maksura and Farsi kaf as the Arabic letters. Tatweel only stretches
#: a word and goes.
_LETTERS = {"ı": "i", "ی": "ي", "ى": "ي", "ک": "ك", "\u0640": ""}

_WORD_WITH_ZWNJ = re.compile(rf"\S*{ZWNJ}\S*")


def fold(text):
    """``text`` in the one spelling the index and the queries share (no ORM).

    Compatibility forms are decomposed (ligatures, full-width and presentation
    forms), case is folded (also "ß" to "ss", "İ" to "i"), combining marks go
    (accents, Arabic harakat, the hamza over alef), every decimal digit becomes
    0-9, soft hyphens and joiners go and the letters in ``_LETTERS`` are
    unified. The zero-width non-joiner (Farsi) is kept; see :func:`fold_query`
    and :func:`fold_indexed`.
    """
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    out = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Mn":
            continue
        if category == "Nd":
            out.append(str(unicodedata.decimal(char)))
        elif category == "Cf":
            out.append(" " if char in _SEPARATING_FORMATS else ZWNJ if char == ZWNJ else "")
        else:
            out.append(_LETTERS.get(char, char))
    return unicodedata.normalize("NFC", "".join(out))


def fold_indexed(text):
    """Folded text to index: a word with a ZWNJ also as its parts and as one word.

    Farsi is typed with the non-joiner, a space or neither ("می‌خواهم",
    "می خواهم", "میخواهم"); each of them then finds the word.
    """
    text = fold(text)
    if ZWNJ not in text:
        return text
    return _WORD_WITH_ZWNJ.sub(
        lambda word: f"{word[0].replace(ZWNJ, ' ')} {word[0].replace(ZWNJ, '')}", text
    )


def fold_query(text):
    """Plain words (:func:`cms.text.search_query`), folded, and plain words again.

    Decomposing can bring back query syntax (a full-width quote becomes ``"``),
    so the folded text is reduced to plain words once more; upper-case
    operator words are gone by then, so "and" typed as a word stays.
    """
    return search_query(fold(search_query(text)).replace(ZWNJ, " "))


def plain_words(query, clean=search_query):
    """``query`` (a string or a query object) with only plain words left.

    Plain-text and phrase queries keep their kind, operator and boost; the
    subqueries of ``And``, ``Or``, ``Not`` and ``Boost`` are cleaned too and
    those without words dropped. A query without any word left is ``""``.
    """
    if isinstance(query, str):
        return clean(query)
    if isinstance(query, PlainText):
        words = clean(query.query_string)
        return PlainText(words, operator=query.operator, boost=query.boost) if words else ""
    if isinstance(query, Phrase):
        words = clean(query.query_string)
        return Phrase(words) if words else ""
    if isinstance(query, And | Or):
        parts = [part for part in (plain_words(q, clean) for q in query.subqueries) if part != ""]
        if not parts:
            return ""
        return parts[0] if len(parts) == 1 else type(query)(parts)
    if isinstance(query, Not | Boost):
        inner = plain_words(query.subquery, clean)
        if inner == "":
            return ""
        return Not(inner) if isinstance(query, Not) else Boost(inner, query.boost)
    return query


def each_word_a_beginning(query, operator=None):
    """An autocomplete query in which every word, not only the last, may be a beginning.

    The database backends take only the last word of a plain-text query as a
    prefix; one plain-text query per word makes each word its own last word.
    """
    if isinstance(query, str):
        query = PlainText(query, operator=operator or PlainText.DEFAULT_OPERATOR)
    if isinstance(query, PlainText):
        words = query.query_string.split()
        if len(words) > 1:
            parts = [PlainText(word, boost=query.boost) for word in words]
            return And(parts) if query.operator == "and" else Or(parts)
    return query


def _folding_index(index_class, indexer_class, columns):
    """``index_class`` that rewrites its entries' ``columns`` from folded texts after adding.

    The database backends build the entries from each object's search fields
    (``indexer_class``); a subclass of that indexer folds every value, and its
    texts or vectors replace the ones just written, one update per object.
    """

    class FoldingIndexer(indexer_class):
        def prepare_value(self, value):
            return fold_indexed(super().prepare_value(value))

    class FoldingIndex(index_class):
        def add_items(self, model, objs):
            objs = list(objs)
            super().add_items(model, objs)
            if not objs or not model.get_search_fields():
                return
            from modelsearch.utils import get_content_type_pk

            entries = self.entries.filter(content_type_id=get_content_type_pk(model))
            for obj in objs:
                indexer = FoldingIndexer(obj, self.backend)
                values = {column: getattr(indexer, column) for column in columns}
                entries.filter(object_id=indexer.id).update(**values)

    FoldingIndex.__name__ = f"Folding{index_class.__name__}"
    return FoldingIndex


def _folding_attributes(base):
    """Class attributes that make the database backend ``base`` fold its index."""
    if base.__name__ == "SQLiteSearchBackend":
        from modelsearch.backends.database.sqlite import sqlite as module

        columns = ("title", "autocomplete", "body")
    elif base.__name__ == "PostgresSearchBackend":
        from modelsearch.backends.database.postgres import postgres as module

        columns = ("title", "autocomplete", "body", "title_text", "body_text")
    else:
        return {"folds": False}
    index_class = _folding_index(base.index_class, module.ObjectIndexer, columns)
    return {"folds": True, "index_class": index_class}


class PlainWordsMixin:
    #: Whether the index holds folded text (so that queries are folded too).
    folds = False
    #: The query compiler of :meth:`search_beginnings` (set per database backend).
    beginnings_query_compiler_class = None

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        query = plain_words(query, fold_query if self.folds else search_query)
        if query != "" and query_compiler_class in (
            self.autocomplete_query_compiler_class,
            self.beginnings_query_compiler_class,
        ):
            query = each_word_a_beginning(query, kwargs.get("operator"))
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)

    def search_beginnings(self, query, model_or_queryset, fields=None, operator=None):
        """Like ``search()``, but every word may also be the beginning of a longer word."""
        return self._search(
            self.beginnings_query_compiler_class,
            query,
            model_or_queryset,
            fields=fields,
            operator=operator,
            order_by_relevance=False,
        )


_classes = {}


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    """The database backend for the current database, with :class:`PlainWordsMixin`.

    PostgreSQL indexes with the ``simple`` text search configuration unless
    ``SEARCH_CONFIG`` says otherwise: words are not stemmed, as on SQLite,
    instead of the server's default language (often English) being applied
    to every language of the site.
    """
    params = {"SEARCH_CONFIG": "simple", **params}
    base = type(database_backend(params))
    if base not in _classes:
        attributes = _folding_attributes(base)
        attributes["beginnings_query_compiler_class"] = type(
            f"Beginnings{base.query_compiler_class.__name__}",
            (base.query_compiler_class,),
            {"LAST_TERM_IS_PREFIX": True},
        )
        _classes[base] = type(f"PlainWords{base.__name__}", (PlainWordsMixin, base), attributes)
    return _classes[base](params)


def matching(queryset, text):
    """The objects of ``queryset`` that ``text`` finds, annotated with ``begins_title``.

    An object is found when each of the words is a word, or the beginning of
    one, of its searchable fields (:meth:`PlainWordsMixin.search_beginnings`:
    titles and body text, stemmed on PostgreSQL) or of its autocomplete fields,
    the title for pages (``autocomplete()``, never stemmed). ``begins_title``
    is true for the latter. Both searches become subqueries of one query;
    nothing is run here.
    """
    if not fold_query(text):
        return queryset.none().annotate(begins_title=Value(False, output_field=BooleanField()))
    backend = get_search_backend()
    words = backend.search_beginnings(text, queryset).get_queryset()
    beginnings = backend.autocomplete(text, queryset, order_by_relevance=False).get_queryset()
    in_title = Q(pk__in=beginnings.values("pk"))
    return queryset.filter(Q(pk__in=words.values("pk")) | in_title).annotate(
        begins_title=Case(
            When(in_title, then=Value(True)), default=Value(False), output_field=BooleanField()
        )
    )
