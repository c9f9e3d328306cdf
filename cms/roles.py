"""Editors, translators and network editors: their groups and what they may touch.

Pages are guarded by Wagtail's page permissions, granted on the root page of
each locale tree (the site's home page and its translations) or on one
network page. Snippet and collection permissions are not per locale in
Wagtail; ``editable_locale_ids`` derives a user's locales from their page
permissions, and ``cms.wagtail_hooks`` refuses snippet and translation
actions in any other locale.
"""

from django.conf.locale import LANG_INFO
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from wagtail.models import (
    Collection,
    DraftStateMixin,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    LockableMixin,
    Page,
    Site,
    TranslatableMixin,
)
from wagtail.snippets.models import get_snippet_models

#: Group names are German: the people who manage accounts work in German.
EDITORS_GROUP = "Redaktion"
TRANSLATORS_GROUP = "Übersetzung {language}"
NETWORK_EDITORS_GROUP = "Netzwerkredaktion {title} (#{pk})"

EDITOR_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
TRANSLATOR_PAGE_PERMISSIONS = ("change", "publish", "lock", "unlock")
NETWORK_EDITOR_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")

EDITOR_COLLECTION_PERMISSIONS = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
)
CHOOSER_COLLECTION_PERMISSIONS = ("wagtailimages.choose_image", "wagtaildocs.choose_document")


def translator_group_name(language_code):
    """“Übersetzung Arabisch” for ``ar``: the language's German name."""
    with translation.override("de"):
        name = LANG_INFO.get(language_code, {}).get("name", language_code)
        return TRANSLATORS_GROUP.format(language=translation.gettext(name))


def network_group_name(page):
    return NETWORK_EDITORS_GROUP.format(title=page.title, pk=page.pk)[:150]


def _permissions(*names):
    """auth Permissions for ``app_label.codename`` names (missing ones are skipped)."""
    found = []
    for name in names:
        app_label, codename = name.split(".")
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            found.append(permission)
    return found


def _snippet_permissions(actions, *, translatable_only=False):
    """Model permissions for ``actions`` on every registered snippet model."""
    permissions = []
    for model in get_snippet_models():
        if translatable_only and not issubclass(model, TranslatableMixin):
            continue
        model_actions = list(actions)
        if "publish" in model_actions and not issubclass(model, DraftStateMixin):
            model_actions.remove("publish")
        if "lock" in model_actions and not issubclass(model, LockableMixin):
            model_actions = [action for action in model_actions if action not in ("lock", "unlock")]
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        codenames = [f"{action}_{model._meta.model_name}" for action in model_actions]
        permissions += Permission.objects.filter(content_type=content_type, codename__in=codenames)
    return permissions


def _grant(group, permissions):
    existing = set(group.permissions.values_list("pk", flat=True))
    missing = [permission for permission in permissions if permission.pk not in existing]
    group.permissions.add(*missing)
    return len(missing)


def _grant_pages(group, pages, permission_types):
    created = 0
    for page in pages:
        for permission in _permissions(*(f"wagtailcore.{kind}_page" for kind in permission_types)):
            _obj, was_created = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission
            )
            created += was_created
    return created


def _grant_collection(group, names):
    root = Collection.get_first_root_node()
    created = 0
    for permission in _permissions(*names):
        _obj, was_created = GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )
        created += was_created
    return created


def locale_roots():
    """``{locale_id: [root pages]}``: every site's root page and its translations."""
    roots = {}
    for site in Site.objects.select_related("root_page"):
        for page in site.root_page.get_translations(inclusive=True):
            roots.setdefault(page.locale_id, []).append(page)
    return roots


def _group(name):
    group, created = Group.objects.get_or_create(name=name)
    return group, int(created)


def setup_roles():
    """Create or complete the editors' and translators' groups; return the changes made.

    Safe to run again: it only adds what is missing and never removes
    permissions someone granted by hand.
    """
    default_locale = Locale.get_default()
    roots = locale_roots()
    admin_access = _permissions("wagtailadmin.access_admin")
    submit = _permissions("wagtail_localize.submit_translation")

    editors, changes = _group(EDITORS_GROUP)
    changes += _grant(
        editors,
        admin_access + submit + _snippet_permissions(("add", "change", "delete", "publish")),
    )
    changes += _grant_pages(editors, roots.get(default_locale.pk, []), EDITOR_PAGE_PERMISSIONS)
    changes += _grant_collection(editors, EDITOR_COLLECTION_PERMISSIONS)

    for locale in Locale.objects.exclude(pk=default_locale.pk).order_by("language_code"):
        translators, created = _group(translator_group_name(locale.language_code))
        changes += created
        snippet_permissions = _snippet_permissions(("change", "publish"), translatable_only=True)
        changes += _grant(
            translators,
            admin_access + submit + snippet_permissions + _snippet_permissions(["view"]),
        )
        changes += _grant_pages(translators, roots.get(locale.pk, []), TRANSLATOR_PAGE_PERMISSIONS)
        changes += _grant_collection(translators, CHOOSER_COLLECTION_PERMISSIONS)

    from cms.workflow_setup import german_workflow, retire_wagtail_groups

    changes += german_workflow(editors)
    changes += retire_wagtail_groups()
    return changes


def grant_network_editor(user, page):
    """Let ``user`` edit and publish ``page`` and the pages below it, nothing else.

    The rights go to a group of its own per network page, created on first
    use; returns that group.
    """
    group = Group.objects.filter(name__endswith=f"(#{page.pk})").first()
    if group is None:
        group = Group.objects.create(name=network_group_name(page))
    _grant(group, _permissions("wagtailadmin.access_admin") + _snippet_permissions(["view"]))
    _grant_pages(group, [page], NETWORK_EDITOR_PAGE_PERMISSIONS)
    _grant_collection(group, EDITOR_COLLECTION_PERMISSIONS)
    user.groups.add(group)
    return group


def editable_locale_ids(user):
    """The locales whose snippets and translations ``user`` may change.

    Superusers may change all; others the locales on whose tree root (or on
    the whole tree) their groups hold the page permission to change.
    """
    if not user.is_active or not user.is_authenticated:
        return frozenset()
    all_locales = Locale.objects.values_list("pk", flat=True)
    if user.is_superuser:
        return frozenset(all_locales)
    granted = GroupPagePermission.objects.filter(
        group__user=user, permission__codename="change_page"
    ).values_list("page_id", "page__depth")
    root_locales = {
        page.pk: locale_id for locale_id, pages in locale_roots().items() for page in pages
    }
    locale_ids = set()
    for page_id, depth in granted:
        if depth == 1:
            return frozenset(all_locales)
        if page_id in root_locales:
            locale_ids.add(root_locales[page_id])
    return frozenset(locale_ids)


def user_can_change_in_locale(user, instance):
    """Whether ``user`` may change this translatable object in its locale.

    Pages answer through their page permissions; other translatable objects
    (snippets) through ``editable_locale_ids``; untranslatable ones are
    left to their model permissions.
    """
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    if not isinstance(instance, TranslatableMixin):
        return True
    return instance.locale_id in editable_locale_ids(user)


def is_source_locale(page):
    return page.locale_id == Locale.get_default().pk


__all__ = [
    "EDITORS_GROUP",
    "editable_locale_ids",
    "grant_network_editor",
    "is_source_locale",
    "setup_roles",
    "translator_group_name",
    "user_can_change_in_locale",
]
