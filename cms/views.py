"""Error pages in the visitor's language, and the public site search."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.views.decorators.csrf import requires_csrf_token
from wagtail.models import Locale, Page

from cms.params import whole_number
from cms.text import clean_text
from cms.visibility import visible_to_public

SEARCH_PAGE_SIZE = 10
SEARCH_MAX_QUERY = 200


@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    return render(request, "500.html", status=500)


def search(request):
    """Search the live, public pages of the visitor's current locale.

    The words typed are shown back as typed (cleaned); the search backend
    (``cms.search_backend``) takes them as plain words, never as query syntax.
    A page number that is not written in the digits 0-9 answers 400.
    """
    typed = clean_text(request.GET.get("q") or "")[:SEARCH_MAX_QUERY]
    results = Page.objects.none()
    if typed:
        results = (
            visible_to_public(Page.objects.filter(locale=Locale.get_active()))
            .specific()
            .search(typed)
        )
    number = whole_number(request.GET.get("page") or "1", max_digits=9)
    if not number:
        return render(request, "400.html", status=400)
    paginator = Paginator(results, SEARCH_PAGE_SIZE)
    try:
        results_page = paginator.page(number)
    except (EmptyPage, PageNotAnInteger):
        results_page = paginator.page(1)
    return TemplateResponse(request, "cms/search.html", {"query": typed, "results": results_page})
