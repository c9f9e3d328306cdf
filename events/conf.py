"""The events app's settings, each with a default (``EVENTS_*``)."""

from django.conf import settings


def get(name, default):
    """``settings.EVENTS_<name>``, or ``default`` when unset or Django is not configured
    (the pure modules, such as the recurrence core, stay usable without a project)."""
    if not settings.configured:
        return default
    return getattr(settings, f"EVENTS_{name}", default)


def time_zone():
    """The zone of events that name none: ``settings.TIME_ZONE`` (``Europe/Berlin``
    where Django is not configured, for the pure modules)."""
    return settings.TIME_ZONE if settings.configured else "Europe/Berlin"


def index_parent_page_types():
    """Where an event index may be created (``EVENTS_INDEX_PARENT_PAGE_TYPES``, e.g.
    ``["home.HomePage"]``); ``None``, the default, allows any parent."""
    return get("INDEX_PARENT_PAGE_TYPES", None)


def time_format():
    """How times are written (``EVENTS_TIME_FORMAT``, a Django format, default ``"H:i"``)."""
    return get("TIME_FORMAT", "H:i")


def max_occurrences():
    """Most dates one series expands to in one window (``EVENTS_MAX_OCCURRENCES``)."""
    return int(get("MAX_OCCURRENCES", 5000))


def holiday_region():
    """``(country, subdivision)`` whose public holidays a series may skip
    (``EVENTS_HOLIDAY_COUNTRY``, default ``"DE"``; ``EVENTS_HOLIDAY_SUBDIVISION``,
    default ``"SN"``, Saxony)."""
    return get("HOLIDAY_COUNTRY", "DE"), get("HOLIDAY_SUBDIVISION", "SN")


def horizon_days():
    """How far ahead the occurrence table reaches (``EVENTS_OCCURRENCE_HORIZON_DAYS``)."""
    return int(get("OCCURRENCE_HORIZON_DAYS", 550))


def past_days():
    """How far back the occurrence table keeps dates (``EVENTS_OCCURRENCE_PAST_DAYS``)."""
    return int(get("OCCURRENCE_PAST_DAYS", 62))


def feed_past_days():
    """How far back feeds list cancelled and moved dates (``EVENTS_FEED_PAST_DAYS``)."""
    return int(get("FEED_PAST_DAYS", 2 * 366))


def feed_future_days():
    """How far ahead feeds list cancelled and moved dates (``EVENTS_FEED_FUTURE_DAYS``)."""
    return int(get("FEED_FUTURE_DAYS", 3 * 366))


def feed_max_age():
    """Seconds calendar apps and caches may keep a feed (``EVENTS_FEED_MAX_AGE``, 15 min)."""
    return int(get("FEED_MAX_AGE", 900))


def ical_uid_domain():
    """The domain part of the UIDs in our feeds (``EVENTS_ICAL_UID_DOMAIN``); keep it
    once subscribed, or calendar apps see new events."""
    return get("ICAL_UID_DOMAIN", "quartiersnetz")


def import_max_bytes():
    """Largest iCalendar file an import reads (``EVENTS_IMPORT_MAX_BYTES``, 5 MB)."""
    return int(get("IMPORT_MAX_BYTES", 5 * 1024 * 1024))


def import_max_events():
    """Most VEVENTs (series and changed dates) in one file (``EVENTS_IMPORT_MAX_EVENTS``)."""
    return int(get("IMPORT_MAX_EVENTS", 2000))


def import_max_dates():
    """Most RDATE, EXDATE and changed dates of one series (``EVENTS_IMPORT_MAX_DATES``)."""
    return int(get("IMPORT_MAX_DATES", 1000))


def import_max_description():
    """Longest DESCRIPTION kept, in characters; longer ones are shortened with a note
    (``EVENTS_IMPORT_MAX_DESCRIPTION_CHARS``)."""
    return int(get("IMPORT_MAX_DESCRIPTION_CHARS", 20_000))


def programme_pdf_cache_seconds():
    """Seconds a rendered programme PDF stays in the cache
    (``EVENTS_PROGRAMME_PDF_CACHE_SECONDS``, a day)."""
    return int(get("PROGRAMME_PDF_CACHE_SECONDS", 24 * 60 * 60))


def per_page():
    """Events per page of an event index (``EVENTS_PER_PAGE``)."""
    return int(get("PER_PAGE", 20))


def month_day_limit():
    """Dates shown in one day of the month view; the rest behind a link to that day's list
    (``EVENTS_MONTH_DAY_LIMIT``)."""
    return max(1, int(get("MONTH_DAY_LIMIT", 4)))


def spoken_languages():
    """Language codes offered for "languages spoken at the event"."""
    default = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    default += [code for code in ("ckb", "fr", "es", "pl", "ro", "vi", "sq") if code not in default]
    return list(get("SPOKEN_LANGUAGES", default))
