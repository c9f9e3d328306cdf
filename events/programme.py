"""The weekly programme of an event index: one ISO week, day by day, for the notice board.

``<index>/programm/?week=2026-W49`` (default: this week in ``settings.TIME_ZONE``)
takes the index's filters (network, category, audience, language, free) and
``format=pdf`` (:mod:`events.programme_pdf`). The rows are the month view's:
the occurrence table narrowed by the index's filters to the visible pages
below the index (:func:`events.index_views.filtered_occurrences`), grouped by
local day with :mod:`events.days` and turned into template items by
:func:`events.occurrence_items.occurrence_item`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import segno
from django import forms
from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import dateformat, timezone
from django.utils.cache import patch_cache_control
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from cms.i18n import language_direction
from events import conf, days, recurrence
from events.ical.feeds import site_feed_path
from events.index_views import EventFilterForm, filter_sources, filtered_occurrences
from events.occurrence_items import occurrence_item
from events.schedule import EARLIEST_DATE, LATEST_DATE

HTML, PDF = "html", "pdf"
#: The index's filters that the programme keeps in its links.
FILTERS = ("network", "category", "audience", "language", "free")
#: ``2026-W49`` (or ``2026-w49``), in the digits 0-9 only.
WEEK_PATTERN = re.compile(r"([0-9]{4})-[Ww]([0-9]{2})")


def week_monday(year, week):
    """The Monday of ISO week ``week`` of ``year``; ``ValueError`` if the year has no such week."""
    return date.fromisocalendar(year, week, 1)


def week_code(day):
    """``"2026-W49"`` for the ISO week that ``day`` belongs to."""
    year, week, _weekday = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def this_monday():
    """The Monday of the current ISO week in the site's time zone."""
    today = timezone.localdate(timezone=ZoneInfo(settings.TIME_ZONE))
    return today - timedelta(days=today.weekday())


def _in_range(monday):
    return EARLIEST_DATE.year <= monday.isocalendar()[0] <= LATEST_DATE.year


