from networks.models.pages import NetworkIndexPage, NetworkMember, NetworkPage
from networks.models.snippets import Organisation

__all__ = ["NetworkIndexPage", "NetworkMember", "NetworkPage", "Organisation"]
