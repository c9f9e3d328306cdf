"""Hooks: the admin URLs of the calendar and school-holiday imports and their entries in
the settings menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from events.ical.admin import ImportMenuItem, ImportView
from events.ical.closures_admin import ClosuresImportMenuItem, ClosuresImportView


@hooks.register("register_admin_urls")
def register_import_url():
    return [
        path("events/import-ics/", ImportView.as_view(), name="events_import_ics"),
        path(
            "events/import-closures/",
            ClosuresImportView.as_view(),
            name="events_import_closures",
        ),
    ]


@hooks.register("register_settings_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import calendar"), reverse("events_import_ics"), icon_name="date", order=900
    )


@hooks.register("register_settings_menu_item")
def register_closures_import_menu_item():
    return ClosuresImportMenuItem(
        _("Import school holidays"),
        reverse("events_import_closures"),
        icon_name="date",
        order=901,
    )
