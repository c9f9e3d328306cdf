"""Who may write what, in which locale: one policy for the admin and API v3.

Wagtail's admin views, its actions (``wagtail.actions``) and API v3 all ask
the same two places: a page's ``permissions_for_user()`` and the permission
policy registered for a model. The rules of ``cms.roles`` live there:

- Pages: translated pages follow their German page, so only superusers
  delete or unpublish a page outside the default locale: translators cannot
  take pages offline (``LocalePagePermissionTester``, given to every page
  model by ``LocalePagePermissionsMixin``).
- Translatable snippets: besides the model permission, adding, changing,
  deleting or publishing one needs its locale to be one the user may change
  (``LocalePermissionPolicy``). Questions that include viewing are answered
  as before.

``cms.wagtail_hooks`` asks the same functions where an admin view does not
ask the policy itself (the snippet views check model permissions only).
"""

from django.apps import apps
from wagtail.models import Locale, Page, PagePermissionTester, TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from cms import roles
from cms.actions import CreateWithRequiredFieldsAction

#: Asking about any of these answers as Wagtail's model permissions do.
READ_ACTIONS = frozenset({"view"})

_CACHE_ATTRIBUTE = "_cms_locale_ids"


def _cached_on_user(user, key, compute):
    """Keep ``compute()`` on the user object for the request, as Wagtail keeps permissions."""
    cache = getattr(user, _CACHE_ATTRIBUTE, None)
    if cache is None:
        cache = {}
        setattr(user, _CACHE_ATTRIBUTE, cache)
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def editable_locale_ids(user):
    """``cms.roles.editable_locale_ids``, computed once per user object."""
    return _cached_on_user(user, "editable", lambda: roles.editable_locale_ids(user))


def may_delete_in_its_locale(user, page):
    """Translated pages follow their German page; only superusers delete or unpublish
    one on its own (unpublishing the German page takes its translations along)."""
    if user.is_superuser:
        return True
    return page.locale_id == _cached_on_user(user, "default", lambda: Locale.get_default().pk)


class LocalePagePermissionTester(PagePermissionTester):
    """Wagtail's page permissions; translations are deleted by superusers only, and
    translators cannot unpublish."""

    def can_unpublish(self):
        return super().can_unpublish() and may_delete_in_its_locale(self.user, self.page)

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk) and may_delete_in_its_locale(self.user, self.page)

    def can_move(self):
        # Wagtail tests moving as it tests deleting; moving keeps its own rule.
        return super().can_delete(ignore_bulk=True)


def page_permissions(user, page):
    """The permission tester for ``page``, whatever its class."""
    return LocalePagePermissionTester(user, page)


class LocalePagePermissionsMixin:
    """For every page model: answer ``permissions_for_user`` with the locale rules."""

    def permissions_for_user(self, user):
        return page_permissions(user, self)


def locale_id_of(instance):
    """The locale an object is in, or will be in once saved."""
    if instance.locale_id is None:
        return instance.get_default_locale().pk
    return instance.locale_id


def _writes_only(actions):
    return not READ_ACTIONS.intersection(actions)


class LocalePermissionPolicy(ModelPermissionPolicy):
    """Model permissions, and writing needs the object's locale to be the user's.

    A question that includes viewing (``["change", "view"]``) is answered by
    the model permissions alone, as before: whoever saw an object in another
    locale still sees it.
    """

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not self.user_has_any_permission(user, actions):
            return False
        if not _writes_only(actions):
            return True
        return locale_id_of(instance) in editable_locale_ids(user)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if not _writes_only(actions):
            return instances
        return instances.filter(locale_id__in=editable_locale_ids(user))


def translatable_models():
    """Translatable models other than pages: the snippets and their kin."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin) and not issubclass(model, Page)
    ]


def register_locale_policies():
    """Give every translatable model the locale policy (before any view asks for one)."""
    for model in translatable_models():
        if policy_registry.get_by_type(model, fallback=False) is None:
            register_permission_policy(model, LocalePermissionPolicy(model), exact_class=True)


def user_may(user, action, instance):
    """Whether the registered policy lets ``user`` do ``action`` on ``instance``."""
    return policy_registry.get(instance).user_has_permission_for_instance(user, action, instance)


def user_may_create(user, model, locale):
    """Whether ``user`` may add a ``model`` object in ``locale``."""
    return user_may(user, "add", model(locale=locale))


class CreateInLocaleAction(CreateWithRequiredFieldsAction):
    """Wagtail's "create" action, asking the policy about the new object itself.

    Wagtail asks only the model permission (there is no object yet); the new
    object knows its locale, and the locale decides. Registered for
    translatable models in ``cms.wagtail_hooks``.
    """

    def user_has_permission(self):
        return self.permission_policy.user_has_permission_for_instance(
            self.user, self.permission_policy_action, self.instance
        )


__all__ = [
    "CreateInLocaleAction",
    "LocalePagePermissionTester",
    "LocalePagePermissionsMixin",
    "LocalePermissionPolicy",
    "page_permissions",
    "register_locale_policies",
    "user_may",
    "user_may_create",
]
