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
