"""The status of one object in one locale, from facts the report collects (no ORM)."""

MISSING = "missing"
OUTDATED = "outdated"
UP_TO_DATE = "up_to_date"
STATUSES = (MISSING, OUTDATED, UP_TO_DATE)


def translation_status(*, translated, source_changed, synced_at, translated_at):
    """Classify one translation.

    ``translated``: a real translation exists (an alias is not one).
    ``source_changed``: the source was changed after its text was last taken
    over for translation (``synced_at``, wagtail-localize's
    ``TranslationSource.last_updated_at``). ``translated_at``: when the
    translation was last saved from that text (its latest ``TranslationLog``).
    """
    if not translated:
        return MISSING
    if synced_at is None:
        # Made by hand, without wagtail-localize: nothing to compare with.
        return UP_TO_DATE
    if source_changed or translated_at is None or translated_at < synced_at:
        return OUTDATED
    return UP_TO_DATE
