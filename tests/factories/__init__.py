"""Builders of test data, named for what they build; keyword arguments change the defaults.

* ``tests.factories`` (this module): the demo site root, plain pages, users.
* ``tests.factories.networks``: network index pages, network pages, organisations.
* ``tests.factories.events``: event index pages, event pages, the event form's POST data.
* ``tests.factories.i18n``: small German page trees with their locale copies, and one
  user per editing role.

Only ``tests.factories.events`` imports the events app, so the other modules serve
a project without it. iCalendar text and files are in ``tests.ical_files``, dates
relative to the suite's "today" in ``tests.clock``.
"""

import io

from django.contrib.auth import get_user_model
from wagtail.models import Page


def make_demo_home():
    """The demo site root: locales, the Site, the German home page with en/ar translations."""
    from home import demo

    home, _changed = demo.load(io.StringIO())
    return home


def make_page(parent, title, slug, *, show_in_menus=True, publish=True):
    """A plain Wagtail page below ``parent``, published unless told otherwise."""
    page = Page(title=title, slug=slug, show_in_menus=show_in_menus)
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def make_user(username, *groups, superuser=False, password="pw"):
    """A user in ``groups`` (or a superuser) with the password ``password``."""
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username=username, password=password)
    user = User.objects.create_user(username=username, password=password)
    user.groups.add(*groups)
    return user
