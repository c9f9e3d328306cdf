"""Builders of network pages and organisations (no import of the events app)."""

from networks.models import NetworkIndexPage, NetworkMember, NetworkPage, Organisation


def make_network_index(home, *, title="Netzwerke", slug="netzwerke", **fields):
    """A published network index page below ``home``."""
    index = NetworkIndexPage(title=title, slug=slug, **fields)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_organisation(name="Ortsamt Prohlis", kind="district_office", locale=None, **fields):
    """An organisation snippet (in the default locale unless ``locale`` is given)."""
    if locale is not None:
        fields["locale"] = locale
    return Organisation.objects.create(name=name, kind=kind, **fields)


def make_network_page(
    index, title="Prohlis ist bunt", *, slug=None, members=(), publish=True, **fields
):
    """A network page below ``index``; ``members`` are organisations or (organisation, role)."""
    fields.setdefault("short_description", f"Kurzbeschreibung von {title}.")
    network = NetworkPage(title=title, slug=slug or title.lower().replace(" ", "-"), **fields)
    network.members = [
        NetworkMember(organisation=org, role=role)
        for org, role in (m if isinstance(m, tuple) else (m, "") for m in members)
    ]
    index.add_child(instance=network)
    if publish:
        network.save_revision().publish()
    return network
