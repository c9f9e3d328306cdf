"""One description of a venue for every output (events.places), no database needed."""

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

from events.jsonld import schema_place
from events.places import address_line, coordinates, place_data, place_text
from events.recurrence import Series


@dataclass
class Venue:
    name: str = "Palitzschhof"
    address: str = "Gamigstraße 24\r\n01239 Dresden\n"
    latitude: Decimal | None = Decimal("51.001234")
    longitude: Decimal | None = Decimal("13.801234")
    accessibility_notes: str = "Stufenlos"
    pk: int = 7


def test_the_address_on_one_line_whatever_the_line_ends():
    assert address_line(Venue()) == "Gamigstraße 24, 01239 Dresden"
    assert place_text(Venue()) == "Palitzschhof, Gamigstraße 24, 01239 Dresden"
    assert place_text(Venue(address="")) == "Palitzschhof"


def test_coordinates_only_when_both_are_known():
    assert coordinates(Venue()) == (51.001234, 13.801234)
    assert coordinates(Venue(longitude=None)) is None
    assert place_data(Venue(latitude=None))["latitude"] is None
    assert place_data(Venue(latitude=None))["longitude"] is None


def test_every_output_starts_from_the_same_data():
    data = place_data(Venue())
    assert data == {
        "id": 7,
        "name": "Palitzschhof",
        "address": "Gamigstraße 24\r\n01239 Dresden\n",
        "latitude": 51.001234,
        "longitude": 13.801234,
        "accessibility_notes": "Stufenlos",
    }
    assert place_data(None) is None
    place = schema_place(Venue())
    assert place["address"]["streetAddress"] == address_line(Venue())
    assert (place["geo"]["latitude"], place["geo"]["longitude"]) == coordinates(Venue())
    assert "geo" not in schema_place(Venue(latitude=None))
    assert "address" not in schema_place(Venue(address=""))


def test_the_end_of_the_first_date():
    monday = date(2027, 3, 1)
    timed = Series(dtstart=monday, start_time=time(15), end_time=time(17, 30))
    assert timed.first_end.isoformat() == "2027-03-01T17:30:00"
    overnight = Series(dtstart=monday, start_time=time(22), end_time=time(2), duration_days=1)
    assert overnight.first_end.isoformat() == "2027-03-02T02:00:00"
    assert Series(dtstart=monday, start_time=time(15)).first_end is None
    festival = Series(dtstart=monday, all_day=True, duration_days=2)
    assert festival.first_end == date(2027, 3, 4)  # exclusive: the day after the third day


def test_series_without_a_zone_are_in_the_sites_zone(settings):
    from events.ical.parse import parse_calendar
    from events.schedule import ScheduleValues

    settings.TIME_ZONE = "Europe/Vienna"
    assert Series(dtstart=date(2027, 3, 1), start_time=time(15)).tz == "Europe/Vienna"
    assert ScheduleValues().time_zone == "Europe/Vienna"
    floating = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//\r\nBEGIN:VEVENT\r\nUID:a@t\r\n"
        "DTSTART:20270301T150000\r\nDTEND:20270301T170000\r\nSUMMARY:Café\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (event,) = parse_calendar(floating).events
    assert event.series.tz == "Europe/Vienna"
