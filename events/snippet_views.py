"""The admin views of the event snippets: locations, closure periods, categories,
grouped under one "Events" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from events.models import Category, ClosurePeriod, Location


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
