"""Admin hooks: keep translators in their own locale; the translation status report.

Wagtail's page permissions already separate the locale trees. Who may write
which snippet, and who may delete a translated page, is decided in
``cms.permissions``, for the admin and API v3 alike; the snippet views ask
model permissions only, so the hooks below ask that policy for the object
at hand. wagtail-localize's submit, update and translation editor URLs are
served through the same locale check (see ``cms.roles``).
"""

from django.db import models
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.views import edit_translation

from cms import permissions
from cms.actions import (
    CopyForTranslationOnceAction,
    CopyPageForTranslationOnceAction,
    CreateWithRequiredFieldsAction,
    EditWithRequiredFieldsAction,
)
from cms.locales import CreatePageWithAliasesAction
from cms.localize_views import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
    UpdateTranslationsView,
    in_users_locale,
)
from cms.po_upload import upload_pofile
from cms.translation_status.views import TranslationStatusView


@hooks.register("before_edit_snippet", order=-10)
def refuse_snippet_edit_in_other_locale(request, instance):
    if not permissions.user_may(request.user, "change", instance):
        return permission_denied(request)


@hooks.register("before_delete_snippet", order=-10)
def refuse_snippet_delete_in_other_locale(request, instances):
    if not all(permissions.user_may(request.user, "delete", instance) for instance in instances):
        return permission_denied(request)


@hooks.register("before_create_snippet", order=-10)
def refuse_snippet_create_in_other_locale(request, model):
    if not issubclass(model, TranslatableMixin):
        return None
    code = request.GET.get("locale") or request.POST.get("locale")
    locale = Locale.objects.filter(language_code=code).first() if code else Locale.get_default()
    if locale is None or not permissions.user_may_create(request.user, model, locale):
        return permission_denied(request)


def _deletes_a_translation(user, pages):
    return not all(permissions.may_delete_in_its_locale(user, page) for page in pages)


@hooks.register("before_delete_page", order=-10)
def refuse_deleting_translations(request, page):
    """Our page models refuse through their permissions already; this covers plain pages."""
    if _deletes_a_translation(request.user, [page]):
        return permission_denied(request)


@hooks.register("before_bulk_action", order=-10)
def refuse_bulk_deleting_translations(request, action_type, objects, action_class_instance):
    pages = [obj for obj in objects if isinstance(obj, Page)]
    if action_type == "delete" and _deletes_a_translation(request.user, pages):
        return permission_denied(request)


@hooks.register("register_admin_urls", order=-10)
def register_guarded_localize_urls():
    """Same paths as wagtail-localize's views, registered first so that they win."""
    translate = "localize/translate/<int:translation_id>/"
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            SubmitPageTranslationView.as_view(),
            name="cms_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SubmitSnippetTranslationView.as_view(),
            name="cms_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            UpdateTranslationsView.as_view(),
            name="cms_update_translations",
        ),
        path(
            translate + "strings/<int:string_segment_id>/edit/",
            in_users_locale(edit_translation.edit_string_translation),
        ),
        path(
            translate + "overrides/<int:overridable_segment_id>/edit/",
            in_users_locale(edit_translation.edit_override),
        ),
        path(translate + "pofile/download/", in_users_locale(edit_translation.download_pofile)),
        path(translate + "pofile/upload/", in_users_locale(upload_pofile)),
        path(translate + "machine_translate/", in_users_locale(edit_translation.machine_translate)),
        path(translate + "disable/", in_users_locale(edit_translation.stop_translation)),
        path(
            "reports/translation-status/",
            TranslationStatusView.as_view(),
            name="cms_translation_status",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("cms_translation_status"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=9010,
    )


@hooks.register("register_actions")
def register_page_creation_with_aliases(registry):
    registry.register(Page, CreatePageWithAliasesAction)


@hooks.register("register_actions")
def register_actions_in_locale(registry):
    """API v3 creates snippets and copies for translation through these actions."""
    registry.register(models.Model, CreateWithRequiredFieldsAction)
    registry.register(models.Model, EditWithRequiredFieldsAction)
    registry.register(TranslatableMixin, permissions.CreateInLocaleAction)
    registry.register(TranslatableMixin, CopyForTranslationOnceAction)
    registry.register(Page, CopyPageForTranslationOnceAction)


@hooks.register("before_unpublish_page")
def translations_go_offline_with_their_german_page(request, page):
    """A translation is unpublished with its German page, not on its own (superusers aside)."""
    from django.contrib import messages
    from django.shortcuts import redirect

    if permissions.may_delete_in_its_locale(request.user, page):
        return None
    messages.error(
        request,
        _(
            "Translations cannot be taken offline on their own: ask the editors to "
            "unpublish the German page, which takes its translations along."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("construct_page_action_menu")
def no_unpublish_for_translations(menu_items, request, context):
    page = context.get("page")
    if (
        page is not None
        and page.pk
        and not permissions.may_delete_in_its_locale(request.user, page)
    ):
        menu_items[:] = [item for item in menu_items if item.name != "action-unpublish"]
