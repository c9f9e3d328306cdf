"""Hooks: the calendar import's admin URL and its entry in the settings menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from events.ical.admin import ImportMenuItem, ImportView


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("events/import-ics/", ImportView.as_view(), name="events_import_ics")]


@hooks.register("register_settings_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import calendar"), reverse("events_import_ics"), icon_name="date", order=900
    )
