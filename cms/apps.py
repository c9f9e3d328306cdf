from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    label = "cms"
    verbose_name = _("Quartiersnetz core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_migrate

        from cms import restrictions
        from cms.api_schema import register as register_typed_streamfields
        from cms.form_fields import register as clean_text_in_admin_forms
        from cms.normalise import connect as clean_text_on_save
        from cms.permissions import register_locale_policies
        from cms.slugs import register as plain_latin_slugs

        register_typed_streamfields()
        # Before any admin view or API router asks for a snippet's policy.
        register_locale_policies()
        clean_text_on_save()
        clean_text_in_admin_forms()
        plain_latin_slugs()
        # The translation editor names the row (e.g. the date) a text belongs to.
        from cms.translation_context import install as label_rows_for_translators

        label_rows_for_translators()
        # The page search's results header names pages ("von 5 Seiten", never "None").
        from cms.page_search import install as page_search_names_pages

        page_search_names_pages()

        # Questions a page asks several times (which sections are private) are read once.
        from cms import request_memo

        request_memo.connect()

        # The sites are read from the cache, forgotten when a site or page changes.
        from cms import sites

        sites.connect()

        # Privacy is not a language matter: restrictions reach every translation and alias.
        restrictions.connect()
        post_migrate.connect(
            restrictions.on_migrated,
            sender=apps.get_app_config("wagtailcore"),
            dispatch_uid="cms_restrictions_migrated",
        )
