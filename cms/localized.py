"""Translatable objects (snippets) shown in a page's language, in one query for many."""


def in_locale(objects, locale):
    """``objects`` in ``locale`` where translated, the originals elsewhere, in their order.

    One query for all of them, none when they are all in ``locale`` already.
    """
    objects = list(objects)
    if locale is None:
        return objects
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale.pk}
    if not keys:
        return objects
    model = type(objects[0])
    found = {
        obj.translation_key: obj
        for obj in model._default_manager.filter(translation_key__in=keys, locale_id=locale.pk)
    }
    return [found.get(obj.translation_key, obj) for obj in objects]
