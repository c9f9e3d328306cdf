"""The headless API: Wagtail's v2 router and the v3 (django-ninja) API."""

from functools import wraps

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.v3.errors import PROBLEM_JSON, ProblemDetail
from wagtail.api.v3.urls import api as api_v3
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


class PrefetchingPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint; a listing of one page type fetches the relations its
    API fields read (``api_select_related``, ``api_prefetch_related`` on the model, and
    ``api_prepare_listing`` for what a prefetch cannot say) with the page, so the number
    of queries does not grow with the pages listed."""

    def get_base_queryset(self):
        """Wagtail's visible pages, worked out once per request: the listing, its
        filters and its paginator each ask (view restrictions and the home page's
        translations take a query each time)."""
        if getattr(self, "_base_queryset", None) is None:
            self._base_queryset = super().get_base_queryset()
        return self._base_queryset.all()

    def get_queryset(self):
        queryset = super().get_queryset().select_related("locale")  # meta.locale
        model = queryset.model
        if getattr(model, "api_select_related", None):
            queryset = queryset.select_related(*model.api_select_related)
        if getattr(model, "api_prefetch_related", None):
            queryset = queryset.prefetch_related(*model.api_prefetch_related)
        return queryset

    def paginate_queryset(self, queryset):
        """The listed pages; a page type may read more for all of them at once
        (``api_prepare_listing(pages)`` on the model)."""
        pages = super().paginate_queryset(queryset)
        prepare = getattr(queryset.model, "api_prepare_listing", None)
        if pages is not None and prepare is not None:
            pages = list(pages)
            prepare(pages)
        return pages


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PrefetchingPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)

#: Error answers every v3 operation can give, as RFC 7807 problem details.
ERROR_RESPONSES = {
    "400": "The request is malformed.",
    "401": "Authentication is required.",
    "403": "Not allowed for this user.",
    "404": "Nothing found at this address.",
    "422": "A parameter is invalid; `errors` says which and why.",
}


#: Operations that answer with a redirect to the object they found.
REDIRECTING_OPERATIONS = {"pages_find"}
FOUND_DESCRIPTION = "Found: the `Location` header is the page's detail URL."


def document_error_responses(get_schema):
    """Add the problem-detail error answers to every operation of the schema.

    Wagtail's v3 routers answer 401/404/422 as problem details but document
    only their success responses; clients (and schema checks) need both.
    ``find`` answers a match with a redirect to its detail URL, documented too.
    """

    @wraps(get_schema)
    def wrapper(*args, **kwargs):
        schema = get_schema(*args, **kwargs)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.setdefault("ProblemDetail", ProblemDetail.model_json_schema())
        reference = {"$ref": "#/components/schemas/ProblemDetail"}
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                if operation.get("operationId") in REDIRECTING_OPERATIONS:
                    responses.setdefault("302", {"description": FOUND_DESCRIPTION})
                for code, description in ERROR_RESPONSES.items():
                    responses.setdefault(
                        code,
                        {
                            "description": description,
                            "content": {PROBLEM_JSON: {"schema": reference}},
                        },
                    )
        return schema

    return wrapper


api_v3.get_openapi_schema = document_error_responses(api_v3.get_openapi_schema)

__all__ = ["api_router", "api_v3"]
