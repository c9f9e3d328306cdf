"""Numbers typed into query strings: ASCII digits only, bounded, never a server error."""

import pytest

from cms.params import ascii_digits, whole_number


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", 12),
        (" 7 ", 7),
        ("0", 0),
        ("9" * 18, int("9" * 18)),
        ("9" * 19, None),  # beyond a 64-bit id
        ("²", None),  # str.isdigit() is true, int() refuses it
        ("١٢", None),  # Arabic-Indic digits: int() would read 12
        ("１２", None),  # full-width digits
        ("-3", None),
        ("1e3", None),
        ("", None),
        (None, None),
    ],
)
def test_whole_number(value, expected):
    assert whole_number(value) == expected


def test_ascii_digits_is_false_for_empty_and_other_scripts():
    assert ascii_digits("2026")
    assert not ascii_digits("")
    assert not ascii_digits("۲۰۲۶")


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["²", "١٢", "9" * 30])
def test_feed_answers_400_for_ids_that_are_not_ascii_numbers(client, value):
    response = client.get("/feeds/events.ics", {"network": value})
    assert response.status_code == 400
    assert "network" in response.content.decode()
