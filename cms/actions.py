"""Wagtail's copy-for-translation actions, refusing a locale that has the object already.

Every German page has an alias in each locale, so Wagtail's actions would
run into the database's unique (translation key, locale) constraint and end
in a server error; API v3 answers 422 with the message instead. Registered
in ``cms.wagtail_hooks``.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.actions import CopyForTranslationAction, CopyPageForTranslationAction
from wagtail.models import Page


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
