"""The network index page, network pages and their member rows."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.api_fields import localization_api_field
from cms.blocks import ContactBlock
from cms.panels import Tab
from cms.permissions import LocalePagePermissionsMixin
from cms.preview import SwitchableHeadlessPreviewMixin
from cms.synchronized import SYNCHRONIZED_SLUG
from cms.visibility import QuickViewRestrictionsMixin
from networks import partial_dates
from networks.api_fields import FoundedField, ImageField, MembersField, StatusField
from networks.blocks import NetworkStreamBlock
from networks.conf import get_setting
from networks.sections import get_extra_sections


class Topic(models.TextChoices):
    INTEGRATION = "integration", _("Integration and welcome")
    CHILDREN = "children", _("Children, youth and schools")
    NEIGHBOURHOOD = "neighbourhood", _("Neighbourhood and participation")
    PROFESSIONALS = "professionals", _("Exchange between professionals")


class Status(models.TextChoices):
    ACTIVE = "active", pgettext_lazy("network status", "Active")
    PAUSED = "paused", pgettext_lazy("network status", "Paused")
    CONTINUED_ELSEWHERE = (
        "continued_elsewhere",
        pgettext_lazy("network status", "Continued elsewhere"),
    )


def display_url(url):
    """A web address without its scheme and trailing slash, for link texts."""
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            url = url[len(prefix) :]
    return url.rstrip("/")


class NetworkPage(
    LocalePagePermissionsMixin, QuickViewRestrictionsMixin, SwitchableHeadlessPreviewMixin, Page
):
    """One network: what it does, since when, who takes part and how to join."""

    short_description = models.TextField(
        _("short description"),
        max_length=300,
        help_text=_(
            "One or two plain sentences (at most 300 characters). Shown in the list of "
            "networks, in search results and to search engines."
        ),
    )
    topic = models.CharField(
        _("topic"),
        max_length=32,
        choices=Topic.choices,
        blank=True,
        help_text=_("Visitors can filter the list of networks by topic."),
    )
    founded_year = models.PositiveSmallIntegerField(
        _("founded in (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(partial_dates.MIN_YEAR)],
        help_text=_("Four digits, e.g. 2014. Leave empty if unknown."),
    )
    founded_season = models.CharField(
        _("season"),
        max_length=8,
        choices=partial_dates.SEASON_CHOICES,
        blank=True,
        help_text=_("Optional, e.g. spring for 'spring 2014'. Leave empty if you give a month."),
    )
    founded_month = models.PositiveSmallIntegerField(
        _("month"),
        choices=partial_dates.month_choices(),
        null=True,
        blank=True,
        help_text=_("Optional. Leave empty if you give a season."),
    )
    status = models.CharField(
        _("status"), max_length=24, choices=Status.choices, default=Status.ACTIVE
    )
    successor_name = models.CharField(
        _("successor"),
        max_length=200,
        blank=True,
        help_text=_("Who continues the work, e.g. 'KiNet of the City of Dresden'."),
    )
    successor_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("successor's page on this site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    successor_url = models.URLField(
        _("successor's website"),
        blank=True,
        help_text=_("The full address starting with https://"),
    )
    successor_note = models.TextField(
        _("explanation"),
        max_length=400,
        blank=True,
        help_text=_("A sentence on what changed, e.g. 'Since 2016 the city runs the network.'"),
    )
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The full address starting with https://, e.g. https://www.example.org"),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    contact = StreamField(
        [("contact", ContactBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("contact"),
        help_text=_("Who visitors can contact about this network."),
    )
    body = StreamField(NetworkStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("short_description"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt")],
            heading=_("Image"),
            classname="collapsed",
        ),
        FieldPanel("body"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("founded_year"),
                        FieldPanel("founded_season"),
                        FieldPanel("founded_month"),
                    ]
                )
            ],
            heading=_("Founded"),
            help_text=_("Enter the year, and either a season or a month if you know it."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("successor_name"),
                FieldPanel("successor_page"),
                FieldPanel("successor_url"),
                FieldPanel("successor_note"),
            ],
            heading=_("Status"),
            help_text=_(
                "For 'Continued elsewhere', name the successor or link to it, "
                "and explain the change."
            ),
        ),
        FieldPanel("topic"),
        FieldPanel("website"),
        FieldPanel("contact"),
    ]
    members_panels = [InlinePanel("members", heading=_("Members"), label=_("Member"))]

    edit_handler = TabbedInterface(
        [
            Tab(content_panels, heading=_("Content"), name="content"),
            Tab(facts_panels, heading=_("Facts"), name="facts"),
            Tab(members_panels, heading=_("Members"), name="members"),
            Tab(Page.promote_panels, heading=_("Promote"), name="promote"),
            Tab(Page.settings_panels, heading=_("Settings"), name="settings"),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("short_description"),
        index.SearchField("body"),
        index.RelatedFields(
            "members", [index.RelatedFields("organisation", [index.SearchField("name")])]
        ),
        index.FilterField("status"),
        index.FilterField("topic"),
    ]
    api_fields = [
        APIField("short_description"),
        APIField("topic"),
        APIField("founded", serializer=FoundedField()),
        APIField("status", serializer=StatusField()),
        APIField("website"),
        APIField("image", serializer=ImageField()),
        APIField("contact"),
        APIField("members", serializer=MembersField()),
        APIField("body"),
        localization_api_field(),
    ]
    override_translatable_fields = [
        SYNCHRONIZED_SLUG,
        SynchronizedField("founded_year", overridable=False),
        SynchronizedField("founded_season", overridable=False),
        SynchronizedField("founded_month", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("topic", overridable=False),
        SynchronizedField("image"),
        SynchronizedField("successor_page"),
        SynchronizedField("successor_url"),
        SynchronizedField("website"),
    ]

    parent_page_types = ["networks.NetworkIndexPage"]
    subpage_types = ["networks.VolunteerFormPage"]

    class Meta:
        verbose_name = _("network page")
        verbose_name_plural = _("network pages")

    @property
    def founded_display(self):
        return partial_dates.format_partial_date(
            self.founded_year, self.founded_season, self.founded_month
        )

    def clean(self):
        super().clean()
        errors = {}
        date_errors = partial_dates.validate(
            self.founded_year, self.founded_season, self.founded_month
        )
        for name, message in date_errors.items():
            errors[f"founded_{name}"] = message
        if self.status == Status.CONTINUED_ELSEWHERE and not (
            self.successor_name or self.successor_page_id or self.successor_url
        ):
            errors["successor_name"] = _(
                "A network that continues elsewhere needs its successor: enter a name, "
                "choose a page or enter a website."
            )
        if self.image_id and not self.image_alt:
            errors["image_alt"] = _("Please describe the image in a few words.")
        if errors:
            raise ValidationError(errors)

    def get_successor(self):
        """``{"name", "url", "note"}`` when the network continues elsewhere, else ``None``."""
        if self.status != Status.CONTINUED_ELSEWHERE:
            return None
        page = self.successor_page
        url = self.successor_url
        if page is not None:
            url = (page.localized.url if page.locale_id != self.locale_id else page.url) or url
        return {
            "name": self.successor_name or (page.title if page else "") or url,
            "url": url or None,
            "note": self.successor_note,
        }

    def get_facts(self):
        """The key facts shown in listings (no queries beyond what is loaded)."""
        count = getattr(self, "member_count", None)
        return {
            "founded": self.founded_display,
            "status": self.status,
            "status_label": self.get_status_display(),
            "successor_name": self.successor_name
            or (self.successor_page.title if self.successor_page_id else ""),
            "member_count": count,
            "website": self.website,
            "website_label": display_url(self.website),
        }

    def get_meta_description(self):
        return self.search_description or self.short_description

    def get_context(self, request, *args, **kwargs):
        from networks.members import members_for_page

        context = super().get_context(request, *args, **kwargs)
        members = members_for_page(self, request)
        facts = self.get_facts()
        facts["member_count"] = len(members)
        image = self.image.get_rendition(get_setting("PAGE_IMAGE_FILTER")) if self.image else None
        context.update(
            {
                "facts": facts,
                "image": image,
                "members": members,
                "founded_display": self.founded_display,
                "successor": self.get_successor(),
                "extra_sections": get_extra_sections(self, request),
                "has_members_block": any(block.block_type == "members" for block in self.body),
            }
        )
        return context


class NetworkMember(Orderable):
    """An organisation that belongs to a network, with its role there."""

    page = ParentalKey(NetworkPage, on_delete=models.CASCADE, related_name="members")
    organisation = models.ForeignKey(
        "networks.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(
        _("role"),
        max_length=120,
        blank=True,
        help_text=_("Optional, e.g. 'coordination' or 'host of the café'."),
    )

    panels = [FieldPanel("organisation"), FieldPanel("role")]
    override_translatable_fields = [SynchronizedField("organisation", overridable=False)]

    class Meta(Orderable.Meta):
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self):
        return str(self.organisation)
