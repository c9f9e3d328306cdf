"""A cache of whole anonymous responses, purged by what a change affects.

``middleware`` serves and stores responses, ``store`` keeps them with the
tokens of the tags they depend on, ``tags`` names the tags and keys,
``conf`` reads the settings, and ``purge`` works out which tags a published,
moved or deleted page or a changed snippet affects.
"""
