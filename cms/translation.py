"""Create wagtail-localize translations from prepared texts (demo content, imports).

The translation goes through wagtail-localize exactly as a translator's work
does: a TranslationSource, a Translation and one StringTranslation per
segment, then ``save_target``. Translators can open and change it later in
the translation editor.
"""

from django.db import transaction
from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


@transaction.atomic
def translate_instance(instance, language_code, texts, publish=True):
    """Translate ``instance`` into ``language_code`` and save (and publish) it.

    ``texts`` maps source strings (as wagtail-localize extracts them, e.g. a
    title or one paragraph of rich text) to their translation; strings not in
    it keep the source text. Returns the translated instance.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = texts.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    if isinstance(instance, DraftStateMixin):
        # wagtail-localize publishes on commit; publish right away instead so
        # that the result is the same inside a surrounding transaction.
        translation.save_target(publish=False)
        target = instance.get_translation(locale)
        if publish:
            target.get_latest_revision().publish()
            target.refresh_from_db()
        return target
    translation.save_target(publish=True)
    return instance.get_translation(locale)


def translate_missing(instance, translations, stdout=None):
    """Publish the prepared translations of ``instance`` that do not exist yet.

    ``translations`` maps language codes to the texts for ``translate_instance``
    (a dict, or a callable taking the code). Existing translations are left
    alone; aliases are turned into translations. Returns how many were made.
    """
    codes = list(translations)
    created = 0
    for code in codes:
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            continue
        existing = instance.get_translation_or_none(locale)
        if existing is not None and not getattr(existing, "alias_of_id", None):
            continue
        texts = translations[code]
        translate_instance(instance, code, texts() if callable(texts) else texts)
        created += 1
    if created and stdout is not None:
        stdout.write(f"Translated “{instance}” into {created} language(s).")
    return created
