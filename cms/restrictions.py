"""Privacy is not a language matter: a page's view restriction holds in every language.

A page's *language versions* are its translations (same ``translation_key``
in other locales) and its aliases. They share one privacy setting (password,
login or groups), held by their *source*: the page in the default locale
(for an alias, the page it mirrors), as the schedule of an event is.

- A restriction set, changed or removed on the source is copied to every
  language version (:func:`restriction_changed`).
- A change made on a translation or an alias while the source is private is
  replaced by the source's restriction: nobody opens a German page by
  changing its Arabic copy. While the source is public, a translation made
  private makes every version private.
- A new translation or alias of a private page starts private
  (:func:`page_created`).

The handlers are connected in :meth:`cms.apps.CmsConfig.ready`; copies are
saved while :data:`_syncing` is set, so they do not start a round of their
own. :func:`cms.visibility.visible_q` keeps listings private independently.
"""

from __future__ import annotations

from contextvars import ContextVar

from django.db.models import Q
from wagtail.models import Locale, Page, PageViewRestriction

#: Set while this module writes restrictions itself.
_syncing = ContextVar("cms_restrictions_syncing", default=False)

#: Pages being deleted: their restrictions go with them, the other versions keep theirs.
_deleting = set()

_PAGE_FIELDS = ("id", "translation_key", "locale_id", "alias_of_id")


def _page(page_id):
    return Page.objects.only(*_PAGE_FIELDS).filter(pk=page_id).first()


def source_of(page):
    """The page whose privacy ``page`` shows (``page`` itself when it is the source)."""
    base, seen = page, {page.pk}
    while base.alias_of_id and base.alias_of_id not in seen:  # an alias of an alias, too
        seen.add(base.alias_of_id)
        base = _page(base.alias_of_id) or base
    default_locale = Locale.get_default()
    if base.locale_id == default_locale.pk:
        return base
    source = (
        Page.objects.only(*_PAGE_FIELDS)
        .filter(translation_key=base.translation_key, locale=default_locale)
        .first()
    )
    return source or base


def language_versions(source):
    """The translations and aliases of ``source`` (and their aliases), without ``source``."""
    keys = {source.translation_key}
    keys.update(
        Page.objects.filter(alias_of_id=source.pk).values_list("translation_key", flat=True)
    )
    return (
        Page.objects.only(*_PAGE_FIELDS)
        .filter(Q(translation_key__in=keys) | Q(alias_of__translation_key__in=keys))
        .exclude(pk=source.pk)
        .order_by("pk")
    )


def _restriction_of(page_id):
    return PageViewRestriction.objects.filter(page_id=page_id).order_by("pk").first()


def _mirror(model, page_id):
    """Give page ``page_id`` exactly one restriction like ``model``, or none for None."""
    existing = list(PageViewRestriction.objects.filter(page_id=page_id).order_by("pk"))
    if model is None:
        for restriction in existing:
            restriction.delete()
        return
    target = existing[0] if existing else PageViewRestriction(page_id=page_id)
    for extra in existing[1:]:
        extra.delete()
    if target.pk is None or (target.restriction_type, target.password) != (
        model.restriction_type,
        model.password,
    ):
        target.restriction_type = model.restriction_type
        target.password = model.password
        target.save()
    groups = set(model.groups.values_list("pk", flat=True))
    if set(target.groups.values_list("pk", flat=True)) != groups:
        target.groups.set(groups)


def restriction_changed(page_id, trigger=None):
    """Bring the language versions of page ``page_id`` in line after its privacy changed.

    ``trigger`` is the restriction that was saved (it is kept, and the page's
    other restrictions go: Wagtail keeps one per page); None after a deletion.
    """
    if _syncing.get() or page_id in _deleting:
        return
    page = _page(page_id)
    if page is None:
        return
    token = _syncing.set(True)
    try:
        if trigger is not None:
            PageViewRestriction.objects.filter(page_id=page_id).exclude(pk=trigger.pk).delete()
        source = source_of(page)
        current = trigger if trigger is not None else _restriction_of(page_id)
        if source.pk != page.pk:
            held = _restriction_of(source.pk)
            if held is not None:
                _mirror(held, page.pk)
                current = held
        for other in [source, *language_versions(source)]:
            if other.pk != page.pk:
                _mirror(current, other.pk)
    finally:
        _syncing.reset(token)


def page_created(page):
    """A new translation or alias of a private page starts with the same restriction."""
    if _syncing.get():
        return
    condition = Q(page__translation_key=page.translation_key)
    if page.alias_of_id:
        condition |= Q(page_id=page.alias_of_id)
    held = list(
        PageViewRestriction.objects.filter(condition).exclude(page_id=page.pk).order_by("pk")
    )
    if not held:
        return
    source = source_of(page)
    model = next((r for r in held if r.page_id == source.pk), held[0])
    token = _syncing.set(True)
    try:
        _mirror(model, page.pk)
    finally:
        _syncing.reset(token)


def sync_all():
    """Give every language version of a private page its restriction; returns how many sources.

    Only makes pages private, never public: where the source is public but a
    version is private, the version's restriction reaches them all.
    """
    done = set()
    for restriction in PageViewRestriction.objects.order_by("pk"):
        page = _page(restriction.page_id)
        source = source_of(page)
        if source.pk in done:
            continue
        done.add(source.pk)
        model = _restriction_of(source.pk) or restriction
        token = _syncing.set(True)
        try:
            for other in [source, *language_versions(source)]:
                _mirror(model, other.pk)
        finally:
            _syncing.reset(token)
    return len(done)


# -- signal receivers (connected in cms.apps) ---------------------------------


def on_restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        restriction_changed(instance.page_id, trigger=instance)


def on_restriction_deleted(sender, instance, **kwargs):
    restriction_changed(instance.page_id)


def on_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        restriction_changed(instance.page_id, trigger=instance)
        return
    # From a group's side: every restriction that gained or lost it.
    for restriction in PageViewRestriction.objects.filter(pk__in=pk_set or ()):
        restriction_changed(restriction.page_id, trigger=restriction)


def on_page_saved(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw:
        page_created(instance)


def on_page_deleting(sender, instance, **kwargs):
    _deleting.add(instance.pk)


def on_page_deleted(sender, instance, **kwargs):
    # The base table's rows go last, after the restrictions and the specific rows.
    if sender is Page:
        _deleting.discard(instance.pk)


def on_migrated(**kwargs):
    sync_all()


def connect():
    """Wire the receivers: restrictions, their groups, and every page model's creation."""
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
    from wagtail.models import get_page_models

    post_save.connect(
        on_restriction_saved, sender=PageViewRestriction, dispatch_uid="cms_restriction_saved"
    )
    post_delete.connect(
        on_restriction_deleted, sender=PageViewRestriction, dispatch_uid="cms_restriction_deleted"
    )
    m2m_changed.connect(
        on_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="cms_restriction_groups",
    )
    # Per page model, not for every model: a receiver for all senders would
    # switch off Django's fast bulk deletes everywhere.
    for model in get_page_models():
        label = model._meta.label_lower
        post_save.connect(on_page_saved, sender=model, dispatch_uid=f"cms_privacy_new_{label}")
        pre_delete.connect(on_page_deleting, sender=model, dispatch_uid=f"cms_privacy_del_{label}")
        post_delete.connect(on_page_deleted, sender=model, dispatch_uid=f"cms_privacy_gone_{label}")
