"""Snippet lists in the user's own language first, with a language column for more.

Wagtail's listing of a translatable snippet shows every locale mixed unless
one is picked in its locale filter. Editors work in German and translators in
their language, so :class:`OwnLocaleIndexView` opens on the user's own locale
(:func:`own_locale`); the filter's "All" still shows every locale, and then a
column says which language each row is in.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.models import Locale
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from cms.permissions import editable_locale_ids

#: The query parameter of Wagtail's locale filter.
LOCALE_PARAMETER = "locale"


def own_locale(user):
    """The locale ``user`` works in: the default one, unless they may only change others
    (a translator), then the first of theirs."""
    default = Locale.get_default()
    ids = editable_locale_ids(user)
    if not ids or default.pk in ids:
        return default
    return Locale.objects.filter(pk__in=ids).order_by("language_code").first()


class OwnLocaleIndexView(IndexView):
    """The snippet listing, filtered to the user's own locale until they choose another."""

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if self.i18n_enabled and LOCALE_PARAMETER not in self.request.GET:
            data = self.request.GET.copy()
            data[LOCALE_PARAMETER] = own_locale(self.request.user).language_code
            kwargs["data"] = data
        return kwargs

    @cached_property
    def shows_one_locale(self):
        filters = self.filters
        if filters is None or not filters.is_valid():
            return False
        return bool(filters.form.cleaned_data.get(LOCALE_PARAMETER))

    @cached_property
    def columns(self):
        columns = list(super().columns)
        if self.i18n_enabled and not self.shows_one_locale:
            # After the bulk-action checkbox and the title.
            columns.insert(min(2, len(columns)), LocaleColumn(label=_("Language")))
        return columns


class OwnLocaleSnippetViewSet(SnippetViewSet):
    """A snippet view set whose listing opens on the user's own locale."""

    index_view_class = OwnLocaleIndexView
