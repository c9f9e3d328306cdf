"""The events section of a network page (a ``networks_page_sections`` hook, see
``events/wagtail_hooks.py``): the next dates of the network's events."""

from __future__ import annotations

from django.utils import timezone

from cms.visibility import visible_occurrences
from events.occurrence_items import occurrence_item


def network_section(page, request, limit=5):
    """``{"title", "html"}`` with the next dates of the network's events, or None."""
    from django.template.loader import render_to_string
    from django.utils.translation import gettext

    from events.models import Occurrence

    rows = list(
        visible_occurrences(Occurrence.objects.all())
        .upcoming(timezone.now())
        .filter(
            page__organiser__translation_key=page.translation_key, page__locale_id=page.locale_id
        )
        .for_listing()[:limit]
    )
    if not rows:
        return None
    cache = {}
    items = [occurrence_item(row, request, cache) for row in rows]
    html = render_to_string(
        "events/includes/network_section.html", {"items": items}, request=request
    )
    return {"title": gettext("Upcoming events"), "html": html}
