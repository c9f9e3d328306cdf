"""Demo content for the home page; networks and events add their own."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from cms.locales import create_content_locales, create_missing_aliases, follow_default_locale
from cms.roles import setup_roles
from cms.translation import translate_missing
from home.models import HomePage

HOME_TITLE = "Willkommen im Quartier Prohlis"
HOME_INTRO = (
    "Hier finden Sie die Netzwerke unseres Stadtteils und ihre regelmäßigen "
    "Treffen – auf Deutsch und in den Sprachen unserer neuen Nachbarinnen und Nachbarn."
)
HOME_TEXT = (
    "<p>Vereine, Schulen, Kitas, Kirchgemeinden und das Ortsamt arbeiten in "
    "Prohlis eng zusammen. Schauen Sie vorbei – alle Angebote sind offen.</p>"
)

HOME_TRANSLATIONS = {
    "en": {
        HOME_TITLE: "Welcome to the Prohlis neighbourhood",
        HOME_INTRO: (
            "Here you find the networks of our district and their regular meetings – "
            "in German and in the languages of our new neighbours."
        ),
        "Vereine, Schulen, Kitas, Kirchgemeinden und das Ortsamt arbeiten in Prohlis eng "
        "zusammen. Schauen Sie vorbei – alle Angebote sind offen.": (
            "Associations, schools, day-care centres, parishes and the district office work "
            "closely together in Prohlis. Drop in – everything is open to everyone."
        ),
    },
    "ar": {
        HOME_TITLE: "أهلاً بكم في حي بروليس",
        HOME_INTRO: (
            "تجدون هنا شبكات حيّنا ولقاءاتها المنتظمة، باللغة الألمانية وبلغات جيراننا الجدد."
        ),
        "Vereine, Schulen, Kitas, Kirchgemeinden und das Ortsamt arbeiten in Prohlis eng "
        "zusammen. Schauen Sie vorbei – alle Angebote sind offen.": (
            "تتعاون الجمعيات والمدارس ورياض الأطفال والأبرشيات ومكتب الحي في بروليس تعاوناً "
            "وثيقاً. تفضلوا بزيارتنا، فجميع العروض مفتوحة للجميع."
        ),
    },
}


def _site_root(stdout):
    """Return the German home page, creating it (and the Site) on first run."""
    default_locale = Locale.get_default()
    home = HomePage.objects.filter(locale=default_locale).first()
    if home is not None:
        return home, False
    # The placeholder page from Wagtail's first migration makes way (its Site
    # goes with it and is created anew below).
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore").delete()
    home = HomePage(
        title=HOME_TITLE,
        slug="home",
        intro=HOME_INTRO,
        body=[
            ("week_ahead", {"title": "", "days": 7, "show_subscribe": True}),
            ("paragraph", HOME_TEXT),
            ("networks_glance", {"title": ""}),
            ("languages", {"title": ""}),
        ],
        locale=default_locale,
    )
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    stdout.write(f"Created the home page “{home.title}”.")
    return home, True


def synchronise_locale_trees(stdout):
    """Let every content locale follow the German tree; return the aliases created."""
    follow_default_locale()
    return create_missing_aliases(stdout)


@transaction.atomic
def load(stdout):
    """Create the locales, the site and the home page with its translations.

    The home page exists in every locale afterwards: translated where the
    demo has texts, an alias of the German page elsewhere.
    """
    created_locales = create_content_locales()
    if created_locales:
        stdout.write(f"Created {len(created_locales)} locale(s).")
    home, created = _site_root(stdout)
    aliases = synchronise_locale_trees(stdout)
    translated = translate_missing(home, HOME_TRANSLATIONS, stdout)
    role_changes = setup_roles()
    if role_changes:
        stdout.write("Set up the editors' and translators' groups.")
    return home, any((created_locales, created, aliases, translated, role_changes))
