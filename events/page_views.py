"""The event page: schedule text, next dates and practical facts in the page's language."""

from __future__ import annotations

from django.db.models import Q, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale

from cms.localized import in_locale
from events import recurrence
from events.jsonld import page_jsonld
from events.models import Category, prefetch_closure_periods_worded
from events.occurrence_items import computed_next_dates, occurrence_item
from events.organisers import visible_organiser
from events.page_schedule import page_schedule_text
from events.schedule_text import join_list


def localized_categories(page, locale):
    """The page's categories in ``locale`` where translated, by name, in one query."""
    chosen = Category.objects.filter(events=page)
    found = Category.objects.filter(
        Q(pk__in=chosen.values("pk"))
        | Q(locale=locale, translation_key__in=chosen.values("translation_key"))
    )
    by_key = {}
    for category in found:
        if category.translation_key not in by_key or category.locale_id == locale.pk:
            by_key[category.translation_key] = category
    return sorted(by_key.values(), key=lambda category: category.name.casefold())


def event_context(page, request):
    """Schedule text, next dates and practical facts in the page's language."""
    now = timezone.now()
    locale = page.locale if page.locale_id else Locale.get_default()
    is_preview = getattr(request, "is_preview", False)
    if page.live and page.pk and not is_preview:
        # The schedule, the next dates and the JSON-LD read the same relations: once.
        prefetch_related_objects([page], "extra_dates", "exceptions")
        prefetch_closure_periods_worded([page])
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
    context = {
        "schedule_text": schedule_text,
        "next_dates": next_dates,
        "location": in_locale([page.location], locale)[0] if page.location_id else None,
        "organiser": visible_organiser(page),
        "categories": localized_categories(page, locale),
        "audience_labels": join_list(audience.get(code, code) for code in page.audience),
        "spoken_languages": join_list(spoken),
        "language_code": get_language(),
    }
    context["event_jsonld"] = page_jsonld(page, request, context)  # calendar interop
    return context
