"""A small German page tree with its locale copies, for the translation tests."""

import io
from types import SimpleNamespace

from wagtail.models import Locale, Page

from cms.translation import translate_instance
from home.demo import synchronise_locale_trees


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
