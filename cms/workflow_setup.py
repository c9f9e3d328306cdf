"""Wagtail's defaults made German: the "Freigabe" workflow, no unused English groups.

Wagtail's first migrations create the groups "Editors" and "Moderators" with
rights on every page in every language, and a workflow "Moderators approval"
whose task those moderators approve. Here the workflow becomes "Freigabe",
approved by the Redaktion, and the two groups go once nobody is in them.
Nothing an administrator named or filled is touched.
"""

from django.contrib.auth.models import Group
from django.utils.translation import gettext_noop
from wagtail.models import GroupApprovalTask, Workflow

#: Wagtail's names for what it creates on a new site.
WAGTAIL_WORKFLOW = "Moderators approval"
WAGTAIL_GROUPS = ("Editors", "Moderators")

#: The German names (data, shown to editors as they are).
WORKFLOW_NAME = "Freigabe"
TASK_NAME = "Freigabe durch die Redaktion"

# Wagtail's labels around these names, worded for them in this project's
# catalogues ("Zur Freigabe einreichen" rather than "In Freigabe einreichen").
UPSTREAM_LABELS = (
    gettext_noop("Submit to %(workflow_name)s"),
    gettext_noop("Resubmit to %(task_name)s"),
)


def german_workflow(editors_group):
    """Rename Wagtail's default workflow and let ``editors_group`` approve it; return changes."""
    changes = 0
    for workflow in Workflow.objects.filter(name=WAGTAIL_WORKFLOW):
        workflow.name = WORKFLOW_NAME
        workflow.save(update_fields=["name"])
        changes += 1
        for task in GroupApprovalTask.objects.filter(
            workflow_tasks__workflow=workflow, name=WAGTAIL_WORKFLOW
        ):
            task.name = TASK_NAME
            task.save(update_fields=["name"])
            task.groups.set([editors_group])
            changes += 1
    return changes


def retire_wagtail_groups():
    """Delete Wagtail's "Editors" and "Moderators" while no user belongs to them."""
    unused = Group.objects.filter(name__in=WAGTAIL_GROUPS, user__isnull=True)
    unused = unused.exclude(
        pk__in=Group.objects.filter(name__in=WAGTAIL_GROUPS, user__isnull=False)
    )
    count = unused.count()
    if count:
        for group in unused:
            group.delete()
    return count
