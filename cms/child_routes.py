"""Routing to a child page with narrow queries: its specific row read directly."""

from functools import cache

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page


@cache
def _child_models(model):
    """The concrete page types allowed below ``model`` (``subpage_types``)."""
    return tuple(
        child
        for child in model.allowed_subpage_models()
        if issubclass(child, Page) and not child._meta.abstract and child is not Page
    )


class DirectChildRouteMixin:
    """Find a child by its slug as its specific page, with chosen relations, in few queries.

    Wagtail's ``Page.route`` reads the child as a plain page and then its
    specific row, each with every column of the page table. Pages with this
    mixin read the child's specific row directly (one query when a single page
    type is allowed below them, else a narrow look-up of the child's type
    first), with the relations named in ``child_route_related``
    (``{"app.Model": ("field", …)}``) and its locale. A child of a type not
    allowed below the page (left from before ``subpage_types`` changed) takes
    Wagtail's way, as do unknown slugs (Wagtail's 404). Put the mixin after
    ``RoutablePageMixin``, so that a page's own routes still come first.
    """

    child_route_related = {}

    def route(self, request, path_components):
        models = _child_models(type(self)) if path_components else ()
        if models:
            slug = path_components[0]
            if len(models) == 1:
                model, child_id = models[0], None
            else:
                found = (
                    Page.objects.filter(depth=self.depth + 1, path__startswith=self.path, slug=slug)
                    .order_by()
                    .values_list("content_type_id", "pk")[:1]
                )
                if not found:
                    return super().route(request, path_components)  # Wagtail's 404
                content_type_id, child_id = found[0]
                model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model in models:
                child = self._read_child(model, slug, child_id)
                if child is not None:
                    child._cached_parent_obj = self
                    return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def _read_child(self, model, slug, child_id):
        related = ("locale", *self.child_route_related.get(model._meta.label, ()))
        children = model.objects.select_related(*related).order_by()
        if child_id is not None:
            children = children.filter(pk=child_id)
        else:
            children = children.filter(depth=self.depth + 1, path__startswith=self.path, slug=slug)
        found = list(children[:1])
        return found[0] if found else None
