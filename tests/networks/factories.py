"""Small builders for network test data."""

from networks.models import NetworkIndexPage, NetworkMember, NetworkPage, Organisation


def make_index(home, slug="netzwerke", title="Netzwerke", **fields):
    index = NetworkIndexPage(title=title, slug=slug, **fields)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_organisation(name="Ortsamt Prohlis", kind="district_office", locale=None, **fields):
    if locale is not None:
        fields["locale"] = locale
    return Organisation.objects.create(name=name, kind=kind, **fields)


def make_network(index, title="Prohlis ist bunt", slug=None, members=(), publish=True, **fields):
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
