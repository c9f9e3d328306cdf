"""Demo content: the "Netzwerke" page of Prohlis as a network index with five networks.

Called by ``manage.py load_demo`` as ``load(home, stdout)``; creates only what
is missing, so running it again changes nothing.
"""

from django.db import transaction
from wagtail_localize.strings import StringValue

from cms.locales import create_missing_aliases
from cms.translation import translate_missing
from networks import demo_networks
from networks import demo_texts as texts
from networks.models import (
    NetworkIndexPage,
    NetworkMember,
    NetworkPage,
    Organisation,
    VolunteerFormField,
    VolunteerFormPage,
)
from networks.models.pages import Status
from networks.partial_dates import SEASONS

INDEX_SLUG = "netzwerke"


class Translations:
    """Collects ``(de, en, ar, uk)`` texts and hands out per-language mappings.

    ``languages`` names the versions after the German one, for texts that
    come in other languages (``(de, ar)`` for the volunteer form).
    """

    def __init__(self, languages=texts.LANGUAGES):
        self.languages = tuple(languages)
        self.tuples = []

    def __call__(self, text):
        if isinstance(text, str):
            return text
        self.tuples.append(text)
        return text[0]

    def for_language(self, code):
        position = self.languages.index(code) + 1
        return {text[0]: text[position] for text in self.tuples}

    def multiline(self, text):
        """Like calling it, for a text of several lines (wagtail-localize keeps them as HTML)."""
        if isinstance(text, str):
            return text
        self.tuples.append(tuple(StringValue.from_plaintext(version).data for version in text))
        return text[0]


def _partial_date(date):
    year, season, month = date
    return {"year": year, "season": season or "", "month": str(month) if month else ""}


def _by_language(collected):
    """The demo's translations per language, collected while the pages are built."""
    return {code: (lambda code=code: collected.for_language(code)) for code in collected.languages}


def _organisations(locale, stdout):
    organisations = {}
    changed = False
    for key, (kind, name, description) in texts.ORGANISATIONS.items():
        collected = Translations()
        organisation, created = Organisation.objects.get_or_create(
            name=collected(name),
            locale=locale,
            defaults={"kind": kind, "description": collected(description)},
        )
        collected(description)
        if created:
            stdout.write(f"Created the organisation “{organisation.name}”.")
        changed = (
            translate_missing(organisation, _by_language(collected), stdout) or created or changed
        )
        organisations[key] = organisation
    return organisations, changed


def _body(spec, collected):
    body = [("paragraph", f"<p>{collected(text)}</p>") for text in spec.get("paragraphs", [])]
    if spec.get("projects"):
        body.append(
            (
                "project_list",
                {
                    "heading": collected(texts.PROJECTS_HEADING),
                    "projects": [
                        {"title": collected(title), "description": collected(description)}
                        for title, description in spec["projects"]
                    ],
                },
            )
        )
    if spec.get("volunteers"):
        call = spec["volunteers"]
        body.append(
            (
                "volunteer_call",
                {
                    "title": collected(call["title"]),
                    "wanted": collected(call["wanted"]),
                    "tasks": collected(call["tasks"]),
                    "how_to_join": collected(call["how_to_join"]),
                    "url": call["url"],
                },
            )
        )
    if spec.get("timeline"):
        body.append(
            (
                "timeline",
                {
                    "heading": collected(texts.HISTORY_HEADING),
                    "milestones": [
                        {"date": _partial_date(date), "text": collected(text)}
                        for date, text in spec["timeline"]
                    ],
                },
            )
        )
    body.append(("members", {"heading": collected(texts.MEMBERS_HEADING)}))
    return body


