"""The admin's page search names what it counts.

Wagtail's page search view has no model name of its own, so its results header
reads "1-5 of 5 None". :class:`PageSearchView` gives it the page's names
("1-5 von 5 Seiten"); :func:`install` makes it the search view of the base page
viewset, which serves ``/admin/pages/search/`` and its results.
"""

from wagtail.admin.views.pages.search import SearchView
from wagtail.models import Page


class PageSearchView(SearchView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context.get("verbose_name"):
            context["verbose_name"] = Page._meta.verbose_name
        if not context.get("verbose_name_plural"):
            context["verbose_name_plural"] = Page._meta.verbose_name_plural
        return context


def install():
    from wagtail.admin.viewsets.pages import base_page_viewset

    base_page_viewset.search_view_class = PageSearchView
