"""What anonymous visitors may see: live pages outside every private section, in every language.

Wagtail's ``.public()`` leaves out the pages that have a view restriction or
sit below one, in their own locale tree. Privacy is not a language matter: a
restricted German page stays private in its translations and aliases, which
live in other trees. :mod:`cms.restrictions` copies each restriction to them;
the helpers here do not rely on that and leave out every page whose
``translation_key`` belongs to a private page in any locale.

Every public listing (index pages, month view, network sections, search,
sitemap, feeds, the occurrences and networks APIs, API fields that name other
pages) selects its pages through these helpers.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from cms.request_memo import remember


def restricted_paths():
    """The tree paths of the pages that carry a view restriction (read once per request)."""
    return remember(
        "restricted_paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True).distinct()),
    )


def private_translation_keys():
    """A subquery of the translation keys of every private page, or None when there is none.

    A page is private when it, or one of its ancestors, has a view restriction
    (password, login or groups), whatever the visitor.
    """
    paths = restricted_paths()
    if not paths:
        return None
    within = reduce(or_, (Q(path__startswith=path) for path in paths))
    return Page.objects.filter(within).values("translation_key")


def visible_q(prefix=""):
    """A ``Q`` for live pages no language version of which is private.

    ``prefix`` reaches the page through a relation, e.g. ``"page__"`` for
    occurrence rows or memberships.
    """
    condition = Q(**{f"{prefix}live": True})
    keys = private_translation_keys()
    if keys is not None:
        condition &= ~Q(**{f"{prefix}translation_key__in": keys})
    return condition


def visible_to_public(queryset):
    """``queryset`` (of pages) narrowed to what anonymous visitors may see.

    Wagtail's ``.live().public()`` and more: a private page's key covers the
    page itself and everything below it, so ``.public()`` is implied.
    """
    return queryset.filter(visible_q())


def visible_occurrences(rows):
    """Occurrence rows (or any rows with a ``page``) of pages visitors may see."""
    return rows.filter(visible_q("page__"))


def visible_page_ids(ids):
    """The subset of the page ids ``ids`` that visitors may see."""
    ids = list(ids)
    if not ids:
        return set()
    return set(Page.objects.filter(visible_q(), pk__in=ids).values_list("pk", flat=True))


def is_visible(page):
    """Whether visitors may see ``page`` (a saved page or None) in listings and links."""
    if page is None or not page.pk or not page.live:
        return False
    if not restricted_paths():  # nothing is private: a live page is visible
        return True
    return bool(visible_page_ids([page.pk]))


class QuickViewRestrictionsMixin:
    """Wagtail's check of a page's view restrictions without a query when nothing is private.

    Wagtail looks up the page's ancestors (for aliases) and their restrictions
    on every visit. The paths of the restricted pages are read once per request
    anyway (:func:`restricted_paths`): a page outside all of them, whose
    translation group is not private in any language (which covers aliases of
    private pages), has no restriction to check. Any other page gets Wagtail's
    own answer.
    """

    def get_view_restrictions(self):
        paths = restricted_paths()
        if not paths:
            return PageViewRestriction.objects.none()
        if not self.alias_of_id and not any(self.path.startswith(path) for path in paths):
            keys = private_translation_keys()
            if not Page.objects.filter(pk=self.pk, translation_key__in=keys).exists():
                return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
