"""The event index and the event page."""

from django import forms
from django.db import models
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.api_fields import localization_api_field
from cms.blocks import ContentStreamBlock
from cms.child_routes import DirectChildRouteMixin
from cms.panels import Tab
from cms.permissions import LocalePagePermissionsMixin
from cms.preview import SwitchableHeadlessPreviewMixin
from cms.synchronized import SYNCHRONIZED_SLUG
from cms.visibility import QuickViewRestrictionsMixin
from events import conf
from events.api_fields import (
    CodeListField,
    LocationField,
    NextDatesField,
    OrganiserField,
    ScheduleField,
)
from events.compare import ChoiceListPanel
from events.fields import ChoiceListField
from events.forms import EventPageForm
from events.models.schedule import SCHEDULE_FIELDS, ScheduleFields
from events.models.series_source import follow_source
from events.panels import RULES_CONTROLLER, SchedulePreviewPanel

AUDIENCE_CHOICES = [
    ("everyone", _("Everyone")),
    ("children", _("Children")),
    ("young_people", _("Young people")),
    ("families", _("Families")),
    ("adults", _("Adults")),
    ("seniors", _("Older people")),
    ("women", _("Women")),
    ("newcomers", _("Newcomers")),
]


def spoken_language_choices():
    choices = []
    for code in conf.spoken_languages():
        try:
            choices.append((code, get_language_info(code)["name_translated"]))
        except KeyError:  # a code Django does not know: show it as it is
            choices.append((code, code))
    return choices


class EventIndexPage(
    LocalePagePermissionsMixin,
    QuickViewRestrictionsMixin,
    SwitchableHeadlessPreviewMixin,
    RoutablePageMixin,
    DirectChildRouteMixin,
    Page,
):
    """Lists the upcoming dates of the events below it, as a list or a month.

    ``programm/`` is the weekly programme to print (:mod:`events.programme`).
    The routes come after the preview mixin, so that its ``serve_preview``
    still decides between the headless and the normal preview.
    """

    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro"), localization_api_field()]
    override_translatable_fields = [SYNCHRONIZED_SLUG]

    #: Where an event index may be created; the project decides (e.g. its home page).
    parent_page_types = conf.index_parent_page_types()
    subpage_types = ["events.EventPage"]
    # An event page is found with its place, image and organiser in one query.
    child_route_related = {"events.EventPage": ("location", "image", "organiser")}

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def serve(self, request, view=None, args=None, kwargs=None):
        if view is None:  # called directly, not through a route: the index
            return self.index_route(request)
        return super().serve(request, view, args, kwargs)

    @path("", name="index")
    def index_route(self, request, *args, **kwargs):
        from events.index_views import serve_index

        return serve_index(self, request)

    @path("programm/", name="programme")
    def programme_route(self, request):
        from events.programme import serve_programme

        # The page's own context without the index's listing.
        return serve_programme(self, request, super().get_context(request))

    def get_context(self, request, *args, **kwargs):
        from events.index_views import index_context
        from events.programme import programme_url

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request))
        if not context.get("bad_request"):
            form = context["filter_form"]
            context["programme_url"] = programme_url(
                self, request, form.cleaned_data if form.is_bound else {}
            )
        return context


