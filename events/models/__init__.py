from events.models.occurrences import Occurrence
from events.models.pages import AUDIENCE_CHOICES, EventIndexPage, EventPage
from events.models.schedule import EventException, EventExtraDate
from events.models.snippets import (
    Category,
    ClosurePeriod,
    Location,
    closure_periods_worded_in,
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
    "closure_periods_worded_in",
]
