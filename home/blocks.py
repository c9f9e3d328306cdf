"""The home page's own blocks: this week's dates, the networks at a glance, the languages.

Editors place them in the home page's body; what they show comes from the
live site (the occurrence table, the network pages, the locales), never typed.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cms.blocks import ContentStreamBlock
from cms.visibility import visible_occurrences, visible_to_public

GROUP_SITE = _("From the site")


def _home(parent_context):
    page = (parent_context or {}).get("page")
    return page if page is not None and getattr(page, "path", None) else None


def week_ahead(home, request, days=7, today=None):
    """The next ``days`` local days from ``today`` with the dates of the events below ``home``.

    One list entry per day (``date``, ``is_today``, ``items``); cancelled and
    moved dates are included and marked, as everywhere else.
    """
    from events.days import day_list, rows_between
    from events.models import Occurrence
    from events.occurrence_items import occurrence_item

    today = today or timezone.localdate()
    last = today + timedelta(days=days - 1)
    rows = visible_occurrences(
        Occurrence.objects.filter(
            page__path__startswith=home.path,
            page__depth__gt=home.depth,
            page__locale_id=home.locale_id,
        )
    ).for_listing()
    cache = {}
    items = [occurrence_item(row, request, cache) for row in rows_between(rows, today, last)]
    return day_list(items, today, last, today)


def calendar_subscription(request, locale_code):
    """``(download_url, webcal_url)`` of the whole calendar in ``locale_code``."""
    from events.ical.feeds import site_feed_path

    path = site_feed_path(locale_code)
    host = request.get_host() if request is not None else "localhost"
    return path, f"webcal://{host}{path}"


class WeekAheadBlock(blocks.StructBlock):
    """The dates of the coming days, today first, with a link to subscribe."""

    title = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Left empty: “This week in the neighbourhood”."),
    )
    days = blocks.IntegerBlock(
        label=_("Number of days"),
        default=7,
        min_value=1,
        max_value=14,
        help_text=_("How many days, starting today, the list shows."),
    )
    show_subscribe = blocks.BooleanBlock(
        label=_("Offer the calendar subscription"), required=False, default=True
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        home = _home(parent_context)
        request = (parent_context or {}).get("request")
        context["days_list"] = week_ahead(home, request, value.get("days") or 7) if home else []
        context["has_dates"] = any(day["items"] for day in context["days_list"])
        code = home.locale.language_code if home else settings.LANGUAGE_CODE
        context["ics_url"], context["webcal_url"] = calendar_subscription(request, code)
        return context

    class Meta:
        icon = "date"
        template = "home/blocks/week_ahead_block.html"
        group = GROUP_SITE
        label = _("This week")
        description = _("The dates of all events in the coming days, taken from the event pages.")
        preview_value = {"title": "", "days": 7, "show_subscribe": True}


class NetworksGlanceBlock(blocks.StructBlock):
    """Every network of the site in one short list: name and one sentence."""

    title = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Left empty: “Our networks”."),
    )

    def get_context(self, value, parent_context=None):
        from networks.models import NetworkPage

        context = super().get_context(value, parent_context=parent_context)
        home = _home(parent_context)
        networks = []
        if home is not None:
            networks = list(
                visible_to_public(
                    NetworkPage.objects.descendant_of(home).filter(locale_id=home.locale_id)
                )
                .defer_streamfields()
                .only("id", "title", "slug", "url_path", "short_description", "path", "depth")
                .order_by("path")
            )
        context["networks"] = networks
        return context

    class Meta:
        icon = "group"
        template = "home/blocks/networks_glance_block.html"
        group = GROUP_SITE
        label = _("Networks at a glance")
        description = _("A short list of all networks with one sentence each.")
        preview_value = {"title": ""}


class LanguagesBlock(blocks.StructBlock):
    """The languages the site speaks, each a link to this page in that language."""

    title = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Left empty: “This site in your language”."),
    )

    class Meta:
        icon = "globe"
        template = "home/blocks/languages_block.html"
        group = GROUP_SITE
        label = _("Languages")
        description = _("Links to the site in each of its languages.")
        preview_value = {"title": ""}


class HomeStreamBlock(ContentStreamBlock):
    """The shared content blocks plus what only the home page shows."""

    week_ahead = WeekAheadBlock()
    networks_glance = NetworksGlanceBlock()
    languages = LanguagesBlock()
