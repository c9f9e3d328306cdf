"""The admin views of the event snippets: locations, closure periods, categories,
grouped under one "Events" menu, each opening on the user's own language."""

from django.apps import apps
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cms.snippet_listing import OwnLocaleIndexView, OwnLocaleSnippetViewSet
from events.models import Category, ClosurePeriod, Location


class LocationViewSet(OwnLocaleSnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    list_display = ["name", "address"]
    search_fields = ["name", "address"]
    ordering = ["name"]


class ClosurePeriodIndexView(OwnLocaleIndexView):
    """The closure periods, with a button to load school holidays from a file
    (when the calendar app is installed and the user may add closure periods)."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if apps.is_installed("events.ical"):
            from events.ical.closures_admin import can_import_closures

            if can_import_closures(self.request.user):
                buttons.append(
                    HeaderButton(
                        _("Import school holidays"),
                        url=reverse("events_import_closures"),
                        icon_name="download",
                    )
                )
        return buttons


class ClosurePeriodViewSet(OwnLocaleSnippetViewSet):
    model = ClosurePeriod
    index_view_class = ClosurePeriodIndexView
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
