# Two commands do all the set-up on a fresh machine with Python 3.11 and make:
#   make run    install into .venv, then start the bot (or the offline console without DISCORD_TOKEN)
#   make test   install into .venv, then run the whole test suite
#   make test-fast   the quick tier while working: no e2e, fuzzing, slow tests or PostgreSQL
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Every core (pytest-xdist), then alone the tests marked shared (tests/conftest.py: end-to-end and
# PostgreSQL, which share bot processes and one database); both run, either failing fails.
PARALLEL := -n auto
SUITE = status=0; $(BIN)/pytest $(PARALLEL) -m "not shared" || status=$$?; \
	$(BIN)/pytest -m shared || status=$$?; exit $$status

.PHONY: run console test test-fast test-pg lint check bench clean locale

run: $(STAMP)
	$(BIN)/resolution-bot

console: $(STAMP)
	$(BIN)/resolution-bot console

test: $(STAMP)
	$(SUITE)

# Markers from pyproject.toml; tests/conftest.py applies e2e, fuzz and postgres by directory and backend.
test-fast: $(STAMP)
	$(BIN)/pytest $(PARALLEL) -m "not e2e and not fuzz and not slow and not postgres"

# The same tests with a throwaway PostgreSQL cluster for the study storage (as .ci/run does).
test-pg: $(STAMP)
	@pg_env=$$(bash .ci/postgres.sh start) && eval "$$pg_env" && \
		trap 'bash .ci/postgres.sh stop "$$STUDY_PG_DIR"' EXIT && $(SUITE)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/hadolint Dockerfile

check: lint test

# The bot's sentences into bot/locale: extract them (babel.cfg), merge them into the English
# catalog (a new or changed sentence comes in untranslated: tests/render/test_catalog.py fails
# until it is translated in messages.po) and compile the .mo that ships in the package.
locale: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -o bot/locale/messages.pot --add-location=file --no-wrap \
		--sort-by-file --omit-header --project=resolution-bot .
	$(BIN)/pybabel update -i bot/locale/messages.pot -d bot/locale -D messages --no-wrap \
		--ignore-obsolete --no-fuzzy-matching
	$(BIN)/pybabel compile -d bot/locale -D messages --statistics

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
