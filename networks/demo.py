"""Demo content: the "Netzwerke" page of Prohlis as a network index with five networks.

Called by ``manage.py load_demo`` as ``load(home, stdout)``; creates only what
is missing, so running it again changes nothing.
"""

from django.db import transaction

from cms.locales import create_missing_aliases
from cms.translation import translate_missing
from networks import demo_texts as texts
from networks.models import NetworkIndexPage, NetworkMember, NetworkPage, Organisation
from networks.models.pages import Status
from networks.partial_dates import SEASONS

INDEX_SLUG = "netzwerke"


class Translations:
    """Collects ``(de, en, ar, uk)`` texts and hands out per-language mappings."""

    def __init__(self):
        self.tuples = []

    def __call__(self, text):
        if isinstance(text, str):
            return text
        self.tuples.append(text)
        return text[0]

    def for_language(self, code):
        position = texts.LANGUAGES.index(code) + 1
        return {text[0]: text[position] for text in self.tuples}


def _partial_date(date):
    year, season, month = date
    return {"year": year, "season": season or "", "month": str(month) if month else ""}


def _by_language(collected):
    """The demo's translations per language, collected while the pages are built."""
    return {code: (lambda code=code: collected.for_language(code)) for code in texts.LANGUAGES}


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
    translated = translate_missing(network, _by_language(collected), stdout)
    return created or bool(translated)


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
    for spec in texts.NETWORKS:
        changed = _network(index, spec, organisations, stdout) or changed
    return bool(create_missing_aliases(stdout, "network page(s)")) or changed
