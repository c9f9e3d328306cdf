"""Fields that are not a language matter follow the source instance of a translatable model.

``SynchronizedField(name, overridable=False)`` in ``override_translatable_fields``
tells wagtail-localize's editor not to offer an override. :class:`FollowSourceMixin`
makes the model itself keep its word: a translation's save takes those values
from the instance in the default locale, and a save of that instance passes
them on to every translation, whatever path the save came from.
"""

from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField

#: A page's slug is the German page's in every locale (the locale prefix of the URL
#: tells the language), so translators are not offered it. Not for a locale's home
#: page: its siblings are the other locales' home pages, each with its own slug.
SYNCHRONIZED_SLUG = SynchronizedField("slug", overridable=False)


def fixed_fields(model):
    """The names of the fields translators may not override on ``model``."""
    return [
        field.field_name
        for field in getattr(model, "override_translatable_fields", ())
        if isinstance(field, SynchronizedField) and not field.overridable
    ]


def default_locale_instance(obj):
    """The instance with ``obj``'s translation key in the default locale, unless it is ``obj``."""
    if not obj.translation_key or not obj.locale_id:
        return None
    default = Locale.get_default()
    if obj.locale_id == default.pk:
        return None
    return (
        type(obj)
        ._default_manager.filter(translation_key=obj.translation_key, locale=default)
        .exclude(pk=obj.pk)
        .first()
    )


class FollowSourceMixin:
    """For translatable snippets: non-overridable synchronised fields follow the source."""

    def save(self, *args, **kwargs):
        names = [self._meta.get_field(name).attname for name in fixed_fields(type(self))]
        source = default_locale_instance(self) if names else None
        for name in names if source is not None else ():
            setattr(self, name, getattr(source, name))
        super().save(*args, **kwargs)
        if names and source is None and self.translation_key:
            type(self)._default_manager.filter(translation_key=self.translation_key).exclude(
                pk=self.pk
            ).update(**{name: getattr(self, name) for name in names})
