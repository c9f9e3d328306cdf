"""Error pages in the visitor's language, and the public site search."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.views.decorators.csrf import requires_csrf_token
from wagtail.models import Locale, Page

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
    """Search the live, public pages of the visitor's current locale."""
    query = (request.GET.get("q") or "").strip()[:SEARCH_MAX_QUERY]
    results = Page.objects.none()
    if query:
        results = (
            visible_to_public(Page.objects.filter(locale=Locale.get_active()))
            .specific()
            .search(query)
        )
    paginator = Paginator(results, SEARCH_PAGE_SIZE)
    try:
        results_page = paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger):
        results_page = paginator.page(1)
    return TemplateResponse(request, "cms/search.html", {"query": query, "results": results_page})
