"""wagtail-localize's submit, update and translation-editor views, kept to the user's own locales.

``cms.wagtail_hooks`` serves them on wagtail-localize's own paths; who may
change which locale is decided in ``cms.roles``.
"""

from functools import wraps

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import submit_translations, update_translations

from cms import roles


class OwnLocalesOnlyMixin:
    """Offer only the target locales the user may change in the submit form."""

    def get_form(self):
        form = super().get_form()
        allowed = roles.editable_locale_ids(self.request.user)
        form.fields["locales"].queryset = form.fields["locales"].queryset.filter(pk__in=allowed)
        return form


class SubmitPageTranslationView(OwnLocalesOnlyMixin, submit_translations.SubmitPageTranslationView):
    pass


class SubmitSnippetTranslationView(
    OwnLocalesOnlyMixin, submit_translations.SubmitSnippetTranslationView
):
    pass


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """Syncing translations with a changed source is for those who may change the source."""

    def dispatch(self, request, *args, **kwargs):
        source = get_object_or_404(TranslationSource, pk=kwargs["translation_source_id"])
        try:
            instance = source.get_source_instance()
        except ObjectDoesNotExist as error:
            raise Http404 from error
        if not roles.user_can_change_in_locale(request.user, instance):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def in_users_locale(view):
    """Refuse a translation-editor action on a snippet in a locale the user may not change.

    Pages need no check here: wagtail-localize asks their page permissions.
    """

    @wraps(view)
    def guarded(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(
            Translation.objects.select_related("source"), pk=translation_id
        )
        model = translation.source.specific_content_type.model_class()
        if not issubclass(model, Page):
            allowed = roles.editable_locale_ids(request.user)
            if translation.target_locale_id not in allowed:
                raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return guarded
