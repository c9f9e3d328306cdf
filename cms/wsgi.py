"""WSGI entry point (gunicorn cms.wsgi).

A bad setting ends the process with one line on stderr and gunicorn's "App
failed to load" status, so that gunicorn stops instead of restarting workers.
"""

import os

from django.core.wsgi import get_wsgi_application

from cms.env import APP_LOAD_ERROR, exit_on_configuration_error

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

with exit_on_configuration_error(status=APP_LOAD_ERROR):
    application = get_wsgi_application()
