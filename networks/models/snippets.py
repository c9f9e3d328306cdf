"""Organisations: the members of the networks, translatable snippets."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """An association, facility or office that takes part in networks."""

    class Kind(models.TextChoices):
        ASSOCIATION = "association", _("Association")
        FACILITY = "facility", _("Facility")
        DISTRICT_OFFICE = "district_office", _("District office")
        NEIGHBOURHOOD_MANAGEMENT = "neighbourhood_management", _("Neighbourhood management")
        PARISH = "parish", _("Church parish")
        PARTY = "party", _("Political party")
        KITA = "kita", _("Day-care centre (Kita)")
        SCHOOL = "school", _("School")
        YOUTH_WELFARE = "youth_welfare", _("Youth-welfare provider")
        OTHER = "other", _("Other")

    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("The organisation's full name as it presents itself, e.g. 'Ortsamt Prohlis'."),
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.OTHER)
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The full address starting with https://, e.g. https://www.example.org"),
    )
    description = models.TextField(
        _("short description"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences on what the organisation does (at most 400 characters)."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("locale"),
    ]
    # Writable, so that API v3 writes go through the same form checks as the
    # admin (a name is required, the website must be a URL …).
    api_fields = [
        APIField(name, writable=True) for name in ("name", "kind", "website", "description")
    ]
    override_translatable_fields = [
        SynchronizedField("kind", overridable=False),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def network_titles(self):
        """The networks this organisation belongs to, for the admin listing."""
        titles = []
        for membership in self.memberships.all():
            if membership.page.title not in titles:
                titles.append(membership.page.title)
        return ", ".join(titles)

    network_titles.short_description = _("networks")
