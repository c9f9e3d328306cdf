"""The event page: schedule text, next dates and practical facts in the page's language."""

from __future__ import annotations

from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale

from cms.visibility import is_visible
from events import recurrence
from events.jsonld import page_jsonld
from events.occurrence_items import computed_next_dates, occurrence_item
from events.page_schedule import page_schedule_text
from events.schedule_text import join_list


def _localized(obj, locale):
    if obj is None or locale is None or getattr(obj, "locale_id", None) == locale.pk:
        return obj
    try:
        return obj.get_translation_or_none(locale) or obj
    except Exception:
        return obj


def _localized_all(objects, locale):
    """``objects`` in ``locale`` where translated (one query for all of them)."""
    objects = list(objects)
    keys = [obj.translation_key for obj in objects if obj.locale_id != locale.pk]
    if not keys:
        return objects
    model = type(objects[0])
    found = {
        obj.translation_key: obj
        for obj in model.objects.filter(translation_key__in=keys, locale_id=locale.pk)
    }
    return [found.get(obj.translation_key, obj) for obj in objects]


def event_context(page, request):
    """Schedule text, next dates and practical facts in the page's language."""
    now = timezone.now()
    locale = page.locale if page.locale_id else Locale.get_default()
    is_preview = getattr(request, "is_preview", False)
    if page.live and page.pk and not is_preview:
        # The schedule, the next dates and the JSON-LD read the same relations: once.
        prefetch_related_objects([page], "extra_dates", "exceptions", "closure_periods")
        rows = list(page.occurrences.upcoming(now).select_related("location")[:10])
        cache = {}
        for row in rows:
            row.page = page
        next_dates = [occurrence_item(row, request, cache) for row in rows]
    else:
        try:
            next_dates = computed_next_dates(page, now)
        except recurrence.RecurrenceError:
            next_dates = []
    try:
        schedule_text = page_schedule_text(page, today=timezone.localdate())
    except recurrence.RecurrenceError:
        schedule_text = ""
    spoken = []
    for code in page.languages:
        try:
            spoken.append(get_language_info(code)["name_translated"])
        except KeyError:
            spoken.append(code)
    audience = dict(page._meta.get_field("audience").flatchoices)
    organiser = _localized(page.organiser, locale)
    context = {
        "schedule_text": schedule_text,
        "next_dates": next_dates,
        "location": _localized(page.location, locale),
        "organiser": organiser.specific if is_visible(organiser) else None,
        "categories": _localized_all(page.categories.all(), locale),
        "audience_labels": join_list(audience.get(code, code) for code in page.audience),
        "spoken_languages": join_list(spoken),
        "language_code": get_language(),
    }
    context["event_jsonld"] = page_jsonld(page, request, context)  # calendar interop
    return context
