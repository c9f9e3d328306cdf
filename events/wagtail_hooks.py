"""Admin registration: snippets, the schedule preview URL, the network page section."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from events.admin_views import schedule_preview
from events.ical import admin as ical_admin  # noqa: F401 (registers the calendar import view)
from events.models import Category, ClosurePeriod, EventPage, Location
from events.models.series_source import series_source
from events.views import network_section


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    list_display = ["name", "address"]
    list_filter = ["locale"]
    search_fields = ["name", "address"]
    ordering = ["name"]


class ClosurePeriodViewSet(SnippetViewSet):
    model = ClosurePeriod
    icon = "date"
    menu_label = _("Closure periods")
    list_display = ["name", "start", "end"]
    list_filter = ["locale"]
    ordering = ["-start"]


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "tag"
    menu_label = _("Event categories")
    list_display = ["name"]
    list_filter = ["locale"]
    ordering = ["name"]


class EventSnippetsGroup(SnippetViewSetGroup):
    items = (LocationViewSet, ClosurePeriodViewSet, CategoryViewSet)
    menu_icon = "date"
    menu_label = _("Events")
    menu_name = "events"
    menu_order = 220


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
