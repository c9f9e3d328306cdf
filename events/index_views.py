"""The event index: its filter form, the list and the month grid, from the occurrence table
with a fixed number of queries however many events there are.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from urllib.parse import urlencode

from django import forms
from django.core.paginator import EmptyPage, Paginator
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.dates import MONTHS, WEEKDAYS, WEEKDAYS_ABBR
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms.params import whole_number
from cms.visibility import visible_occurrences, visible_to_public
from cms.widgets import QuickSelect
from events import conf, days
from events.fields import ChoiceListField
from events.occurrence_items import event_zone, occurrence_item

LIST, MONTH = "list", "month"


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
    day = forms.DateField(
        required=False,
        label=_("Day"),
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": _("Give the day as YYYY-MM-DD, e.g. 2025-04-13.")},
    )
    page = forms.CharField(required=False, label=_("Page"))
    network = forms.TypedChoiceField(
        coerce=int, required=False, label=_("Network"), widget=QuickSelect
    )
    category = forms.TypedChoiceField(
        coerce=int, required=False, label=_("Category"), widget=QuickSelect
    )
    audience = forms.ChoiceField(required=False, label=_("For whom"), widget=QuickSelect)
    language = forms.ChoiceField(required=False, label=_("Language spoken"), widget=QuickSelect)
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

    def clean_day(self):
        value = self.cleaned_data.get("day")
        if value and not 1900 <= value.year <= 2200:
            raise forms.ValidationError(_("Choose a day between 1900 and 2200."))
        return value

    def clean_month(self):
        value = self.cleaned_data.get("month")
        if not value:
            return None
        year, month = (int(part) for part in value.split("-"))
        if not 1900 <= year <= 2200:
            raise forms.ValidationError(_("Choose a month between 1900 and 2200."))
        return date(year, month, 1)


def filter_sources(index):
    """Networks and categories to offer as filters (a few queries, whatever the number)."""
    from events.models import Category, EventPage

    events = visible_to_public(EventPage.objects.descendant_of(index))
    # Ids first: as a subquery, PostgreSQL may plan this badly inside big transactions.
    organiser_ids = set(
        events.exclude(organiser_id=None)
        .order_by()  # distinct organisers, not one row per page in tree order
        .values_list("organiser_id", flat=True)
        .distinct()
    )
    networks = list(
        visible_to_public(Page.objects.filter(pk__in=organiser_ids))
        .only("id", "title", "translation_key", "locale_id")
        .order_by("title")
    )
    elsewhere = [n.translation_key for n in networks if n.locale_id != index.locale_id]
    localized = (
        {
            p.translation_key: p
            for p in visible_to_public(
                Page.objects.filter(translation_key__in=elsewhere, locale_id=index.locale_id)
            ).only("id", "title", "translation_key")
        }
        if elsewhere
        else {}
    )
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


def filtered_occurrences(index, data, networks, categories):
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
    for key in ("view", "month", "day", "network", "category", "audience", "language", "free"):
        value = changes.get(key, data.get(key))
        if value in (None, "", False):
            continue
        if key == "month" and isinstance(value, date):
            value = f"{value:%Y-%m}"
        elif key == "day" and isinstance(value, date):
            value = f"{value:%Y-%m-%d}"
        params[key] = "1" if value is True else value
    if changes.get("page"):
        params["page"] = changes["page"]
    return "?" + urlencode(params) if params else "?"


def _month_grid(first, rows, request, today, data):
    """Weeks (Monday first) of day cells for the month starting on ``first``.

    A day shows its first ``EVENTS_MONTH_DAY_LIMIT`` dates and links to the list of all
    of them: the month reads light rows and builds only the dates it shows, so a month
    with a thousand weekly events costs what a month with a few does.
    """
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    light = [
        (pk, start_utc, end_utc, all_day, event_zone(zone))
        for pk, start_utc, end_utc, all_day, zone in days.rows_between(
            rows, first, last
        ).values_list("pk", "start_utc", "end_utc", "all_day", "page__time_zone")
    ]
    shown, counts = days.first_per_day(light, first, last, conf.month_day_limit())
    wanted = {pk for pks in shown.values() for pk in pks}
    cache = {}
    items = {row.pk: occurrence_item(row, request, cache) for row in rows.filter(pk__in=wanted)}
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month):
        weeks.append(
            [
                {
                    "date": day,
                    "in_month": day.month == first.month,
                    "is_today": day == today,
                    "items": [items[pk] for pk in shown.get(day, ()) if pk in items],
                    "count": counts.get(day, 0),
                    "more_url": _query(data, view="", month=None, day=day)
                    if counts.get(day, 0) > len(shown.get(day, ()))
                    else None,
                }
                for day in week
            ]
        )
    return weeks


def index_context(index, request):
    """Everything the index template needs; ``context["errors"]`` for bad parameters."""
    networks, categories = filter_sources(index)
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
    rows = filtered_occurrences(index, data, networks, categories)
    view = data.get("view") or LIST
    context.update(view=view, query=_query(data), today=today)
    context["list_url"] = _query(data, view="", month=None)
    if view == MONTH:
        first = data.get("month") or today.replace(day=1)
        next_first = (first + timedelta(days=32)).replace(day=1)
        previous_first = (first - timedelta(days=1)).replace(day=1)
        weeks = _month_grid(first, rows, request, today, data)
        context.update(
            month=first,
            month_name=MONTHS[first.month],
            weeks=weeks,
            month_has_events=any(day["count"] for week in weeks for day in week),
            previous_url=_query(data, view=MONTH, month=previous_first),
            next_url=_query(data, view=MONTH, month=next_first),
            today_url=_query(data, view=MONTH, month=today.replace(day=1)),
        )
        return context
    day = data.get("day")
    listed = days.rows_between(rows, day, day) if day else rows.upcoming(now)
    context["day"] = day
    paginator = Paginator(listed, conf.per_page())
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
        month_url=_query(data, view=MONTH, month=(day or today).replace(day=1), day=None),
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
