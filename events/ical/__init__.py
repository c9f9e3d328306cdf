"""iCalendar interop: build feeds from series and read series from .ics files.

``export`` and ``parse`` are pure (no ORM); ``importer`` and the feed views
connect them to the event pages.
"""
