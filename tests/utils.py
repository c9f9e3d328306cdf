"""Helpers shared by the test modules."""

import io


def load_home():
    """Build the demo site root (locales, Site, home page with en/ar translations)."""
    from home import demo

    home, _changed = demo.load(io.StringIO())
    return home
