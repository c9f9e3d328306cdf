"""Data for the event templates: the index (list and month), the event page, the network section.

Everything the templates show is prepared here from the occurrence table
with a fixed number of queries, however many events there are.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db.models import prefetch_related_objects
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.dates import MONTHS, WEEKDAYS, WEEKDAYS_ABBR
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from cms.params import whole_number
from cms.visibility import is_visible, visible_occurrences, visible_to_public
from events import conf, days, recurrence
from events.fields import ChoiceListField
from events.jsonld import page_jsonld
from events.occurrence_table import page_occurrences, page_schedule_text
from events.schedule_text import join_list

LIST, MONTH = "list", "month"


def _zone(name):
    try:
        return ZoneInfo(name)
    except Exception:
        return ZoneInfo(settings.TIME_ZONE)


def occurrence_item(row, request, cache=None):
    """A template-ready dict for one table row (``row.page`` selected with it)."""
    page = row.page
    zone = _zone(page.time_zone)
    start = row.start_utc.astimezone(zone)
    end = row.end_utc.astimezone(zone)
    if row.all_day:
        start, end = start.date(), (end - timedelta(days=1)).date()
    url = None
    if cache is not None and page.pk in cache:
        url = cache[page.pk]
    else:
        url = page.get_url(request)
        if cache is not None:
            cache[page.pk] = url
    return {
        "page": page,
        "title": page.title,
        "teaser": page.teaser,
        "url": url,
        "start": start,
        "end": end,
        "all_day": row.all_day,
        "multi_day": (end.date() if isinstance(end, datetime) else end)
        != (start.date() if isinstance(start, datetime) else start),
        "status": row.status,
        "reason": row.reason,
        "note": row.note,
        "location": row.location or page.location,
        "moved_location": row.location,
        "original_start": row.original_start_utc.astimezone(zone),
        "is_free": page.is_free,
    }


def core_item(occ, page):
    """The same dict for an occurrence computed by the core (previews, unpublished pages)."""
    start, end = occ.start, occ.end
    if occ.all_day:
        end = end - timedelta(days=1)
    return {
        "page": page,
        "title": page.title,
        "url": None,
        "start": start,
        "end": end,
        "all_day": occ.all_day,
        "multi_day": (end.date() if isinstance(end, datetime) else end)
        != (start.date() if isinstance(start, datetime) else start),
        "status": occ.status,
        "reason": occ.reason,
        "note": occ.note,
        "location": None,
        "moved_location": None,
        "original_start": occ.original_start,
        "is_free": page.is_free,
    }


def computed_next_dates(page, now, limit=10):
    """The next dates of ``page`` computed from its schedule (drafts, previews).

    Published pages read the same from the occurrence table; both come from
    :func:`events.occurrence_table.page_occurrences`.
    """
    found = page_occurrences(page, now, now + timedelta(days=conf.horizon_days()))
    return [core_item(occ, page) for occ in found[:limit]]


# ---------------------------------------------------------------------------
# Event index
# ---------------------------------------------------------------------------


class EventFilterForm(forms.Form):
    """Query parameters of the event index; invalid values answer 400."""

    view = forms.ChoiceField(
        choices=[(LIST, _("List")), (MONTH, _("Month"))], required=False, label=_("View")
    )
    month = forms.RegexField(
        regex=r"^[0-9]{4}-(0[1-9]|1[0-2])$",
        required=False,
        label=_("Month"),
        error_messages={"invalid": _("Give the month as YYYY-MM, e.g. 2025-04.")},
    )
    page = forms.CharField(required=False, label=_("Page"))
    network = forms.TypedChoiceField(coerce=int, required=False, label=_("Network"))
    category = forms.TypedChoiceField(coerce=int, required=False, label=_("Category"))
    audience = forms.ChoiceField(required=False, label=_("For whom"))
    language = forms.ChoiceField(required=False, label=_("Language spoken"))
    free = forms.BooleanField(required=False, label=_("Free of charge only"))

    def __init__(self, *args, networks=(), categories=(), **kwargs):
        from events.models import AUDIENCE_CHOICES
        from events.models.pages import spoken_language_choices

        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["network"].choices = everything + [(p.pk, p.title) for p in networks]
        self.fields["category"].choices = everything + [(c.pk, c.name) for c in categories]
        self.fields["audience"].choices = everything + list(AUDIENCE_CHOICES)
        self.fields["language"].choices = everything + spoken_language_choices()

    def clean_page(self):
        """A page number in the digits 0-9 (``IntegerField`` would also read "١٢")."""
        value = self.cleaned_data.get("page")
        if not value:
            return None
        number = whole_number(value, max_digits=9)
        if not number:
            raise forms.ValidationError(forms.IntegerField.default_error_messages["invalid"])
        return number

    def clean_month(self):
        value = self.cleaned_data.get("month")
        if not value:
            return None
        year, month = (int(part) for part in value.split("-"))
        if not 1900 <= year <= 2200:
            raise forms.ValidationError(_("Choose a month between 1900 and 2200."))
        return date(year, month, 1)


def _filter_sources(index):
    """Networks and categories to offer as filters (a few queries, whatever the number)."""
    from events.models import Category, EventPage

    events = visible_to_public(EventPage.objects.descendant_of(index))
    # Ids first: as a subquery, PostgreSQL may plan this badly inside big transactions.
    organiser_ids = set(
        events.exclude(organiser_id=None).values_list("organiser_id", flat=True).distinct()
    )
    networks = list(
        visible_to_public(Page.objects.filter(pk__in=organiser_ids))
        .only("id", "title", "translation_key", "locale_id")
        .order_by("title")
    )
    localized = {
        p.translation_key: p
        for p in visible_to_public(
            Page.objects.filter(
                translation_key__in=[n.translation_key for n in networks],
                locale_id=index.locale_id,
            )
        ).only("id", "title", "translation_key")
    }
    networks = [localized.get(n.translation_key, n) for n in networks]
    categories = list(
        Category.objects.filter(
            translation_key__in=Category.objects.filter(events__in=events).values(
                "translation_key"
            ),
            locale_id=index.locale_id,
        ).order_by("name")
    )
    if not categories:
        categories = list(Category.objects.filter(events__in=events).distinct().order_by("name"))
    return networks, categories


def _filtered_occurrences(index, data, networks, categories):
    from events.models import Occurrence

    rows = visible_occurrences(
        Occurrence.objects.filter(page__path__startswith=index.path, page__depth__gt=index.depth)
    ).for_listing()
    if data.get("network"):
        key = next(p.translation_key for p in networks if p.pk == data["network"])
        rows = rows.filter(page__organiser__translation_key=key)
    if data.get("category"):
        key = next(c.translation_key for c in categories if c.pk == data["category"])
        rows = rows.filter(page__categories__translation_key=key).distinct()
    if data.get("audience"):
        rows = rows.filter(page__audience__contains=ChoiceListField.token(data["audience"]))
    if data.get("language"):
        rows = rows.filter(page__languages__contains=ChoiceListField.token(data["language"]))
    if data.get("free"):
        rows = rows.filter(page__is_free=True)
    return rows


def _query(data, **changes):
    """The query string for the current filters with ``changes`` applied."""
    params = {}
    for key in ("view", "month", "network", "category", "audience", "language", "free"):
        value = changes.get(key, data.get(key))
        if value in (None, "", False):
            continue
        if key == "month" and isinstance(value, date):
            value = f"{value:%Y-%m}"
        params[key] = "1" if value is True else value
    if changes.get("page"):
        params["page"] = changes["page"]
    return "?" + urlencode(params) if params else "?"


def _month_grid(first, rows, request, today):
    """Weeks (Monday first) of day cells for the month starting on ``first``."""
    cache = {}
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    by_day = days.items_by_day([occurrence_item(row, request, cache) for row in rows], first, last)
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month):
        weeks.append(
            [
                {
                    "date": day,
                    "in_month": day.month == first.month,
                    "is_today": day == today,
                    "items": by_day.get(day, []),
                }
                for day in week
            ]
        )
    return weeks


def index_context(index, request):
    """Everything the index template needs; ``context["errors"]`` for bad parameters."""
    networks, categories = _filter_sources(index)
    form = EventFilterForm(request.GET or None, networks=networks, categories=categories)
    context = {
        "filter_form": form,
        "networks": networks,
        "categories": categories,
        "weekday_names": [WEEKDAYS[i] for i in range(7)],
        "weekday_abbr": [WEEKDAYS_ABBR[i] for i in range(7)],
    }
    if request.GET and not form.is_valid():
        context["bad_request"] = True
        return context
    data = form.cleaned_data if request.GET else {}
    now = timezone.now()
    today = timezone.localdate()
    rows = _filtered_occurrences(index, data, networks, categories)
    view = data.get("view") or LIST
    context.update(view=view, query=_query(data), today=today)
    context["list_url"] = _query(data, view="", month=None)
    if view == MONTH:
        first = data.get("month") or today.replace(day=1)
        next_first = (first + timedelta(days=32)).replace(day=1)
        month_rows = list(days.rows_between(rows, first, next_first - timedelta(days=1)))
        previous_first = (first - timedelta(days=1)).replace(day=1)
        context.update(
            month=first,
            month_name=MONTHS[first.month],
            weeks=_month_grid(first, month_rows, request, today),
            month_has_events=bool(month_rows),
            previous_url=_query(data, view=MONTH, month=previous_first),
            next_url=_query(data, view=MONTH, month=next_first),
            today_url=_query(data, view=MONTH, month=today.replace(day=1)),
        )
        return context
    paginator = Paginator(rows.upcoming(now), conf.per_page())
    try:
        page_obj = paginator.page(data.get("page") or 1)
    except EmptyPage:
        form.add_error("page", _("There is no such page of dates."))
        context["bad_request"] = True
        return context
    cache = {}
    context.update(
        page_obj=page_obj,
        items=[occurrence_item(row, request, cache) for row in page_obj.object_list],
        month_url=_query(data, view=MONTH, month=today.replace(day=1)),
        previous_url=_query(data, page=page_obj.previous_page_number())
        if page_obj.has_previous()
        else None,
        next_url=_query(data, page=page_obj.next_page_number()) if page_obj.has_next() else None,
    )
    return context


def serve_index(index, request):
    context = index.get_context(request)
    status = 400 if context.get("bad_request") else 200
    return TemplateResponse(request, index.get_template(request), context, status=status)


# ---------------------------------------------------------------------------
# Event page
# ---------------------------------------------------------------------------


def _localized(obj, locale):
    if obj is None or locale is None or getattr(obj, "locale_id", None) == locale.pk:
        return obj
    try:
        return obj.get_translation_or_none(locale) or obj
    except Exception:
        return obj


def _localized_all(objects, locale):
    """``objects`` in ``locale`` where translated (one query for all of them)."""
    objects = list(objects)
    keys = [obj.translation_key for obj in objects if obj.locale_id != locale.pk]
    if not keys:
        return objects
    model = type(objects[0])
    found = {
        obj.translation_key: obj
        for obj in model.objects.filter(translation_key__in=keys, locale_id=locale.pk)
    }
    return [found.get(obj.translation_key, obj) for obj in objects]


def event_context(page, request):
    """Schedule text, next dates and practical facts in the page's language."""
    now = timezone.now()
    locale = page.locale if page.locale_id else Locale.get_default()
    is_preview = getattr(request, "is_preview", False)
    if page.live and page.pk and not is_preview:
        # The schedule, the next dates and the JSON-LD read the same relations: once.
        prefetch_related_objects([page], "extra_dates", "exceptions", "closure_periods")
        rows = list(page.occurrences.upcoming(now).select_related("location")[:10])
        cache = {}
        for row in rows:
            row.page = page
        next_dates = [occurrence_item(row, request, cache) for row in rows]
    else:
        try:
            next_dates = computed_next_dates(page, now)
        except recurrence.RecurrenceError:
            next_dates = []
    try:
        schedule_text = page_schedule_text(page, today=timezone.localdate())
    except recurrence.RecurrenceError:
        schedule_text = ""
    spoken = []
    for code in page.languages:
        try:
            spoken.append(get_language_info(code)["name_translated"])
        except KeyError:
            spoken.append(code)
    audience = dict(page._meta.get_field("audience").flatchoices)
    organiser = _localized(page.organiser, locale)
    context = {
        "schedule_text": schedule_text,
        "next_dates": next_dates,
        "location": _localized(page.location, locale),
        "organiser": organiser.specific if is_visible(organiser) else None,
        "categories": _localized_all(page.categories.all(), locale),
        "audience_labels": join_list(audience.get(code, code) for code in page.audience),
        "spoken_languages": join_list(spoken),
        "language_code": get_language(),
    }
    context["event_jsonld"] = page_jsonld(page, request, context)  # calendar interop
    return context


# ---------------------------------------------------------------------------
# The network page's section (registered as a hook in wagtail_hooks.py)
# ---------------------------------------------------------------------------


def network_section(page, request, limit=5):
    """``{"title", "html"}`` with the next dates of the network's events, or None."""
    from django.template.loader import render_to_string
    from django.utils.translation import gettext

    from events.models import Occurrence

    rows = list(
        visible_occurrences(Occurrence.objects.all())
        .upcoming(timezone.now())
        .filter(
            page__organiser__translation_key=page.translation_key, page__locale_id=page.locale_id
        )
        .for_listing()[:limit]
    )
    if not rows:
        return None
    cache = {}
    items = [occurrence_item(row, request, cache) for row in rows]
    html = render_to_string(
        "events/includes/network_section.html", {"items": items}, request=request
    )
    return {"title": gettext("Upcoming events"), "html": html}
