from django.http import JsonResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import render

from cms.params import ascii_digits

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


class QueryGuardMiddleware:
    """Turn away query parameters no view can use, before they reach the database.

    - A NUL character in any parameter: databases refuse it, so the request
      would otherwise end in a server error. Answered with 400.
    - An ``offset`` or ``limit`` beyond a 32-bit integer on the APIs: Wagtail's
      paginators bound neither from above, and the database overflows.
      Answered in each API's own error format (v2: 400, v3: 422).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in value for values in request.GET.lists() for value in values[1]):
            return self.bad_request(request, "Query parameters must not contain NUL characters.")
        if request.path_info.startswith("/api/"):
            for name in ("offset", "limit"):
                digits = request.GET.get(name, "").strip().lstrip("+-")
                if ascii_digits(digits) and (
                    len(digits) > 10 or int(digits) > MAX_PAGINATION_VALUE
                ):
                    message = f"{name} must be at most {MAX_PAGINATION_VALUE}"
                    if request.path_info.startswith("/api/v3/"):
                        return self.problem(message, name=name)
                    return JsonResponse({"message": message}, status=400)
        return self.get_response(request)

    @classmethod
    def bad_request(cls, request, message):
        if request.path_info.startswith("/api/v3/"):
            return cls.problem(message, status=400, title="Bad Request")
        if request.path_info.startswith(("/api/", "/feeds/")):
            return JsonResponse({"message": message}, status=400)
        return render(request, "400.html", status=400)

    @staticmethod
    def problem(message, *, name=None, status=422, title="Unprocessable Entity"):
        """An RFC 7807 problem detail, as Wagtail's v3 API answers errors."""
        from wagtail.api.v3.errors import PROBLEM_JSON

        body = {"type": "about:blank", "title": title, "status": status, "detail": message}
        if name:
            body["errors"] = [{"type": "less_than_equal", "loc": ["query", name], "msg": message}]
        return JsonResponse(body, status=status, content_type=PROBLEM_JSON)
