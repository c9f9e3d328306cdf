"""ASGI entry point.

A bad setting ends the process with one line on stderr (see ``cms.wsgi``).
"""

import os

from django.core.asgi import get_asgi_application

from cms.env import APP_LOAD_ERROR, exit_on_configuration_error

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

with exit_on_configuration_error(status=APP_LOAD_ERROR):
    application = get_asgi_application()
