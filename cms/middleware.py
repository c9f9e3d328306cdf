from django.http import JsonResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import render

from cms.params import ascii_digits, whole_number

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

#: Parameters of Wagtail's APIs that name a page (or image, document) by id.
ID_PARAMETERS = ("id", "child_of", "ancestor_of", "descendant_of", "translation_of")


class QueryGuardMiddleware:
    """Turn away query parameters no view can use, before they reach the database.

    - A NUL character in any parameter: databases refuse it, so the request
      would otherwise end in a server error. Answered with 400.
    - On the APIs, in each API's own error format (v2: 400 ``{"message"}``,
      v3: 422 problem detail), as Wagtail's views cannot be changed:
      an ``offset`` or ``limit`` beyond a 32-bit integer (Wagtail's paginators
      bound neither from above, and the database overflows) or written with
      other digits than 0-9 (``int()`` reads "١٢" as 12); an id parameter
      that is not a whole number of at most 18 ASCII digits; a
      ``search_operator`` other than and/or.

    Search text needs no guard here: the search backend (``cms.search_backend``)
    passes every query on as plain words.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in value for values in request.GET.lists() for value in values[1]):
            return self.bad_request(request, "Query parameters must not contain NUL characters.")
        if request.path_info.startswith("/api/"):
            error = self.api_parameter_error(request.GET)
            if error:
                name, message, kind = error
                if request.path_info.startswith("/api/v3/"):
                    return self.problem(message, name=name, kind=kind)
                return JsonResponse({"message": message}, status=400)
        return self.get_response(request)

    @staticmethod
    def api_parameter_error(params):
        """``(name, message, kind)`` for the first parameter no API can use, else None.

        ``kind`` is the error type v3 reports, as pydantic names it.
        """
        for name in ("offset", "limit"):
            value = params.get(name, "").strip()
            digits = value.lstrip("+-")
            if value and not value.isascii():
                message = f"{name} must be a whole number written with the digits 0-9"
                return name, message, "int_parsing"
            if ascii_digits(digits) and (len(digits) > 10 or int(digits) > MAX_PAGINATION_VALUE):
                return name, f"{name} must be at most {MAX_PAGINATION_VALUE}", "less_than_equal"
        for name in ID_PARAMETERS:
            value = params.get(name)
            if value is None or value.strip() == "root":
                continue
            if whole_number(value) is None:
                message = f"{name} must be an id: a whole number of at most 18 digits 0-9"
                return name, message, "int_parsing"
        operator = params.get("search_operator")
        if operator is not None and operator.lower() not in ("and", "or"):
            return "search_operator", "search_operator must be 'and' or 'or'", "literal_error"
        return None

    @classmethod
    def bad_request(cls, request, message):
        if request.path_info.startswith("/api/v3/"):
            return cls.problem(message, status=400, title="Bad Request")
        if request.path_info.startswith(("/api/", "/feeds/")):
            return JsonResponse({"message": message}, status=400)
        return render(request, "400.html", status=400)

    @staticmethod
    def problem(
        message, *, name=None, kind="value_error", status=422, title="Unprocessable Entity"
    ):
        """An RFC 7807 problem detail, as Wagtail's v3 API answers errors."""
        from wagtail.api.v3.errors import PROBLEM_JSON

        body = {"type": "about:blank", "title": title, "status": status, "detail": message}
        if name:
            body["errors"] = [{"type": kind, "loc": ["query", name], "msg": message}]
        return JsonResponse(body, status=status, content_type=PROBLEM_JSON)
