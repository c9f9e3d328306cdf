from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.api_fields import localization_api_field
from cms.child_routes import DirectChildRouteMixin
from cms.permissions import LocalePagePermissionsMixin
from cms.preview import SwitchableHeadlessPreviewMixin
from cms.sites import SiteRootMixin
from cms.visibility import QuickViewRestrictionsMixin
from home.blocks import HomeStreamBlock


class HomePage(
    LocalePagePermissionsMixin,
    QuickViewRestrictionsMixin,
    SwitchableHeadlessPreviewMixin,
    SiteRootMixin,
    DirectChildRouteMixin,
    Page,
):
    """The start page of a site: a welcome, this week's dates, the networks, free blocks."""

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences that welcome visitors and say what the site offers."),
    )
    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body"), localization_api_field()]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["networks.NetworkIndexPage", "events.EventIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
