"""Comparing two revisions of a ChoiceListField: the labels, with what was added or removed.

Wagtail's ``FieldPanel`` hands every field with ``choices`` to
``ChoiceFieldComparison``, which looks one value up in the choices and fails on
a list. ``ChoiceListPanel`` asks the comparison registry first, where
``ChoiceListComparison`` is registered for ``ChoiceListField``.
"""

from django.utils.encoding import force_str
from django.utils.functional import cached_property
from wagtail.admin import compare
from wagtail.admin.panels import FieldPanel

from events.fields import ChoiceListField


class ChoiceListComparison(compare.M2MFieldComparison):
    """Shows the ticked choices by label, in the order of the choices (“Montag, Mittwoch”)."""

    @cached_property
    def labels(self):
        return {str(key): label for key, label in self.field.flatchoices}

    def _in_choice_order(self, values):
        order = {key: position for position, key in enumerate(self.labels)}
        return sorted(values or [], key=lambda value: (order.get(value, len(order)), value))

    def get_items(self):
        return self._in_choice_order(self.val_a), self._in_choice_order(self.val_b)

    def get_item_display(self, item):
        return force_str(self.labels.get(item, item))


compare.register_comparison_class(ChoiceListField, comparison_class=ChoiceListComparison)


class ChoiceListPanel(FieldPanel):
    """A ``FieldPanel`` whose revisions comparison comes from the registry before the
    generic one for fields with choices."""

    def get_comparison_class(self):
        comparison_class = compare.comparison_class_registry.get(self.db_field)
        return comparison_class or super().get_comparison_class()
