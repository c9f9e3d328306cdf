"""A venue as every output describes it (API v2 and v3, JSON-LD, iCalendar); no ORM.

``location`` is anything with a location's fields (``events.models.Location``).
"""


def coordinates(location):
    """``(latitude, longitude)`` as floats, or ``None`` unless both are known."""
    if location.latitude is None or location.longitude is None:
        return None
    return float(location.latitude), float(location.longitude)


def address_line(location):
    """The address on one line: its lines joined by commas."""
    return ", ".join(line.strip() for line in location.address.splitlines() if line.strip())


def place_text(location):
    """Name and address on one line, as calendar apps show a LOCATION ("" for none)."""
    if location is None:
        return ""
    return ", ".join(part for part in (location.name, address_line(location)) if part)


def place_data(location):
    """The venue's name, address, coordinates and accessibility notes, or ``None``."""
    if location is None:
        return None
    latitude, longitude = coordinates(location) or (None, None)
    return {
        "id": location.pk,
        "name": location.name,
        "address": location.address,
        "latitude": latitude,
        "longitude": longitude,
        "accessibility_notes": location.accessibility_notes,
    }
