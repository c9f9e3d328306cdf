"""The events app's settings, each with a default (``EVENTS_*``)."""

from django.conf import settings


def get(name, default):
    return getattr(settings, f"EVENTS_{name}", default)


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


def per_page():
    return int(get("PER_PAGE", 20))


def spoken_languages():
    """Language codes offered for "languages spoken at the event"."""
    default = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    default += [code for code in ("ckb", "fr", "es", "pl", "ro", "vi", "sq") if code not in default]
    return list(get("SPOKEN_LANGUAGES", default))
