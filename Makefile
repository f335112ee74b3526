# Two commands set everything up from a machine that has only Python 3.11:
#   make run    installs into .venv, upgrades the schema, serves the demo scenario
#   make test   installs into .venv and runs the whole test suite
#   make test-mariadb / make test-postgres   the same suite on a throw-away server
#   make run WORKERS=4   serves with four worker processes (or VICIEMU_WORKERS=4)
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

WORKERS ?=

.PHONY: run test test-mariadb test-postgres bench lint typecheck coverage-page clean

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "make: $(PYTHON) not found; install Python 3.11 or run make PYTHON=python3"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/vicidial-emu db upgrade
	$(BIN)/vicidial-emu serve $(if $(WORKERS),--workers $(WORKERS))

test: $(STAMP)
	@command -v chromium >/dev/null 2>&1 || bash scripts/install-chromium.sh
	$(BIN)/python -m pytest

test-mariadb: $(STAMP)
	@command -v chromium >/dev/null 2>&1 || bash scripts/install-chromium.sh
	PYTHON=$(BIN)/python bash scripts/test-mariadb.sh

test-postgres: $(STAMP)
	@command -v chromium >/dev/null 2>&1 || bash scripts/install-chromium.sh
	PYTHON=$(BIN)/python bash scripts/test-postgres.sh

bench: $(STAMP)
	$(BIN)/python bench/bench.py

lint: $(STAMP)
	$(BIN)/ruff check app tests migrations bench
	$(BIN)/mypy

coverage-page: $(STAMP)
	$(BIN)/vicidial-emu coverage --write docs/COVERAGE.md

clean:
	rm -rf $(VENV) vicidial-emu.sqlite3*
