"""Hooks: the event snippets in the menu, the schedule preview URL, the network page
section, translations following their series."""

from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from events.admin_views import schedule_preview
from events.models import EventPage
from events.models.series_source import series_source
from events.network_section import network_section
from events.snippet_views import EventSnippetsGroup

register_snippet(EventSnippetsGroup)


@hooks.register("register_admin_urls")
def register_schedule_preview_url():
    return [path("events/schedule-preview/", schedule_preview, name="events_schedule_preview")]


@hooks.register("networks_page_sections")
def upcoming_events_section(page, request):
    return network_section(page, request)


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_series_to_translations(pages, action):
    """Deleting or unpublishing a series in the default language takes its translations along.

    A translation shows the source's dates; without the source they would be
    wrong. Wagtail's confirmation page then says how many translations go too.
    """
    if action not in ("delete", "unpublish"):
        return None
    from wagtail.models import Page

    result = {}
    for page in pages:
        if not issubclass(page.specific_class, EventPage) or series_source(page) is not None:
            continue
        others = Page.objects.translation_of(page, inclusive=False)
        if action == "unpublish":
            others = others.filter(alias_of__isnull=True).live()
        result[page] = others
    return result
