# Two commands for a newcomer: `make serve` and `make test`. Both create .venv and
# install the pinned dependencies first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1
# Reproducible builds: exports and PDFs are dated by the corpus's last commit, not by the clock.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct -- corpus 2>/dev/null)

.PHONY: serve site pdf test check lint format bench lock clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --editable .
	@rm -f $(VENV)/.installed-*
	@touch $@

serve: $(STAMP) ## build the site and serve it on http://127.0.0.1:8000, rebuilding on changes
	SITE_URL=http://127.0.0.1:8000/ $(PY) -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

site: $(STAMP) ## static build into site/
	$(PY) -m mkdocs build --strict --site-dir site

pdf: $(STAMP) ## build and print the cheat sheets and rounds to PDF with Chromium, then build site/ with them
	$(PY) -m generator pdf
	$(PY) -m mkdocs build --strict --site-dir site

test: $(STAMP) ## every test: loader, rules, snippets, build, browser
	$(PY) -m pytest

check: $(STAMP) ## validate the corpus; every problem as path:line:column: CODE message
	$(PY) -m generator check corpus

lint: $(STAMP) ## ruff: lint the generator, tests and snippets; check the formatting of the generator and tests
	$(VENV)/bin/ruff check generator tests corpus
	$(VENV)/bin/ruff format --check generator tests

format: $(STAMP) ## ruff: fix what can be fixed, and format the generator and tests
	$(VENV)/bin/ruff check --fix generator tests corpus
	$(VENV)/bin/ruff format generator tests

bench: $(STAMP) ## time load, render and a full build on the corpus and on larger synthetic ones
	$(PY) -m generator.bench

lock: $(STAMP) ## re-pin requirements.lock from the installed environment
	$(PY) -m pip freeze --exclude pip --exclude ai-engineer-interview-guide > requirements.lock.new
	@{ echo "# Exact pins for every package, direct and transitive. Regenerate with: make lock"; cat requirements.lock.new; } > requirements.lock
	@rm requirements.lock.new

clean:
	rm -rf site .pytest_cache .cache
