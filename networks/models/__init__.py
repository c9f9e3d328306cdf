from networks.models.index_page import NetworkIndexPage
from networks.models.pages import NetworkMember, NetworkPage, Status, Topic
from networks.models.snippets import Organisation
from networks.models.volunteer import VolunteerFormField, VolunteerFormPage, VolunteerSubmission

__all__ = [
    "NetworkIndexPage",
    "NetworkMember",
    "NetworkPage",
    "Organisation",
    "Status",
    "Topic",
    "VolunteerFormField",
    "VolunteerFormPage",
    "VolunteerSubmission",
]
