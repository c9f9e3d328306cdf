"""Reading numbers that people and programs type into query strings and forms."""


def ascii_digits(value):
    """True for a non-empty run of the digits 0-9 only.

    ``str.isdigit()`` is also true for "²" and "١٢", which ``int()`` refuses or
    reads as another number; ids and page sizes are written in ASCII digits.
    """
    return bool(value) and value.isascii() and value.isdigit()


def whole_number(value, max_digits=18):
    """``value`` (a string) as an int when it is ASCII digits of at most ``max_digits``, else None.

    18 digits fit every 64-bit database id.
    """
    value = (value or "").strip()
    return int(value) if ascii_digits(value) and len(value) <= max_digits else None
