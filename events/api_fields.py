"""Typed API fields of the event page (API v2 serialisation, API v3 schema).

Texts come out in the page's own language; dates and times as ISO 8601, an
occurrence's times as wall-clock times in the event's zone with their UTC
offset plus the zone's name, as in the occurrences API.
"""

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone, translation
from pydantic import BaseModel
from rest_framework import serializers

from cms.api_fields import PageValueField, isoformat
from events.occurrence_window import WindowOccurrence
from events.organisers import visible_organiser, visible_organisers
from events.places import place_data

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


class ScheduleField(PageValueField):
    """The schedule as a rule (RRULE, RDATE, EXDATE) with its text for people."""

    def to_representation(self, page) -> EventSchedule:
        series = page.get_series()
        with translation.override(page.locale.language_code):
            text = page.get_schedule_text(today=timezone.localdate())
        return EventSchedule(
            text=text,
            time_zone=page.time_zone,
            start_date=page.start_date.isoformat(),
            start_time=isoformat(page.start_time),
            end_time=isoformat(page.end_time),
            all_day=page.all_day,
            rrule=series.rrule or "",
            rdates=[value.isoformat() for value in series.rdates],
            exdates=[value.isoformat() for value in series.exdates],
            skip_public_holidays=page.skip_public_holidays,
        ).model_dump()


class LocationField(PageValueField):
    """Where the event takes place, with coordinates for maps."""

    def to_representation(self, page) -> EventLocation | None:
        place = place_data(page.location)
        return EventLocation(**place).model_dump() if place else None


class NextDatesField(PageValueField):
    """The next dates from the occurrence table, cancelled ones included."""

    def to_representation(self, page) -> list[EventDate]:
        rows = getattr(page, "api_next_dates", None)  # read for the listing (prepare_listing)
        if rows is None:
            rows = page.occurrences.upcoming(timezone.now())[:NEXT_DATES]
        return [
            EventDate(**WindowOccurrence.from_row(row, page.time_zone).as_api()).model_dump()
            for row in rows
        ]


class OrganiserField(PageValueField):
    """The organising network's page, if any."""

    def to_representation(self, page) -> EventOrganiser | None:
        if hasattr(page, "api_organiser"):  # read for the listing (prepare_listing)
            organiser = page.api_organiser
        else:
            organiser = visible_organiser(page)
        if organiser is None:
            return None
        return EventOrganiser(
            id=organiser.pk, title=organiser.title, url=organiser.get_url()
        ).model_dump()


def prepare_listing(pages):
    """The next dates, the closure periods (named in each page's language) and the
    organisers of an API listing's event pages, read for all of them at once."""
    from events.models import Occurrence, prefetch_closure_periods_worded

    dates = Occurrence.objects.upcoming(timezone.now())[:NEXT_DATES]  # per page (a window)
    prefetch_related_objects(pages, Prefetch("occurrences", dates, to_attr="api_next_dates"))
    prefetch_closure_periods_worded(pages)  # the schedule text names them
    organisers = visible_organisers(pages)
    for page in pages:
        page.api_organiser = organisers.get(page.pk)


class CodeListField(serializers.Field):
    """A list of codes (audience, spoken languages) as a JSON array of strings."""

    def __init__(self, **kwargs):
        kwargs.update(read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, value) -> list[str]:
        return [str(code) for code in value or ()]
