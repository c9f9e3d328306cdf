"""The network index page: all networks of a district on one page."""

from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.api_fields import localization_api_field
from cms.blocks import ContentStreamBlock
from cms.child_routes import DirectChildRouteMixin
from cms.permissions import LocalePagePermissionsMixin
from cms.preview import SwitchableHeadlessPreviewMixin
from cms.synchronized import SYNCHRONIZED_SLUG
from cms.visibility import QuickViewRestrictionsMixin, visible_to_public
from networks import conf
from networks.conf import get_setting
from networks.models.pages import NetworkPage, Topic


class NetworkIndexPage(
    LocalePagePermissionsMixin,
    QuickViewRestrictionsMixin,
    SwitchableHeadlessPreviewMixin,
    DirectChildRouteMixin,
    Page,
):
    """Lists the networks below it with a table of contents of in-page links."""

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("A few sentences above the table of contents (at most 600 characters)."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("content"),
        help_text=_("Optional content shown between the introduction and the networks."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body"), localization_api_field()]
    override_translatable_fields = [SYNCHRONIZED_SLUG]

    #: Where a network index may be created; the project decides (e.g. its home page).
    parent_page_types = conf.index_parent_page_types()
    subpage_types = ["networks.NetworkPage"]
    # A network page is found with its image in one query.
    child_route_related = {"networks.NetworkPage": ("image",)}

    class Meta:
        verbose_name = _("network index page")
        verbose_name_plural = _("network index pages")

    def get_networks(self):
        """The networks below this page visitors may see, in the editors' tree order."""
        return (
            visible_to_public(NetworkPage.objects.child_of(self))
            .defer_streamfields()
            .select_related("image", "successor_page")
            .prefetch_related("image__renditions")
            .annotate(member_count=Count("members"))
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        networks = self.get_networks()
        topic = request.GET.get("topic") or ""
        topic_error = bool(topic) and topic not in Topic.values
        if topic and not topic_error:
            networks = networks.filter(topic=topic)
        networks = list(networks)
        image_filter = get_setting("INDEX_IMAGE_FILTER")
        for network in networks:
            network.facts = network.get_facts()
            network.thumbnail = network.image.get_rendition(image_filter) if network.image else None
        context.update(
            {
                "networks": networks,
                "topics": [
                    {"code": code, "label": label, "current": code == topic}
                    for code, label in Topic.choices
                ],
                "current_topic": "" if topic_error else topic,
                "topic_error": topic_error,
            }
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if getattr(response, "context_data", None) and response.context_data.get("topic_error"):
            # An unknown topic in the address: show all networks with a notice.
            response.status_code = 400
        return response