def _network(index, spec, organisations, stdout):
    collected = Translations()
    network = NetworkPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    created = network is None
    if created:
        year, season, month = spec.get("founded", (None, None, None))
        assert season in (None, *SEASONS)
        network = NetworkPage(
            title=collected(spec["title"]),
            slug=spec["slug"],
            short_description=collected(spec["short_description"]),
            topic=spec["topic"],
            founded_year=year,
            founded_season=season or "",
            founded_month=month,
            status=spec.get("status", Status.ACTIVE),
            successor_name=collected(spec.get("successor_name", "")),
            successor_note=collected(spec.get("successor_note", "")),
            website=spec.get("website", ""),
            body=_body(spec, collected),
            locale=index.locale,
        )
        network.members = [
            NetworkMember(organisation=organisations[key]) for key in spec["members"]
        ]
        index.add_child(instance=network)
        network.save_revision().publish()
        stdout.write(f"Created the network “{network.title}”.")
    else:
        # Collect the texts again so that missing translations can be made.
        collected(spec["title"])
        collected(spec["short_description"])
        collected(spec.get("successor_name", ""))
        collected(spec.get("successor_note", ""))
        _body(spec, collected)
    form, form_collected, form_changed = None, None, False
    if spec.get("volunteer_form"):
        # Before the network's translations: they take the link to the form along.
        form, form_collected, form_changed = _volunteer_form(
            network, spec["volunteer_form"], stdout
        )
    translated = translate_missing(network, _by_language(collected), stdout)
    if form is not None:
        # After them: the form's translation needs its parent in the same language.
        form_changed = bool(translate_missing(form, _by_language(form_collected), stdout)) or (
            form_changed
        )
    return created or bool(translated) or form_changed


def _volunteer_form(network, spec, stdout):
    """The network's sign-up form (German), linked from its call for volunteers.

    Returns the form, its collected texts (for the translations) and whether
    anything changed.
    """
    collected = Translations(texts.VOLUNTEER_FORM_LANGUAGES)
    fields = [
        VolunteerFormField(
            field_type=field_type,
            required=required,
            autocomplete=autofill,
            label=collected(label),
            help_text=collected(help_text or ""),
            choices=collected.multiline(choices or ""),
        )
        for field_type, required, autofill, label, help_text, choices in spec["fields"]
    ]
    title = collected(spec["title"])
    intro = collected(spec["intro"])
    privacy_text = collected(spec["privacy_text"])
    thank_you = collected(spec["thank_you"])
    form = VolunteerFormPage.objects.child_of(network).filter(slug=spec["slug"]).first()
    created = form is None
    if created:
        form = VolunteerFormPage(
            title=title,
            slug=spec["slug"],
            intro=f"<p>{intro}</p>",
            privacy_text=privacy_text,
            thank_you_text=f"<p>{thank_you}</p>",
            to_address=spec["to_address"],
            locale=network.locale,
        )
        form.form_fields = fields
        network.add_child(instance=form)
        form.save_revision().publish()
        stdout.write(f"Created the sign-up form “{form.title}”.")
    linked = _link_volunteer_form(network, form)
    return form, collected, created or linked


def _link_volunteer_form(network, form):
    """Let the network's calls for volunteers (and their translations') point at ``form``.

    Only calls without a form change; the form replaces their address.
    Returns whether a page changed.
    """
    pages = [network, *network.get_translations().filter(alias_of__isnull=True).specific()]
    changed = False
    for page in pages:
        calls = [
            block.value
            for block in page.body
            if block.block_type == "volunteer_call" and block.value.get("form_page") is None
        ]
        for call in calls:
            call["form_page"] = form
            call["url"] = ""
        if calls:
            page.save_revision().publish()
            changed = True
    return changed


@transaction.atomic
def load(home, stdout):
    """Create the network index "Netzwerke" under ``home`` with the five seed networks."""
    changed = False
    locale = home.locale
    organisations, changed = _organisations(locale, stdout)

    collected = Translations()
    index = NetworkIndexPage.objects.child_of(home).filter(slug=INDEX_SLUG).first()
    if index is None:
        index = NetworkIndexPage(
            title=collected(texts.INDEX["title"]),
            slug=INDEX_SLUG,
            intro=collected(texts.INDEX["intro"]),
            show_in_menus=True,
            locale=locale,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        stdout.write(f"Created the network index “{index.title}”.")
        changed = True
    else:
        collected(texts.INDEX["title"])
        collected(texts.INDEX["intro"])

    # The index first: a network's translation needs its parent in the same language.
    changed = bool(translate_missing(index, _by_language(collected), stdout)) or changed
    for spec in demo_networks.NETWORKS:
        changed = _network(index, spec, organisations, stdout) or changed
    return bool(create_missing_aliases(stdout, "network page(s)")) or changed