class EventPage(
    LocalePagePermissionsMixin,
    QuickViewRestrictionsMixin,
    SwitchableHeadlessPreviewMixin,
    ScheduleFields,
    Page,
):
    """One event, a single date or a series, with its schedule and practical facts."""

    teaser = models.TextField(
        _("teaser"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences for the event list."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("description"))
    organiser = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("organising network"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_events",
        help_text=_("Optional. The network page then lists this event."),
    )
    location = models.ForeignKey(
        "events.Location",
        verbose_name=_("location"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    categories = ParentalManyToManyField(
        "events.Category", verbose_name=_("categories"), blank=True, related_name="events"
    )
    closure_periods = ParentalManyToManyField(
        "events.ClosurePeriod",
        verbose_name=_("closure periods"),
        blank=True,
        related_name="events",
        help_text=_("Dates in these periods are shown as cancelled, with the period's name."),
    )
    audience = ChoiceListField(_("for whom"), choices=AUDIENCE_CHOICES, max_length=120)
    languages = ChoiceListField(
        _("languages spoken at the event"),
        choices=spoken_language_choices,
        max_length=120,
        help_text=_("Not the language of this page: the languages people can speak there."),
    )
    is_free = models.BooleanField(_("free of charge"), default=True)
    cost = models.CharField(
        _("cost"), max_length=120, blank=True, help_text=_("E.g. “3 € per person, coffee free”.")
    )
    registration_required = models.BooleanField(_("registration required"), default=False)
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_contact = models.CharField(
        _("registration contact"),
        max_length=200,
        blank=True,
        help_text=_("Phone number or e-mail address for registration."),
    )
    accessibility_notes = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("What helps people with disabilities take part (beyond the venue)."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("teaser"),
        FieldPanel("image"),
        FieldPanel("body"),
        PageChooserPanel("organiser", ["networks.NetworkPage"]),
        FieldPanel("location"),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                ChoiceListPanel("audience"),
                ChoiceListPanel("languages"),
                FieldPanel("is_free"),
                FieldPanel("cost"),
                FieldPanel("registration_required"),
                FieldPanel("registration_url"),
                FieldPanel("registration_contact"),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Practical information"),
        ),
    ]
    schedule_tab_panels = [
        MultiFieldPanel(
            ScheduleFields.schedule_panels, heading=_("Schedule"), attrs=RULES_CONTROLLER
        ),
        SchedulePreviewPanel(heading=_("Next dates")),
        InlinePanel("extra_dates", heading=_("Additional dates"), label=_("Additional date")),
        InlinePanel("exceptions", heading=_("Exceptions"), label=_("Exception")),
        FieldPanel("closure_periods", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = TabbedInterface(
        [
            Tab(content_panels, heading=_("Content"), name="content"),
            Tab(schedule_tab_panels, heading=_("Schedule"), name="schedule"),
            Tab(Page.promote_panels, heading=_("Promote"), name="promote"),
            Tab(Page.settings_panels, heading=_("Settings"), name="settings"),
        ]
    )
    base_form_class = EventPageForm

    #: What the API fields read, fetched with the listing (cms.api).
    api_select_related = ("location", "organiser", "locale", "alias_of")
    api_prefetch_related = ("extra_dates", "exceptions", "categories")

    @classmethod
    def api_prepare_listing(cls, pages):
        """Next dates, closure periods and organisers of an API listing's pages, read
        once for all (cms.api)."""
        from events.api_fields import prepare_listing

        prepare_listing(pages)

    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
    ]
    api_fields = [
        APIField("teaser"),
        APIField("body"),
        APIField("schedule", serializer=ScheduleField()),
        APIField("next_dates", serializer=NextDatesField()),
        APIField("location", serializer=LocationField()),
        APIField("organiser", serializer=OrganiserField()),
        APIField("audience", serializer=CodeListField()),
        APIField("languages", serializer=CodeListField()),
        APIField("is_free"),
        APIField("cost"),
        APIField("registration_required"),
        APIField("registration_url"),
        APIField("registration_contact"),
        APIField("accessibility_notes"),
        localization_api_field(),
    ]
    #: The schedule is not a language matter: translators cannot override it.
    override_translatable_fields = [
        SYNCHRONIZED_SLUG,
        # The organising network follows the German page; every output shows it in the
        # page's language (and a translator could not choose among German pages anyway).
        SynchronizedField("organiser", overridable=False),
        *(SynchronizedField(name, overridable=False) for name in SCHEDULE_FIELDS),
        SynchronizedField("closure_periods", overridable=False),
        SynchronizedField("categories"),
        SynchronizedField("audience"),
        SynchronizedField("languages"),
        SynchronizedField("is_free"),
        SynchronizedField("registration_required"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        from django.core.exceptions import ValidationError

        from events.schedule import validate_schedule

        super().clean()
        errors = validate_schedule(self.schedule_values)
        if errors:
            raise ValidationError(errors)
        self.refresh_rrule()

    # -- the schedule belongs to the series (events.models.series_source) ----

    def save(self, *args, **kwargs):
        follow_source(self)
        self.refresh_rrule()
        return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        follow_source(self)
        return super().save_revision(*args, **kwargs)

    def with_content_json(self, content):
        page = super().with_content_json(content)
        follow_source(page)
        return page

    def get_context(self, request, *args, **kwargs):
        from events.page_views import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request))
        return context

    # -- occurrences ---------------------------------------------------------

    def get_schedule_text(self, today=None):
        from events.page_schedule import page_schedule_text

        return page_schedule_text(self, today=today)
