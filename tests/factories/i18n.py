"""Small German page trees with their locale copies, and one user per editing role."""

import io
from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser, Group
from wagtail.models import Locale, Page

from cms import roles
from cms.translation import translate_instance
from home.demo import synchronise_locale_trees
from tests.factories import make_page, make_user
from tests.factories.networks import make_network_index, make_network_page

#: The roles of the permission matrix, in its order.
ROLES = ("superuser", "editor", "network_editor", "translator_ar", "translator_fa", "anonymous")


def make_translated_page_tree(home):
    """German pages “Netzwerk Familie” (with a child “Elterncafé”) and “Kontakt”, aliases
    in every locale, and a real Arabic translation of “Netzwerk Familie”."""
    network = make_page(home, "Netzwerk Familie", "netzwerk-familie")
    meeting = make_page(network, "Elterncafé", "elterncafe")
    contact = make_page(home, "Kontakt", "kontakt")
    synchronise_locale_trees(io.StringIO())
    network_ar = translate_instance(network, "ar", {"Netzwerk Familie": "شبكة العائلة"})
    return SimpleNamespace(
        home=home,
        network=network,
        meeting=meeting,
        contact=contact,
        network_ar=Page.objects.get(pk=network_ar.pk),
        locale=lambda code: Locale.objects.get(language_code=code),
    )


def make_translated_network_tree(home):
    """A German network index with two network pages, aliases in every locale, and a
    real Arabic translation of “Netzwerk Familie” (“Netzwerk Nachbarschaft” stays an alias)."""
    from networks.models import NetworkPage

    index = make_network_index(home)
    other = make_network_page(index, "Netzwerk Nachbarschaft")
    network = make_network_page(index, "Netzwerk Familie")
    synchronise_locale_trees(io.StringIO())
    network_ar = translate_instance(network, "ar", {"Netzwerk Familie": "شبكة العائلة"})
    arabic = Locale.objects.get(language_code="ar")
    return SimpleNamespace(
        home=home,
        index=index,
        network=network,
        other=other,
        index_ar=index.get_translation(arabic),
        network_ar=NetworkPage.objects.get(pk=network_ar.pk),
        other_ar=other.get_translation(arabic),
    )


def make_role_users(network):
    """One user per role in ``ROLES`` (groups from ``cms.roles.setup_roles``);
    the network editor edits ``network`` and the pages below it."""
    editors = Group.objects.get(name=roles.EDITORS_GROUP)
    users = {
        "superuser": make_user("admin", superuser=True),
        "editor": make_user("redakteurin", editors),
        "network_editor": make_user("netzwerk"),
        "translator_ar": make_user("ar", Group.objects.get(name=roles.translator_group_name("ar"))),
        "translator_fa": make_user("fa", Group.objects.get(name=roles.translator_group_name("fa"))),
        "anonymous": AnonymousUser(),
    }
    roles.grant_network_editor(users["network_editor"], network)
    return users


def translation_of(page, code):
    """``page`` in the locale ``code`` (a translation or an alias)."""
    return page.get_translation(Locale.objects.get(language_code=code))
