"""cms.text: what text may carry, and search queries the backends cannot misparse."""

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cms.text import BIDI_CONTROLS, clean_text, search_query

LRM, RLM, ALM, ZWNJ, ZWJ = "\u200e", "\u200f", "\u061c", "\u200c", "\u200d"
KEPT_MARKS = LRM + RLM + ALM + ZWNJ + ZWJ

#: Characters that must never come out of clean_text (besides \n and \t in multi-line text).
FORBIDDEN = frozenset(
    [chr(c) for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]]
    + ["\u2028", "\u2029"]
    + list(BIDI_CONTROLS)
)

#: Text as people and programs send it: any character, and many of the tricky ones.
tricky = st.sampled_from(
    sorted(FORBIDDEN)
    + list(KEPT_MARKS)
    + ["\r\n", "é", "e\u0301", "ي", "ک", "می\u200cخواهم", "👩\u200d👩\u200d👧", "١٢", '"', "*", " "]
)
texts = st.lists(st.one_of(st.characters(codec="utf-8"), tricky), max_size=40).map("".join)


@given(texts, st.booleans())
def test_clean_text_is_idempotent(value, multiline):
    once = clean_text(value, multiline=multiline)
    assert clean_text(once, multiline=multiline) == once


@given(texts, st.booleans())
def test_clean_text_never_returns_a_forbidden_character(value, multiline):
    allowed = {"\n", "\t"} if multiline else set()
    assert not (set(clean_text(value, multiline=multiline)) & (FORBIDDEN - allowed))


@given(texts)
def test_single_line_text_has_no_line_breaks_and_multiline_text_keeps_them(value):
    assert "\n" not in clean_text(value)
    assert clean_text(f"a{value}\nb", multiline=True).count("\n") >= 1


@given(texts, st.booleans())
def test_clean_text_is_nfc(value, multiline):
    cleaned = clean_text(value, multiline=multiline)
    assert unicodedata.is_normalized("NFC", cleaned)


@given(st.text(alphabet=st.sampled_from("بروليسمقهىاللقاءمیخواهم👍🏽 " + KEPT_MARKS)))
def test_clean_text_keeps_arabic_and_farsi_letters_marks_and_emoji(value):
    assert clean_text(value) == unicodedata.normalize("NFC", value).strip()


@pytest.mark.parametrize(
    ("value", "multiline", "expected"),
    [
        ("Caf\u202ee\r\x00\x0b\u2028", False, "Cafe"),
        ("Zeile 1\r\nZeile 2\rZeile 3\u2029Zeile 4", True, "Zeile 1\nZeile 2\nZeile 3\nZeile 4"),
        ("Zeile 1\r\nZeile 2\u2028", False, "Zeile 1  Zeile 2"),
        ("a\tb", False, "a b"),
        ("a\tb", True, "a\tb"),
        ("\u2066Prohlis\u2069 \u202bist bunt\u202c", False, "Prohlis ist bunt"),
        ("مقهى اللقاء" + RLM, False, "مقهى اللقاء" + RLM),
        ("می\u200cخواهم", False, "می\u200cخواهم"),
        ("Cafe\u0301", False, "Café"),
        ("x\x85y\x9fz\x7f", False, "x yz"),
        (None, False, None),
    ],
)
def test_clean_text_examples(value, multiline, expected):
    assert clean_text(value, multiline=multiline) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"Begegnungscafé', "Begegnungscafé"),
        ("Begegnungscafé AND", "Begegnungscafé"),
        ("NEAR(Deutschtreff Begegnungscafé)", "Deutschtreff Begegnungscafé"),
        ("title:Deutschtreff^2", "title Deutschtreff 2"),
        ("-Deutschtreff*", "Deutschtreff"),
        ("OR NOT ( ) * ^ : -", ""),
        ("Cafe\u0301 \u202eمقهى", "Café مقهى"),
        ("and or", "and or"),  # lower-case words are words, not operators
        ("", ""),
        (None, ""),
    ],
)
def test_search_query_examples(value, expected):
    assert search_query(value) == expected


@given(texts)
def test_search_query_is_plain_bounded_words(value):
    query = search_query(value)
    assert query == query.strip() and "  " not in query
    assert not set(query) & set('"*^():{}\\') and not set(query) & FORBIDDEN
    assert len(query) <= 200 and len(query.split()) <= 20
    assert not {"AND", "OR", "NOT", "NEAR"} & set(query.split())


@pytest.mark.django_db
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(value=texts)
def test_search_never_fails_on_the_real_database(search_pages, value):
    from wagtail.models import Page

    query = search_query(value)
    if query:
        list(Page.objects.live().search(query))
        list(Page.objects.live().search(query, operator="or"))


@pytest.fixture
def search_pages(db):
    """A few indexed pages, so that every query is really run against the index."""
    from tests.factories import make_demo_home

    return make_demo_home()
