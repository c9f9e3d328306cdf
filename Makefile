# The two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run test test-dates plugin-site pdf-tools lint format messages compilemessages clean system-tools browser faketime redis

# Debian packages the commands need: gettext (catalogues) and, for the
# browser tests, Chromium. Installed with apt-get when missing.
APT_GET := $(shell [ "$$(id -u)" = 0 ] && echo apt-get || echo sudo apt-get)

system-tools:
	@command -v msgfmt >/dev/null || { $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq gettext >/dev/null; }

faketime:
	@command -v faketime >/dev/null || { $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq faketime >/dev/null; }

# The printable programme's PDF: Pango lays the text out (Arabic and Farsi
# shaped), Noto and DejaVu cover the seven languages; poppler's pdftotext
# reads the PDF back in the tests.
pdf-tools:
	@{ [ -e /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf ] && ldconfig -p | grep -q libpangoft2 && command -v pdftotext >/dev/null; } || { $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-core fonts-dejavu-core poppler-utils >/dev/null; }

# The shared-cache test runs two servers against one Redis (Debian's redis-server).
redis:
	@command -v redis-server >/dev/null || { $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq redis-server >/dev/null; }

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

run: $(VENV)/.installed compilemessages pdf-tools
	@mkdir -p var
	@$(MANAGE) migrate --noinput --verbosity 0
	@$(MANAGE) load_demo --if-empty
	@$(MANAGE) ensure_admin
	@echo ""
	@echo "  Public site: http://127.0.0.1:$(PORT)/"
	@echo "  Admin:       http://127.0.0.1:$(PORT)/admin/"
	@echo ""
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Test processes: each takes whole test files, so a file's module-wide data
# (the demo) is built once.
TEST_WORKERS ?= 2

test: $(VENV)/.installed-dev compilemessages browser pdf-tools redis
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile
	# networks on its own, without events (its own settings, as a host site has them)
	$(BIN)/pytest -q -p no:cacheprovider --ds tests.networks_only.settings tests/networks_only

# Instants at which CI runs the date-dependent tests once more (tests/clock.py
# freezes the clock there, faketime moves the rest of the process): 29 February,
# the spring DST night in Europe/Berlin, New Year's Eve late (a month and year
# end late in the evening) and just after local midnight (UTC still in the old
# year). More at will, e.g. the autumn DST night and a month end with five
# Mondays: make test-dates TEST_DATES="2027-10-31T02:30:00+01:00 2027-05-31T23:30:00+02:00"
TEST_DATES ?= 2028-02-29T12:00:00+01:00 2027-03-28T03:30:00+02:00 \
	2026-12-31T23:45:00+01:00 2027-01-01T00:30:00+01:00

# The test modules whose answers depend on the date: recurrence, closures and
# holidays, schedule text, the occurrence table and its window, feeds, event
# pages, admin and previews, the demo (built from today), API snapshots,
# private pages, sign-up retention, the home page's week and the weekly
# programme. The rest never reads the clock or moves it to dates of its own,
# and runs once in `make test`; tests/cms/test_fixed_date_runs.py fails when a
# module that reads the clock is missing here.
TEST_DATES_PATHS ?= tests/events/test_rules.py tests/events/test_recurrence.py \
	tests/events/test_schedule_text.py tests/events/test_public_holidays.py \
	tests/events/test_series_translations.py tests/events/test_pages.py \
	tests/events/test_admin.py tests/events/test_german_date_input.py \
	tests/events/test_revisions_compare.py tests/events/test_programme.py \
	tests/events/test_preview_matches_page.py tests/events/test_demo.py \
	tests/events/test_schedule_form.py tests/interop/test_import_preview.py \
	tests/interop/test_ical_parse.py tests/interop/test_ical_roundtrip.py \
	tests/interop/test_occurrence_window.py tests/interop/test_feeds_api.py \
	tests/api/test_snapshots.py tests/cms/test_hostile_text.py \
	tests/i18n/test_restricted_pages.py tests/networks/test_volunteer_form.py \
	tests/networks/test_partial_dates.py tests/home/test_this_week.py \
	tests/events/test_api_queries.py

test-dates: $(VENV)/.installed-dev compilemessages faketime pdf-tools
	@for now in $(TEST_DATES); do \
	  utc=$$(date -u -d "$$now" +'%Y-%m-%d %H:%M:%S') || exit 1; \
	  echo "== date-dependent tests at $$now ($$utc UTC) =="; \
	  QUARTIERSNETZ_TEST_NOW=$$now TZ=UTC faketime -f "@$$utc" \
	    $(BIN)/pytest -q -n $(TEST_WORKERS) --dist loadfile -m "not browser and not slow" -p no:cacheprovider \
	    $(TEST_DATES_PATHS) || exit 1; \
	done

# The wheel installed into a fresh `wagtail start` site, the apps added as the
# README says, the four page types rendered (.ci/plugin-site; needs PyPI access).
plugin-site: $(VENV)/.installed-dev compilemessages
	.ci/plugin-site

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(VENV)/.installed
	$(MANAGE) makemessages --ignore=.venv --ignore=var --ignore=tests --ignore=bench --no-obsolete $(foreach l,de en ar fa uk ru tr,-l $(l))

clean:
	rm -rf $(VENV) var/static
