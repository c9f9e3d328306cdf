from events.models.occurrences import Occurrence
from events.models.pages import AUDIENCE_CHOICES, EventIndexPage, EventPage
from events.models.schedule import EventException, EventExtraDate
from events.models.snippets import (
    Category,
    ClosurePeriod,
    Location,
    prefetch_closure_periods_worded,
)

__all__ = [
    "AUDIENCE_CHOICES",
    "Category",
    "ClosurePeriod",
    "EventException",
    "EventExtraDate",
    "EventIndexPage",
    "EventPage",
    "Location",
    "Occurrence",
    "prefetch_closure_periods_worded",
]
