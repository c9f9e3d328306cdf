"""Admin panels shared by the page types."""

from wagtail.admin.panels import ObjectList


class Tab(ObjectList):
    """A tab of the page form whose address (``#tab-<name>``) is the same in every language.

    Wagtail names a tab after its heading once per process, in the language of
    the first form it renders, so a link to ``#tab-zeitplan`` would lead nowhere
    in a process that first showed the form in Arabic.
    """

    def __init__(self, children=(), *args, name, **kwargs):
        super().__init__(children, *args, **kwargs)
        self.name = name

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "name": self.name}

    @property
    def clean_name(self):
        return self.name
