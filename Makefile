# The two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run test lint format messages compilemessages clean system-tools browser

# Debian packages the commands need: gettext (catalogues) and, for the
# browser tests, Chromium. Installed with apt-get when missing.
APT_GET := $(shell [ "$$(id -u)" = 0 ] && echo apt-get || echo sudo apt-get)

system-tools:
	@command -v msgfmt >/dev/null || { $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq gettext >/dev/null; }

browser:
	@command -v chromium >/dev/null || { $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq chromium >/dev/null; }

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed

compilemessages: $(VENV)/.installed system-tools
	@$(MANAGE) compilemessages --ignore=.venv --verbosity 0

run: $(VENV)/.installed compilemessages
	@mkdir -p var
	@$(MANAGE) migrate --noinput --verbosity 0
	@$(MANAGE) load_demo --if-empty
	@$(MANAGE) ensure_admin
	@echo ""
	@echo "  Public site: http://127.0.0.1:$(PORT)/"
	@echo "  Admin:       http://127.0.0.1:$(PORT)/admin/"
	@echo ""
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed-dev compilemessages browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(VENV)/.installed
	$(MANAGE) makemessages --ignore=.venv --ignore=var --ignore=tests --ignore=bench --no-obsolete $(foreach l,de en ar fa uk ru tr,-l $(l))

clean:
	rm -rf $(VENV) var/static
