"""Slugs in plain Latin letters: "Nähcafé" becomes ``naehcafe``, not ``nähcafé`` or ``nahcafe``.

German umlauts are written out as German readers expect (ä → ae, ß → ss);
other accents lose their marks (é → e). The admin's slug field does the same
while an editor types the title (:class:`TransliteratingSlugInput`), and new
pages saved any other way (API, imports, the demo) are given the same slug by
:func:`transliterate_new_page_slug`.
"""

from django.utils.text import slugify
from wagtail.admin.widgets.slug import SlugInput

#: German spellings without umlauts, applied before the accents are dropped.
GERMAN_LETTERS = {
    "ä": "ae",
    "ö": "oe",
    "ü": "ue",
    "Ä": "Ae",
    "Ö": "Oe",
    "Ü": "Ue",
    "ß": "ss",
    "ẞ": "SS",
}


def ascii_slug(text):
    """``text`` as a slug of a–z, 0–9 and hyphens ("" when nothing Latin is left)."""
    spelled = "".join(GERMAN_LETTERS.get(char, char) for char in str(text or ""))
    return slugify(spelled, allow_unicode=False)


class TransliteratingSlugInput(SlugInput):
    """Wagtail's slug input, told to write umlauts out before it removes accents."""

    def __init__(self, attrs=None, formatters=None, locale=None):
        formatters = [
            *(formatters or []),
            *((letter, spelled) for letter, spelled in GERMAN_LETTERS.items()),
        ]
        super().__init__(attrs=attrs, formatters=formatters, locale=locale)


def transliterate_new_page_slug(sender, instance, raw=False, **kwargs):
    """``pre_save`` receiver: a new page whose slug is not plain Latin gets one that is.

    Only pages being created; an existing page keeps its address, and
    aliases and translations keep their original's slug. The slug
    stays unique among its siblings; a title with no Latin letters at all
    (an Arabic page made from scratch) keeps the slug it has.
    """
    from wagtail.models import Page

    if raw or not isinstance(instance, Page) or not instance._state.adding:
        return
    if instance.alias_of_id or (
        instance.translation_key
        and Page.objects.filter(translation_key=instance.translation_key).exists()
    ):
        return  # an alias or a translation: it keeps its original's slug
    slug = instance.slug or ""
    from_title = ascii_slug(instance.title)
    if slug.isascii() and not (from_title and slug == slugify(instance.title)):
        return
    wanted = ascii_slug(slug) if not slug.isascii() else from_title
    if not wanted or wanted == slug:
        return
    parent = instance.get_parent() if instance.path else None
    candidate, number = wanted, 1
    while parent is not None and not Page._slug_is_available(candidate, parent, instance):
        number += 1
        candidate = f"{wanted}-{number}"
    instance.slug = candidate
    if parent is not None:
        instance.set_url_path(parent)  # Page.save worked it out from the old slug


def register():
    from django.db import models
    from django.db.models.signals import pre_save
    from wagtail.admin.forms.models import register_form_field_override

    register_form_field_override(models.SlugField, override={"widget": TransliteratingSlugInput})
    pre_save.connect(transliterate_new_page_slug, dispatch_uid="cms.slugs.transliterate")
