from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

#: Paths outside i18n_patterns: their 404s stay 404s (no redirect to /de/...).
UNPREFIXED_PATHS = ("/api/", "/admin/", "/documents/", "/feeds/", "/static/", "/media/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus the language redirect for API and admin paths.

    Wagtail's catch-all pattern under ``i18n_patterns`` matches every path, so
    Django would answer an API 404 with a redirect to ``/de/api/...``.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)


#: Largest offset or limit the database can take (a 32-bit signed integer).
MAX_PAGINATION_VALUE = 2**31 - 1


class PaginationBoundsMiddleware:
    """Answer an out-of-range ``offset``/``limit`` on the v3 API with a 422.

    Wagtail 8's v3 paginator bounds neither from above, so a huge offset
    reaches the database and fails there with a server error. This rejects
    such values up front, in the API's own problem-detail format.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/api/v3/"):
            for name in ("offset", "limit"):
                value = request.GET.get(name, "")
                if value.strip().lstrip("+-").isdigit() and int(value) > MAX_PAGINATION_VALUE:
                    return self.problem(name)
        return self.get_response(request)

    @staticmethod
    def problem(name):
        from django.http import JsonResponse
        from wagtail.api.v3.errors import PROBLEM_JSON

        message = f"{name} must be at most {MAX_PAGINATION_VALUE}"
        return JsonResponse(
            {
                "type": "about:blank",
                "title": "Unprocessable Entity",
                "status": 422,
                "detail": message,
                "errors": [{"type": "less_than_equal", "loc": ["query", name], "msg": message}],
            },
            status=422,
            content_type=PROBLEM_JSON,
        )
