"""Typed API fields of the event page (API v2 serialisation, API v3 schema).

Texts come out in the page's own language; dates and times as ISO 8601, an
occurrence's times as wall-clock times in the event's zone with their UTC
offset plus the zone's name, as in the occurrences API.
"""

from django.utils import timezone, translation
from pydantic import BaseModel
from rest_framework import serializers

from cms.visibility import is_visible
from events.occurrence_window import WindowOccurrence

#: How many upcoming dates an event page item carries.
NEXT_DATES = 5


class EventSchedule(BaseModel):
    text: str
    time_zone: str
    start_date: str
    start_time: str | None
    end_time: str | None
    all_day: bool
    rrule: str
    rdates: list[str]
    exdates: list[str]
    skip_public_holidays: bool


class EventLocation(BaseModel):
    id: int
    name: str
    address: str
    latitude: float | None
    longitude: float | None
    accessibility_notes: str


class EventDate(BaseModel):
    start: str
    end: str
    all_day: bool
    timezone: str
    status: str
    note: str


class EventOrganiser(BaseModel):
    id: int
    title: str
    url: str | None


def _iso(value):
    return value.isoformat() if value is not None else None


class _PageField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)


class ScheduleField(_PageField):
    """The schedule as a rule (RRULE, RDATE, EXDATE) with its text for people."""

    def to_representation(self, page) -> EventSchedule:
        series = page.get_series()
        with translation.override(page.locale.language_code):
            text = page.get_schedule_text(today=timezone.localdate())
        return EventSchedule(
            text=text,
            time_zone=page.time_zone,
            start_date=page.start_date.isoformat(),
            start_time=_iso(page.start_time),
            end_time=_iso(page.end_time),
            all_day=page.all_day,
            rrule=series.rrule or "",
            rdates=[value.isoformat() for value in series.rdates],
            exdates=[value.isoformat() for value in series.exdates],
            skip_public_holidays=page.skip_public_holidays,
        ).model_dump()


class LocationField(_PageField):
    """Where the event takes place, with coordinates for maps."""

    def to_representation(self, page) -> EventLocation | None:
        location = page.location
        if location is None:
            return None
        return EventLocation(
            id=location.pk,
            name=location.name,
            address=location.address,
            latitude=float(location.latitude) if location.latitude is not None else None,
            longitude=float(location.longitude) if location.longitude is not None else None,
            accessibility_notes=location.accessibility_notes,
        ).model_dump()


class NextDatesField(_PageField):
    """The next dates from the occurrence table, cancelled ones included."""

    def to_representation(self, page) -> list[EventDate]:
        rows = page.occurrences.filter(end_utc__gte=timezone.now()).order_by("start_utc", "pk")
        return [
            EventDate(**WindowOccurrence.from_row(row, page.time_zone).as_api()).model_dump()
            for row in rows[:NEXT_DATES]
        ]


class OrganiserField(_PageField):
    """The organising network's page, if any."""

    def to_representation(self, page) -> EventOrganiser | None:
        organiser = page.organiser
        if organiser is not None:
            organiser = organiser.get_translation_or_none(page.locale_id) or organiser
        if not is_visible(organiser):
            return None
        return EventOrganiser(
            id=organiser.pk, title=organiser.title, url=organiser.get_url()
        ).model_dump()


class CodeListField(serializers.Field):
    """A list of codes (audience, spoken languages) as a JSON array of strings."""

    def __init__(self, **kwargs):
        kwargs.update(read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, value) -> list[str]:
        return [str(code) for code in value or ()]
