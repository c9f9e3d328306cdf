"""Routing to a child page in one query instead of two."""

from functools import cache

from wagtail.models import Page

#: More child page types than this are left to Wagtail (one join each).
MAX_CHILD_TYPES = 4


@cache
def _child_accessors(model):
    """(model, accessor) for the page types allowed below ``model``: the accessors lead
    from a plain page row to its specific row (multi-table inheritance)."""
    allowed = set(model.allowed_subpage_models())
    accessors = [
        (relation.related_model, relation.get_accessor_name())
        for relation in Page._meta.related_objects
        if relation.one_to_one and relation.parent_link and relation.related_model in allowed
    ]
    return tuple(accessors) if 0 < len(accessors) <= MAX_CHILD_TYPES else ()


class DirectChildRouteMixin:
    """Find a child by its slug with its specific row (and chosen relations) in one query.

    Wagtail's ``Page.route`` reads the child as a plain page and then its
    specific row. Pages with this mixin join the specific rows of the few page
    types allowed below them (``subpage_types``) to that first query, plus the
    relations named in ``child_route_related`` (``{"app.Model": ("field", …)}``).
    A child of any other type takes Wagtail's way. Put the mixin after
    ``RoutablePageMixin``, so that a page's own routes still come first.
    """

    child_route_related = {}

    def route(self, request, path_components):
        accessors = _child_accessors(type(self)) if path_components else ()
        if accessors:
            related = []
            for model, accessor in accessors:
                related += [accessor, f"{accessor}__locale"]
                for name in self.child_route_related.get(model._meta.label, ()):
                    related.append(f"{accessor}__{name}")
            row = (
                Page.objects.child_of(self)
                .filter(slug=path_components[0])
                .select_related(*related)
                .first()
            )
            if row is None:
                return super().route(request, path_components)  # Wagtail's 404
            for model, accessor in accessors:
                try:
                    child = getattr(row, accessor)
                except model.DoesNotExist:  # the child is of another allowed type
                    continue
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)
