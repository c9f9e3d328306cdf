from django.http import HttpResponseBadRequest
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from cms import roles
from cms.translation_status.collect import collect
from cms.translation_status.status import STATUSES


def report_locales(user):
    """Translators see their own locales; everyone else with admin access sees all."""
    default_locale = Locale.get_default()
    locales = Locale.objects.exclude(pk=default_locale.pk).order_by("language_code")
    own = roles.editable_locale_ids(user) - {default_locale.pk}
    if own and not user.is_superuser:
        locales = locales.filter(pk__in=own)
    return list(locales)


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Per locale: the pages and snippets missing, outdated or up to date."""

    template_name = "cms/translation_status.html"
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        locales = report_locales(request.user)
        code = request.GET.get("locale", "")
        status = request.GET.get("status", "")
        if code:
            locales = [locale for locale in locales if locale.language_code == code]
            if not locales:
                return HttpResponseBadRequest(_("Unknown or unavailable language."))
        if status and status not in STATUSES:
            return HttpResponseBadRequest(_("Unknown status."))
        reports = collect(locales, next_url=request.get_full_path())
        if status:
            for report in reports:
                report.rows = [row for row in report.rows if row.status == status]
        context = self.get_context_data(reports=reports, status=status, **kwargs)
        return self.render_to_response(context)
