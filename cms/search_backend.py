"""The search backend: Wagtail's database backend, given plain words only.

Every search of the site goes through it — public search, both APIs, the
admin's page, snippet, image and document searches and its choosers — so
quotes, FTS operators and stray punctuation typed anywhere reach SQLite's
FTS5 or PostgreSQL's tsquery as words (:func:`cms.text.search_query`),
never as syntax that makes the database fail.
"""

from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import Phrase, PlainText

from cms.text import search_query


def plain_words(query):
    """``query`` (a string or a plain-text/phrase query) with only plain words left."""
    if isinstance(query, str):
        return search_query(query)
    if isinstance(query, PlainText):
        return PlainText(
            search_query(query.query_string), operator=query.operator, boost=query.boost
        )
    if isinstance(query, Phrase):
        return Phrase(search_query(query.query_string))
    return query


class PlainWordsMixin:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        query = plain_words(query)
        if isinstance(query, PlainText | Phrase) and not query.query_string:
            query = ""
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)


_classes = {}


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    """The database backend for the current database, with :class:`PlainWordsMixin`."""
    base = type(database_backend(params))
    if base not in _classes:
        _classes[base] = type(f"PlainWords{base.__name__}", (PlainWordsMixin, base), {})
    return _classes[base](params)
