"""Wagtail's actions where API v3 would otherwise do less checking than the admin.

- Copying for translation refuses a locale that has the object already.
  Every German page has an alias in each locale, so Wagtail's actions would
  run into the database's unique (translation key, locale) constraint and
  end in a server error; API v3 answers 422 with the message instead.
- Creating and editing check required fields as the admin does: only a
  draft of a model with draft state may leave them empty (Wagtail's actions
  defer them for every unpublished save, so API v3 stored organisations
  without a name).

Registered in ``cms.wagtail_hooks``.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.actions import CopyForTranslationAction, CopyPageForTranslationAction
from wagtail.actions.create import CreateAction
from wagtail.actions.edit import EditAction
from wagtail.models import Page
from wagtail.utils.forms import FormValidationError


def _already_translated(locale):
    return ValidationError(
        _("There is already a translation in %(locale)s; edit that one instead."),
        code="already_translated",
        params={"locale": locale.get_display_name()},
    )


class CopyPageForTranslationOnceAction(CopyPageForTranslationAction):
    def check(self, skip_permission_checks=False):
        super().check(skip_permission_checks)
        pages = Page.objects.filter(pk=self.page.pk)
        if self.include_subtree:
            pages = Page.objects.descendant_of(self.page, inclusive=True)
        keys = pages.values("translation_key")
        if Page.objects.filter(translation_key__in=keys, locale=self.locale).exists():
            raise _already_translated(self.locale)


class CopyForTranslationOnceAction(CopyForTranslationAction):
    def check(self, skip_permission_checks=False):
        super().check(skip_permission_checks)
        if self.object.has_translation(self.locale):
            raise _already_translated(self.locale)


class RequiredFieldsAsInTheAdminMixin:
    """Required fields may stay empty only in drafts of models with draft state."""

    def _clean_instance(self):
        if self.form is None or self.draftstate_enabled:
            return super()._clean_instance()
        if not self.form.is_valid():
            raise FormValidationError.from_form(self.form)


class CreateWithRequiredFieldsAction(RequiredFieldsAsInTheAdminMixin, CreateAction):
    pass


class EditWithRequiredFieldsAction(RequiredFieldsAsInTheAdminMixin, EditAction):
    pass
