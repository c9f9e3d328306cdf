"""Load the member organisations of network pages, in each page's language.

A member row points at one organisation (usually in the source language).
When that organisation has a translation in the page's locale, visitors see
the translation; otherwise the source. All of it in a fixed number of
queries, however many pages or members there are.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from cms.visibility import visible_q
from networks.models import NetworkMember, Organisation


@dataclass
class Member:
    organisation: Organisation
    role: str
    other_networks: list = field(default_factory=list)

    def as_api_dict(self):
        org = self.organisation
        return {
            "name": org.name,
            "kind": org.kind,
            "kind_label": str(org.get_kind_display()),
            "website": org.website or None,
            "description": org.description or None,
            "role": self.role or None,
        }


def _localize(rows_by_page, pages):
    """Swap each member's organisation for its translation in the page's locale."""
    locale_of = {page.pk: page.locale_id for page in pages}
    # Only organisations in another language than their page need looking up.
    wanted = [
        row.organisation
        for page_id, rows in rows_by_page.items()
        for row in rows
        if row.organisation.locale_id != locale_of.get(page_id)
    ]
    keys = {org.translation_key for org in wanted}
    locale_ids = set(locale_of.values())
    translations = {}
    if keys:
        for org in Organisation.objects.filter(translation_key__in=keys, locale_id__in=locale_ids):
            translations[(org.translation_key, org.locale_id)] = org
    result = {}
    for page in pages:
        result[page.pk] = [
            Member(
                organisation=translations.get(
                    (row.organisation.translation_key, page.locale_id), row.organisation
                ),
                role=row.role,
            )
            for row in rows_by_page.get(page.pk, [])
        ]
    return result


def members_for_pages(pages):
    """``{page id: [Member, ...]}`` for saved pages, in the editors' order (2 queries)."""
    pages = [page for page in pages if page.pk]
    rows_by_page = defaultdict(list)
    if pages:
        rows = (
            NetworkMember.objects.filter(page_id__in=[page.pk for page in pages])
            .select_related("organisation")
            .order_by("page_id", "sort_order", "pk")
        )
        for row in rows:
            rows_by_page[row.page_id].append(row)
    return _localize(rows_by_page, pages)


def members_for_page(page, request=None, with_other_networks=True):
    """The members of one page, also while previewing unsaved changes.

    With ``with_other_networks``, each member also lists the other live
    networks in the page's language it belongs to.
    """
    # In previews the rows live in memory and load their organisation lazily.
    rows = [row for row in page.members.all().select_related("organisation") if row.organisation_id]
    members = _localize({page.pk: rows}, [page])[page.pk]
    if with_other_networks and members:
        _attach_other_networks(page, members, request)
    return members


def _attach_other_networks(page, members, request):
    keys = {member.organisation.translation_key for member in members}
    memberships = (
        NetworkMember.objects.filter(
            visible_q("page__"),
            organisation__translation_key__in=keys,
            page__locale_id=page.locale_id,
        )
        .exclude(page_id=page.pk)
        .select_related("organisation", "page")
        .only("organisation__translation_key", "page__title", "page__url_path")
        .order_by("page__path", "pk")
    )
    by_key = defaultdict(list)
    for membership in memberships:
        other = membership.page
        entry = {"title": other.title, "url": other.get_url(request)}
        if entry not in by_key[membership.organisation.translation_key]:
            by_key[membership.organisation.translation_key].append(entry)
    for member in members:
        member.other_networks = by_key.get(member.organisation.translation_key, [])
