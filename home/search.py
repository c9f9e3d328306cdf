"""The public site search: what visitors find, grouped by kind, in their language.

Words are found whole anywhere in a page or as the beginnings of the words
of its title, without regard to case and accents
(:func:`cms.search_backend.matching`). Results come in groups: networks,
events (each with its next date) and other pages. The overview shows the
first few of each group with its count and a link to the whole group; a
group on its own (``?type=events``) is paginated. Only live pages of the
visitor's language that the public may see are found (:mod:`cms.visibility`).

The number of queries is the same however many pages are found: one count
and one page of results per group, the specific pages per page type, and one
query for the next dates of all events shown.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from cms.params import whole_number
from cms.search_backend import matching
from cms.text import clean_text
from cms.visibility import visible_occurrences, visible_to_public

#: Longest search text taken, in characters (the form allows as many).
SEARCH_MAX_QUERY = 200
#: Results per group in the overview.
SEARCH_GROUP_SIZE = 5
#: Results per page when one group is shown.
SEARCH_PAGE_SIZE = 10


@dataclass
class Group:
    """One kind of result: its key (``?type=``), heading, template and results."""

    key: str
    heading: str | Promise
    template: str
    model: type | None = None
    count: int = 0
    results: list = field(default_factory=list)
    #: The paginator page, when the group is shown on its own.
    page: object = None

    @property
    def more(self):
        """Whether the overview leaves out some of the group's results."""
        return self.page is None and self.count > len(self.results)


def result_groups():
    """The groups of results in the order shown; those of apps not installed are left out."""
    groups = []
    if apps.is_installed("networks"):
        groups.append(
            Group(
                "networks",
                _("Networks"),
                "home/includes/search_network.html",
                apps.get_model("networks", "NetworkPage"),
            )
        )
    if apps.is_installed("events"):
        groups.append(
            Group(
                "events",
                _("Events"),
                "home/includes/search_event.html",
                apps.get_model("events", "EventPage"),
            )
        )
    groups.append(Group("pages", _("Other pages"), "home/includes/search_page.html"))
    return groups


def _pages_of(group, found, others):
    """``found`` narrowed to ``group``, title matches first, then by title."""
    pages = found.type(group.model) if group.model else found.not_type(*others)
    return pages.order_by("-begins_title", "title", "pk").specific()


def _paginate(pages, size, number):
    paginator = Paginator(pages, size)
    try:
        return paginator.page(number)
    except (EmptyPage, PageNotAnInteger):
        return paginator.page(1)


def next_dates(events, request):
    """``{page id: occurrence item}``: the next date of each event that is not cancelled.

    One query for all ``events``, from the occurrence table; items are those
    the event templates show (``events.occurrence_items.occurrence_item``).
    """
    if not events:
        return {}
    from events import recurrence
    from events.occurrence_items import occurrence_item

    occurrence = apps.get_model("events", "Occurrence")
    rows = (
        visible_occurrences(occurrence.objects.filter(page__in=[page.pk for page in events]))
        .upcoming(timezone.now())
        .exclude(status=recurrence.CANCELLED)
        .annotate(
            nth=Window(RowNumber(), partition_by=F("page_id"), order_by=(F("start_utc"), F("pk")))
        )
        .filter(nth=1)
        .for_listing()
    )
    urls = {}
    return {row.page_id: occurrence_item(row, request, urls) for row in rows}


def _fill(groups, found, chosen, number, request):
    """Count and fetch each group's results (only ``chosen``'s, paginated, if given)."""
    others = [group.model for group in groups if group.model]
    for group in groups:
        if chosen and group.key != chosen:
            continue
        pages = _pages_of(group, found, others)
        if chosen:
            group.page = _paginate(pages, SEARCH_PAGE_SIZE, number)
            page_list, group.count = list(group.page), group.page.paginator.count
        else:
            group.count = pages.count()
            page_list = list(pages[:SEARCH_GROUP_SIZE]) if group.count else []
        dates = next_dates(page_list, request) if group.key == "events" else {}
        group.results = [{"page": page, "next": dates.get(page.pk)} for page in page_list]


def search(request):
    """Search the live, public pages of the visitor's current locale.

    The words typed are shown back as typed (cleaned); the search backend
    (``cms.search_backend``) takes them as plain words, never as query syntax.
    A page number that is not written in the digits 0-9, or a ``type`` that
    is not one of the groups, answers 400.
    """
    typed = clean_text(request.GET.get("q") or "")[:SEARCH_MAX_QUERY]
    number = whole_number(request.GET.get("page") or "1", max_digits=9)
    groups = result_groups()
    chosen = request.GET.get("type") or ""
    if not number or (chosen and chosen not in {group.key for group in groups}):
        return render(request, "400.html", status=400)
    if typed:
        public = visible_to_public(Page.objects.filter(locale=Locale.get_active(), depth__gt=1))
        _fill(groups, matching(public, typed), chosen, number, request)
    shown = [group for group in groups if not chosen or group.key == chosen]
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "query": typed,
            "groups": shown,
            "chosen": shown[0] if chosen else None,
            "count": sum(group.count for group in shown),
            "results": [result["page"] for group in shown for result in group.results],
        },
    )
