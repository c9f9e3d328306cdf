"""Keep a wagtail Locale for every configured content language."""

from django.conf import settings
from wagtail.actions import CreatePageAction
from wagtail_localize.synctree import create_aliases_for_new_page


def create_content_locales(**kwargs):
    """Create the Locale rows for WAGTAIL_CONTENT_LANGUAGES (idempotent)."""
    from wagtail.models import Locale

    existing = set(Locale.objects.values_list("language_code", flat=True))
    created = [
        Locale.objects.create(language_code=code)
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code not in existing
    ]
    return created


def follow_default_locale():
    """Let every other content locale follow the default locale's page tree.

    With a LocaleSynchronization per locale, pages added in the admin appear
    in every language at once, as aliases until they are translated.
    """
    from wagtail.models import Locale
    from wagtail_localize.models import LocaleSynchronization

    default_locale = Locale.get_default()
    for locale in Locale.objects.exclude(pk=default_locale.pk):
        LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": default_locale}
        )


def create_missing_aliases(stdout=None, what="page(s)"):
    """Create the aliases that synchronised locales lack; return how many.

    Pages created in code (demo content, imports) do not trigger
    wagtail-localize's synchronisation, so their aliases are made here.
    """
    from wagtail.models import Page
    from wagtail_localize.models import LocaleSynchronization
    from wagtail_localize.synctree import PageIndex, synchronize_tree

    synchronisations = list(LocaleSynchronization.objects.select_related("locale", "sync_from"))
    if not synchronisations:
        return 0
    before = Page.objects.filter(alias_of__isnull=False).count()
    page_index = PageIndex.from_database().sort_by_tree_position()
    for synchronisation in synchronisations:
        synchronize_tree(synchronisation.sync_from, synchronisation.locale, page_index=page_index)
    created = Page.objects.filter(alias_of__isnull=False).count() - before
    if created and stdout is not None:
        stdout.write(f"Created {created} untranslated {what} in the other languages.")
    return created


class CreatePageWithAliasesAction(CreatePageAction):
    """Wagtail's page "create" action, plus the aliases the admin would make.

    The admin's create view runs wagtail-localize's ``after_create_page`` hook,
    which gives a new page its aliases in the locales that follow its locale;
    the actions behind API v3 do not run admin hooks. Registered for every page
    type in ``cms.wagtail_hooks``.
    """

    def execute(self, *args, **kwargs):
        result = super().execute(*args, **kwargs)
        # As saved and (perhaps) published: aliases copy the live state.
        page = type(self.instance).objects.get(pk=self.instance.pk)
        create_aliases_for_new_page(page)
        return result