class ProgrammeForm(EventFilterForm):
    """The index's filters plus ``week`` and ``format``; invalid values answer 400."""

    week = forms.CharField(required=False, label=_("Week"))
    format = forms.ChoiceField(
        choices=[(HTML, "HTML"), (PDF, "PDF")], required=False, label=_("Format")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("view", "month", "page"):  # the list's and the month's own
            del self.fields[name]

    def clean_week(self):
        value = self.cleaned_data.get("week")
        if not value:
            return None
        match = WEEK_PATTERN.fullmatch(value)
        if match is None:
            raise forms.ValidationError(_("Give the week as YYYY-Www, e.g. 2026-W49."))
        year, week = int(match[1]), int(match[2])
        if not EARLIEST_DATE.year <= year <= LATEST_DATE.year:
            raise forms.ValidationError(
                _("Choose a week between the years %(first)d and %(last)d.")
                % {"first": EARLIEST_DATE.year, "last": LATEST_DATE.year}
            )
        try:
            return week_monday(year, week)
        except ValueError:
            raise forms.ValidationError(
                _("The year %(year)d has no week %(week)d.") % {"year": year, "week": week}
            ) from None


def programme_query(data, **changes):
    """The query string (with ``?``) for the filters in ``data`` with ``changes`` applied."""
    params = {}
    for key in (*FILTERS, "week", "format"):
        value = changes.get(key, data.get(key))
        if value in (None, "", False) or (key == "format" and value == HTML):
            continue
        if key == "week" and isinstance(value, date):
            value = week_code(value)
        params[key] = "1" if value is True else value
    return "?" + urlencode(params) if params else ""


def programme_url(index, request, data=None):
    """The programme's address for the filters in ``data`` (e.g. the index's cleaned data)."""
    base = (index.get_url(request) or "/") + index.reverse_subpage("programme")
    return base + programme_query({key: (data or {}).get(key) for key in FILTERS})


def feed_url(request, index, data):
    """The absolute address of the index's language feed, with the filters feeds know."""
    path = site_feed_path(
        index.locale.language_code, network=data.get("network"), category=data.get("category")
    )
    return request.build_absolute_uri(path)


def qr_svg(url):
    """An inline SVG QR code for ``url`` (segno), to sit beside the printed address."""
    code = segno.make(url, error="m")
    return mark_safe(  # segno writes the markup and escapes the title
        code.svg_inline(
            scale=1,
            omitsize=True,
            svgclass="programme__qr-code",
            title=gettext("QR code of the calendar address"),
        )
    )


def _format(value, format_msgid):
    return dateformat.format(value, gettext(format_msgid))


def _with_year(day):
    """The day and month as the catalogue writes them, then the year: 6 December 2026."""
    return f"{_format(day, 'j F')} {day.year}"


def _when(value):
    """Day, date and time (Thursday, 31 December 2026 17:00); the date alone for all-day dates."""
    label = _format(value, "l, j F Y")
    if isinstance(value, datetime):
        label = f"{label} {value:%H:%M}"
    return label


def _programme_item(item):
    """The template item with what a notice board says about a changed date."""
    page_location = item["page"].location
    moved_place = item["moved_location"]
    original = item["original_start"].date() if item["all_day"] else item["original_start"]
    item["original_label"] = _when(original)
    item["moved_in_time"] = original != item["start"]
    item["original_place"] = (
        page_location
        if moved_place is not None and page_location is not None and page_location != moved_place
        else None
    )
    return item


def _moved_away(rows, monday, sunday, request, url_cache):
    """``{day: [item, …]}``: dates of this week moved to another day, at their original day."""
    start, end = days.day_window(monday, sunday)
    moved = rows.filter(
        status=recurrence.MOVED, original_start_utc__gte=start, original_start_utc__lt=end
    ).order_by("original_start_utc", "page_id")
    by_day = {}
    for row in moved:
        item = occurrence_item(row, request, url_cache)
        original_day = days.local_day(item["original_start"])
        if original_day == days.local_day(item["start"]) or not monday <= original_day <= sunday:
            continue
        item["new_label"] = _when(item["start"])
        by_day.setdefault(original_day, []).append(item)
    return by_day


def programme_context(index, request):
    """Everything the programme templates need; ``context["bad_request"]`` for bad parameters."""
    networks, categories = filter_sources(index)
    form = ProgrammeForm(request.GET or None, networks=networks, categories=categories)
    language = get_language() or settings.LANGUAGE_CODE
    context = {
        "filter_form": form,
        "networks": networks,
        "categories": categories,
        "language_code": language,
        "direction": language_direction(language),
        "index_url": index.get_url(request),
        "programme_path": index.reverse_subpage("programme"),
    }
    context["programme_base_url"] = (context["index_url"] or "/") + context["programme_path"]
    if request.GET and not form.is_valid():
        context["bad_request"] = True
        return context
    data = form.cleaned_data if request.GET else {}
    today = timezone.localdate(timezone=ZoneInfo(settings.TIME_ZONE))
    monday = data.get("week") or this_monday()
    sunday = monday + timedelta(days=6)
    rows = filtered_occurrences(index, data, networks, categories)
    url_cache = {}
    items = [
        _programme_item(occurrence_item(row, request, url_cache))
        for row in days.rows_between(rows, monday, sunday)
    ]
    moved_away = _moved_away(rows, monday, sunday, request, url_cache)
    week_days = days.day_list(items, monday, sunday, today)
    for day in week_days:
        day["moved_away"] = moved_away.get(day["date"], [])
    filters = {key: data.get(key) for key in FILTERS}
    base = context["programme_base_url"]
    previous_monday, next_monday = monday - timedelta(days=7), monday + timedelta(days=7)
    subscribe_url = feed_url(request, index, data)
    context.update(
        week=week_code(monday),
        week_number=monday.isocalendar()[1],
        monday=monday,
        sunday=sunday,
        week_first=format_html(
            "<bdi>{}</bdi>",
            _format(monday, "j F") if monday.year == sunday.year else _with_year(monday),
        ),
        week_last=format_html("<bdi>{}</bdi>", _with_year(sunday)),
        days=week_days,
        index_url=context["index_url"] + programme_query(filters),
        previous_url=base + programme_query(filters, week=previous_monday)
        if _in_range(previous_monday)
        else None,
        next_url=base + programme_query(filters, week=next_monday)
        if _in_range(next_monday)
        else None,
        this_week_url=base + programme_query(filters),
        pdf_url=base + programme_query(filters, week=monday, format=PDF),
        week_query=programme_query(filters, week=monday),
        # The same week in the other languages (filter ids differ between them).
        subpage_query=f"?week={week_code(monday)}",
        subscribe_url=subscribe_url,
        qr_code=qr_svg(subscribe_url),
        pdf_filename=f"programm-{week_code(monday)}-{index.locale.language_code}.pdf",
        is_pdf=data.get("format") == PDF,
    )
    return context


def cache_headers(response, request):
    """As the feeds: public for a while for visitors, private for signed-in editors.

    ``patch_cache_control`` merges with what Wagtail adds for private pages
    (``no-cache, private``), so a restricted index is never stored.
    """
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        patch_cache_control(response, private=True)
    else:
        patch_cache_control(response, public=True, max_age=conf.feed_max_age())
    return response


def serve_programme(index, request, page_context):
    """The programme as HTML, or as PDF with ``format=pdf``; 400 for bad parameters."""
    context = {**page_context, **programme_context(index, request)}
    if context.get("bad_request"):
        return TemplateResponse(request, "events/programme.html", context, status=400)
    if context["is_pdf"]:
        from events.programme_pdf import pdf_response

        response = pdf_response(request, context)
    else:
        response = TemplateResponse(request, "events/programme.html", context)
    return cache_headers(response, request)
