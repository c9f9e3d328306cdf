#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    from django.core.management import execute_from_command_line

    from cms.env import exit_on_configuration_error

    with exit_on_configuration_error(status=2):
        execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
