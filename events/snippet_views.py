"""The admin views of the event snippets: locations, closure periods, categories,
grouped under one "Events" menu, each opening on the user's own language."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cms.snippet_listing import OwnLocaleSnippetViewSet
from events.models import Category, ClosurePeriod, Location


class LocationViewSet(OwnLocaleSnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    list_display = ["name", "address"]
    search_fields = ["name", "address"]
    ordering = ["name"]


class ClosurePeriodViewSet(OwnLocaleSnippetViewSet):
    model = ClosurePeriod
    icon = "date"
    menu_label = _("Closure periods")
    list_display = ["name", "start", "end"]
    ordering = ["-start"]


class CategoryViewSet(OwnLocaleSnippetViewSet):
    model = Category
    icon = "tag"
    menu_label = _("Event categories")
    list_display = ["name"]
    ordering = ["name"]


class EventSnippetsGroup(SnippetViewSetGroup):
    items = (LocationViewSet, ClosurePeriodViewSet, CategoryViewSet)
    menu_icon = "date"
    menu_label = _("Events")
    menu_name = "events"
    menu_order = 220
