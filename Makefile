# Two commands set everything up from a machine that has only Python 3.11:
#   make run    installs into .venv, upgrades the schema, serves the demo scenario
#   make test   installs into .venv and runs the whole test suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint typecheck coverage-page clean

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "make: $(PYTHON) not found; install Python 3.11 or run make PYTHON=python3"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/vicidial-emu db upgrade
	$(BIN)/vicidial-emu serve

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/bench.py

lint: $(STAMP)
	$(BIN)/ruff check app tests migrations bench
	$(BIN)/mypy

coverage-page: $(STAMP)
	$(BIN)/vicidial-emu coverage --write docs/COVERAGE.md

clean:
	rm -rf $(VENV) vicidial-emu.sqlite3*
