"""Small German page trees with their locale copies, and the people who edit them."""

import io
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from wagtail.models import Locale, Page

from cms import roles
from cms.translation import translate_instance
from home.demo import synchronise_locale_trees

#: The roles of the permission matrix, in its order.
ROLES = ("superuser", "editor", "network_editor", "translator_ar", "translator_fa", "anonymous")


def add_page(parent, title, slug):
    page = Page(title=title, slug=slug, show_in_menus=True)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_tree(home):
    """German pages “Netzwerk Familie” (with a child) and “Kontakt”, aliases everywhere,
    and a real Arabic translation of the network page."""
    network = add_page(home, "Netzwerk Familie", "netzwerk-familie")
    meeting = add_page(network, "Elterncafé", "elterncafe")
    contact = add_page(home, "Kontakt", "kontakt")
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


def translation_of(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def make_user(username, *groups, superuser=False):
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username=username, password="pw")
    user = User.objects.create_user(username=username, password="pw")
    user.groups.add(*groups)
    return user


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


def build_network_tree(home):
    """A German network index with two network pages, aliases in every locale, and a
    real Arabic translation of “Netzwerk Familie” (“Netzwerk Nachbarschaft” stays an alias)."""
    from networks.models import NetworkPage
    from tests.networks.factories import make_index, make_network

    index = make_index(home)
    other = make_network(index, "Netzwerk Nachbarschaft")
    network = make_network(index, "Netzwerk Familie")
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
