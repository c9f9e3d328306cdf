"""Extra sections on network pages, contributed by other apps through a hook.

An app registers a function under ``NETWORKS_PAGE_SECTIONS_HOOK``; it is
called as ``fn(page, request)`` and returns ``None`` or a dict
``{"title": str, "html": safe HTML}``. The events app uses it to list a
network's upcoming events without ``networks`` knowing about events.
"""

from wagtail import hooks

NETWORKS_PAGE_SECTIONS_HOOK = "networks_page_sections"


def get_extra_sections(page, request):
    """Collect the sections the registered hooks offer for ``page``, in hook order."""
    sections = []
    for fn in hooks.get_hooks(NETWORKS_PAGE_SECTIONS_HOOK):
        section = fn(page, request)
        if section:
            sections.append({"title": section["title"], "html": section["html"]})
    return sections
