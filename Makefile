# Two commands do all the set-up on a fresh machine with Python 3.11 and make:
#   make run    install into .venv, then start the bot (or the offline console without DISCORD_TOKEN)
#   make test   install into .venv, then run the whole test suite
#   make test-fast   the quick tier while working: no e2e, fuzzing, slow tests or PostgreSQL (< 1 min)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run console test test-fast test-pg lint check bench clean

run: $(STAMP)
	$(BIN)/resolution-bot

console: $(STAMP)
	$(BIN)/resolution-bot console

test: $(STAMP)
	$(BIN)/pytest

# Markers from pyproject.toml; tests/conftest.py applies e2e, fuzz and postgres by directory and backend.
test-fast: $(STAMP)
	$(BIN)/pytest -m "not e2e and not fuzz and not slow and not postgres"

# The same tests with a throwaway PostgreSQL cluster for the study storage (as .ci/run does).
test-pg: $(STAMP)
	@pg_env=$$(bash .ci/postgres.sh start) && eval "$$pg_env" && \
		trap 'bash .ci/postgres.sh stop "$$STUDY_PG_DIR"' EXIT && $(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/hadolint Dockerfile

check: lint test

bench: $(STAMP)
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/questions.py
	$(BIN)/python benchmarks/country_matching.py

# Reinstall when the dependencies change; the package itself is editable.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check --quiet --editable '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache dist build
