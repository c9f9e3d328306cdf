"""StreamField blocks for network pages, on top of the shared ``cms.blocks`` library.

Helpers first, then the structural blocks, then ``NetworkStreamBlock``.
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale

from cms.blocks import GROUP_MEDIA, ContentStreamBlock, ImageBlock, struct_error
from cms.visibility import is_visible
from networks import partial_dates

GROUP_NETWORK = _("Network")


def link_href(value):
    """The address of an optional page-or-URL link in a block value."""
    page = value.get("page")
    if page is not None:
        return page.localized.url
    return value.get("url") or ""


def form_page_href(form_page, locale=None):
    """The address of a sign-up form in ``locale`` (default: the active one), or "".

    The form's translation (or alias) in that language when visitors may see
    it, otherwise the form itself when they may; nothing for a private,
    unpublished or deleted form.
    """
    if form_page is None:
        return ""
    locale = locale or Locale.get_active()
    candidates = [form_page]
    if form_page.locale_id != locale.pk:
        candidates.insert(0, form_page.get_translation_or_none(locale))
    for candidate in candidates:
        if candidate is not None and is_visible(candidate):
            return candidate.url or ""
    return ""


class PartialDateBlock(blocks.StructBlock):
    """A date that may be only a year, a season of a year or a month of a year."""

    year = blocks.IntegerBlock(
        label=_("Year"),
        min_value=partial_dates.MIN_YEAR,
        help_text=_("Four digits, e.g. 2014."),
    )
    season = blocks.ChoiceBlock(
        label=_("Season"),
        choices=partial_dates.SEASON_CHOICES,
        required=False,
        help_text=_("Optional. Leave empty if you give a month."),
    )
    month = blocks.ChoiceBlock(
        label=_("Month"),
        choices=partial_dates.month_choices,
        required=False,
        help_text=_("Optional. Leave empty if you give a season."),
    )

    def clean(self, value):
        value = super().clean(value)
        month = int(value["month"]) if value.get("month") else None
        errors = partial_dates.validate(value.get("year"), value.get("season"), month)
        if errors:
            raise struct_error(**errors)
        return value

    def get_api_representation(self, value, context=None):
        language = (context or {}).get("networks_language") or translation.get_language()
        with translation.override(language):
            return partial_dates.as_dict(value.get("year"), value.get("season"), value.get("month"))

    class Meta:
        icon = "date"
        label = _("Date")
        form_classname = "partial-date-block"


class ProjectBlock(blocks.StructBlock):
    """One project of a network: what it is, and where to find out more."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=600)
    page = blocks.PageChooserBlock(
        label=_("Page on this site"),
        required=False,
        help_text=_("Optional, e.g. the page of the weekly event."),
    )
    url = blocks.URLBlock(label=_("External address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if value.get("page") and value.get("url"):
            raise struct_error(url=_("Choose a page on this site or enter an address, not both."))
        return value

    class Meta:
        icon = "list-ul"
        label = _("Project")


class ProjectListBlock(blocks.StructBlock):
    """The projects a network runs, as a list of cards."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    projects = blocks.ListBlock(ProjectBlock(), label=_("Projects"), min_num=1)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["projects"] = [
            {"value": project, "href": link_href(project)} for project in value["projects"]
        ]
        return context

    class Meta:
        icon = "list-ul"
        template = "networks/blocks/project_list_block.html"
        group = GROUP_NETWORK
        label = _("Projects")
        description = _("A list of the network's projects, each with an optional link.")
        preview_value = {
            "heading": "Unsere Projekte",
            "projects": [
                {"title": "Begegnungscafé", "description": "Jeden Montag 15:00–17:30 Uhr."},
                {"title": "Deutschtreff", "description": "Deutsch sprechen ohne Anmeldung."},
            ],
        }


class VolunteerCallBlock(blocks.StructBlock):
    """An appeal for volunteers: who is wanted, what they would do, how to join."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    wanted = blocks.TextBlock(
        label=_("Who we are looking for"),
        max_length=400,
        help_text=_("For example: people who have a few hours a month for a neighbour."),
    )
    tasks = blocks.TextBlock(label=_("What volunteers would do"), required=False, max_length=600)
    how_to_join = blocks.TextBlock(label=_("How to get in touch"), required=False, max_length=400)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    form_page = blocks.PageChooserBlock(
        page_type="networks.VolunteerFormPage",
        label=_("Sign-up form on this site"),
        required=False,
        help_text=_("The network's volunteer sign-up form, shown in the visitor's language."),
    )
    url = blocks.URLBlock(label=_("Address of a form or page"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if value.get("form_page") and value.get("url"):
            raise struct_error(
                url=_("Choose a sign-up form on this site or enter an address, not both.")
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = (parent_context or {}).get("page")
        context["form_href"] = form_page_href(value.get("form_page"), getattr(page, "locale", None))
        return context

    class Meta:
        icon = "group"
        template = "networks/blocks/volunteer_call_block.html"
        group = GROUP_NETWORK
        label = _("Call for volunteers")
        description = _("Asks visitors to volunteer, says for what and how to get in touch.")
        preview_value = {
            "title": "Patinnen und Paten gesucht",
            "wanted": "Menschen, die neuen Nachbarinnen und Nachbarn im Alltag helfen.",
            "tasks": "Gemeinsam Briefe lesen, den Stadtteil zeigen, Kontakte knüpfen.",
            "how_to_join": "Sprechen Sie uns im Begegnungscafé an.",
        }


class MilestoneBlock(blocks.StructBlock):
    """One step in a network's history."""

    date = PartialDateBlock(label=_("When"))
    text = blocks.CharBlock(label=_("What happened"), max_length=200)

    class Meta:
        icon = "date"
        label = _("Milestone")


class TimelineBlock(blocks.StructBlock):
    """The history of a network as dated milestones."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    milestones = blocks.ListBlock(MilestoneBlock(), label=_("Milestones"), min_num=1)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["milestones"] = [
            {
                "text": milestone["text"],
                "year": milestone["date"].get("year"),
                "display": partial_dates.format_partial_date(
                    milestone["date"].get("year"),
                    milestone["date"].get("season"),
                    milestone["date"].get("month"),
                ),
            }
            for milestone in value["milestones"]
        ]
        return context

    class Meta:
        icon = "history"
        template = "networks/blocks/timeline_block.html"
        group = GROUP_NETWORK
        label = _("Timeline")
        description = _("Milestones of the network's history, each with a year or season.")
        preview_value = {
            "heading": "Geschichte",
            "milestones": [
                {"date": {"year": 2014, "season": "spring", "month": ""}, "text": "Gründung"},
                {
                    "date": {"year": 2014, "season": "autumn", "month": ""},
                    "text": "Flüchtlingshilfe",
                },
            ],
        }


class MembersBlock(blocks.StructBlock):
    """The page's member organisations, taken from its "Members" tab."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    show_descriptions = blocks.BooleanBlock(
        label=_("Show the organisations' descriptions"), required=False, default=False
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["members"] = (parent_context or {}).get("members", [])
        return context

    class Meta:
        icon = "group"
        template = "networks/blocks/members_block.html"
        group = GROUP_NETWORK
        label = _("Members")
        description = _("Lists the organisations entered in the page's Members tab.")
        preview_value = {"heading": "Mitglieder", "show_descriptions": False}


class GalleryBlock(blocks.StructBlock):
    """Several images shown as a grid."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    images = blocks.ListBlock(ImageBlock(), label=_("Images"), min_num=1)

    class Meta:
        icon = "image"
        template = "networks/blocks/gallery_block.html"
        group = GROUP_MEDIA
        label = _("Image gallery")
        description = _("Several images in a grid, each with alternative text.")
        preview_value = {"heading": "Bilder vom Stadtteilfest", "images": []}


class NetworkStreamBlock(ContentStreamBlock):
    """The body of a network page: the shared blocks plus the network blocks."""

    project_list = ProjectListBlock()
    volunteer_call = VolunteerCallBlock()
    timeline = TimelineBlock()
    members = MembersBlock()
    gallery = GalleryBlock()

    class Meta:
        block_counts = {"members": {"max_num": 1}}
